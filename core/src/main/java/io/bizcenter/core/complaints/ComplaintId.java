package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.CaseId;

public record ComplaintId(String value) implements CaseId {
  public static ComplaintId of(String value) {
    return new ComplaintId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
