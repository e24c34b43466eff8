package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Money;
import java.time.Instant;
import java.util.List;

/**
 * The written fee notice to Administration (MI-2.2): each item at the charging standard of the policy in force, the
 * total in exact CNY, and the Management Agreement template whose management-fee standard applies.
 */
public record FeeNotice(List<ChargedLine> lines, Money total, String agreementTemplate, Instant sentAt) {
  public FeeNotice {
    lines = List.copyOf(lines);
  }
}
