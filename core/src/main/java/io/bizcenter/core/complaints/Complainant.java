package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;

/** Who complained (CP-1.1, CP-2.1): name, company and phone. Name and phone are masked in {@code toString}. */
public record Complainant(PersonName name, String company, PhoneNumber phone) {
  public static Complainant of(String name, String company, String phone) {
    return new Complainant(PersonName.of(name), company, PhoneNumber.of(phone));
  }
}
