package io.bizcenter.core.tenancy;

import java.math.BigDecimal;

/** One line the clerk puts on the fee notice (MI-2.2): a charge item and how many of the standard's units. */
public record FeeLine(ChargeItem item, BigDecimal quantity) {
  public static FeeLine of(ChargeItem item, String quantity) {
    return new FeeLine(item, new BigDecimal(quantity));
  }
}
