package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;

/**
 * The client who asked for the room, and the person Service keeps in contact with until the meeting ends (MR-0.1).
 * Name and phone are personal data: masked in {@code toString}.
 */
public record Client(String company, PersonName contact, PhoneNumber phone) {
  public static Client of(String company, String contact, String phone) {
    return new Client(company, PersonName.of(contact), PhoneNumber.of(phone));
  }
}
