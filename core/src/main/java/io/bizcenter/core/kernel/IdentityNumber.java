package io.bizcenter.core.kernel;

/** An identity document number (身份证, passport): personal data, so {@code toString} shows its ends only. */
public record IdentityNumber(String value) {
  public static IdentityNumber of(String value) {
    return new IdentityNumber(value);
  }

  public String masked() {
    if (value == null || value.length() < 6) {
      return "****";
    }
    return value.substring(0, 2) + "****" + value.substring(value.length() - 2);
  }

  @Override
  public String toString() {
    return masked();
  }
}
