package io.bizcenter.core.kernel;

/** A tenant (租户, client company or person) of a center; procedures refer to one another's tenants by this id. */
public record TenantId(String value) {
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
