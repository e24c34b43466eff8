package io.bizcenter.core.services;

import io.bizcenter.core.kernel.CaseId;

/** An internal use of equipment, opened by its Equipment Use Application (SV-2.5); unique within its center. */
public record InternalUseId(String value) implements CaseId {
  public static InternalUseId of(String value) {
    return new InternalUseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
