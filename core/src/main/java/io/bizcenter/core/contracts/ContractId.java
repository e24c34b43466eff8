package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.CaseId;

/** One contract of a center: a lease, a phone-line transfer agreement or a parking agreement. */
public record ContractId(String value) implements CaseId {
  public static ContractId of(String value) {
    return new ContractId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
