package io.bizcenter.core.services;

import io.bizcenter.core.kernel.CaseId;

/** A client's service order (SV-2.2 to SV-2.4); unique within its center. */
public record ServiceOrderId(String value) implements CaseId {
  public static ServiceOrderId of(String value) {
    return new ServiceOrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
