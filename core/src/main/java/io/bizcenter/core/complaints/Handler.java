package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;

/** The person in the department concerned who handles the complaint (CP-1.3); masked in {@code toString}. */
public record Handler(PersonName name, PhoneNumber phone) {
  public static Handler of(String name, String phone) {
    return new Handler(PersonName.of(name), PhoneNumber.of(phone));
  }
}
