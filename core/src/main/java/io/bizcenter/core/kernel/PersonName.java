package io.bizcenter.core.kernel;

/** A person's name: personal data, so {@code toString} shows only its first character (张**). */
public record PersonName(String value) {
  public static PersonName of(String value) {
    return new PersonName(value);
  }

  public String masked() {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return new String(Character.toChars(value.codePointAt(0))) + "**";
  }

  @Override
  public String toString() {
    return masked();
  }
}
