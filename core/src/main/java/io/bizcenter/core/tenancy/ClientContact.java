package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;

/** MI-6.3 (d): one of the client's contacts. Name and phone are personal data, masked in {@code toString}. */
public record ClientContact(PersonName name, PhoneNumber phone, String role) {
  public static ClientContact of(String name, String phone, String role) {
    return new ClientContact(PersonName.of(name), PhoneNumber.of(phone), role);
  }
}
