package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CaseId;

/** The watch over one lease: its renewal visit two months before expiry (MO-1.1), term after term. */
public record RenewalVisitId(String value) implements CaseId {
  public static RenewalVisitId of(String value) {
    return new RenewalVisitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
