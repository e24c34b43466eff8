package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.CaseId;

/** One key of the register (each key is a case of its own). */
public record KeyId(String value) implements CaseId {
  public static KeyId of(String value) {
    return new KeyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
