package io.bizcenter.core.kernel;

/** A phone number: personal data, so {@code toString} keeps only the first three and last two digits. */
public record PhoneNumber(String value) {
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  public String masked() {
    if (value == null) {
      return "";
    }
    String digits = value.replaceAll("\\D", "");
    if (digits.length() < 7) {
      return "****";
    }
    return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 2);
  }

  @Override
  public String toString() {
    return masked();
  }
}
