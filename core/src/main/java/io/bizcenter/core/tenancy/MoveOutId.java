package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CaseId;

/** One tenant's move-out of the units of one move-in (租户退租), from the notice of leaving to the updated directory. */
public record MoveOutId(String value) implements CaseId {
  public static MoveOutId of(String value) {
    return new MoveOutId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
