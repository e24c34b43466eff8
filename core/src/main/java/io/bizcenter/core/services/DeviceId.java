package io.bizcenter.core.services;

import io.bizcenter.core.kernel.CaseId;

/** A device of the equipment register (SV-1.1); unique within its center. */
public record DeviceId(String value) implements CaseId {
  public static DeviceId of(String value) {
    return new DeviceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
