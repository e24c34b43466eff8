package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import java.math.BigDecimal;

/**
 * The charges explained to the client before the service (SV-2.2): the service's fee schedule as it stood under
 * {@code policy}, the quantity asked for, the total, and the deposit (the total times the ratio, half-up to the fen).
 * Kept on the order, so a later price change does not change what the client was told.
 */
public record Charges(ServiceCode service, FeeUnit unit, Money unitPrice, int quantity, Money total, BigDecimal depositRatio, Money deposit,
    PolicyVersion policy) {
  static Charges of(ServiceItem item, int quantity, PolicyVersion policy) {
    Money total = item.fee().total(quantity);
    return new Charges(item.code(), item.fee().unit(), item.fee().price(), quantity, total, item.fee().depositRatio(),
        item.fee().deposit(total), policy);
  }

  /** The total for the quantity actually served, at the explained unit price. */
  Money totalFor(int quantityServed) {
    return unitPrice.times(quantityServed);
  }
}
