package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.CaseId;

/** One complaint, by phone or letter (CP-1.1, CP-2.1); unique within its center. */
public record ComplaintId(String value) implements CaseId {
  public static ComplaintId of(String value) {
    return new ComplaintId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
