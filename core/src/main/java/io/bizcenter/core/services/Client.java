package io.bizcenter.core.services;

import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import java.util.Optional;

/**
 * The client a service is for (SV-2.2): a tenant's staff or a visitor, with a phone to reach them and their company
 * when they have one. Name and phone are personal data, masked in {@code toString}.
 */
public record Client(PersonName name, PhoneNumber phone, Optional<String> company) {
  public static Client of(String name, String phone, String company) {
    return new Client(PersonName.of(name), PhoneNumber.of(phone), Optional.ofNullable(company));
  }
}
