package io.bizcenter.core.kernel;

/** A member of staff, as the vendor's own user directory names them. Not personal data: an employee key. */
public record StaffId(String value) {
  public static StaffId of(String value) {
    return new StaffId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
