package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CaseId;

/** One tenant's move-in into its units (客户入驻), from Administration's notice to the complete client file. */
public record MoveInId(String value) implements CaseId {
  public static MoveInId of(String value) {
    return new MoveInId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
