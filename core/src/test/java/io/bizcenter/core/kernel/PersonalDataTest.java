package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Names, phone numbers and identity numbers never show in full in {@code toString} (and so never in logs). */
class PersonalDataTest {
  @Test
  @DisplayName("a name shows only its first character")
  void names_are_masked() {
    assertEquals("欧**", PersonName.of("欧阳娜娜").toString());
    assertEquals("M**", PersonName.of("María O'Neil").toString());
    assertEquals("😀**", PersonName.of("😀x").toString(), "a character outside the BMP is kept whole");
    assertEquals("", PersonName.of("").toString());
    assertEquals("", new PersonName(null).toString());
  }

  @Test
  @DisplayName("a phone number keeps its first three and last two digits")
  void phones_are_masked() {
    assertEquals("139****78", PhoneNumber.of("13912345678").toString());
    assertEquals("021****23", PhoneNumber.of("021-5555 0123").toString());
    assertEquals("****", PhoneNumber.of("110").toString(), "too short to show anything");
    assertEquals("", new PhoneNumber(null).toString());
  }

  @Test
  @DisplayName("an identity number keeps only its first and last two characters")
  void identity_numbers_are_masked() {
    String id = "110101199003071234";
    assertEquals("11****34", IdentityNumber.of(id).toString());
    assertEquals("****", IdentityNumber.of("E123").toString());
  }

  @Test
  @DisplayName("a record holding personal data masks it through its parts")
  void records_mask_through_their_parts() {
    Actor actor = Actor.of("op-1", Role.STAFF, Department.OPERATIONS, CenterId.of("tower"));
    record Caller(PersonName name, PhoneNumber phone, Actor taker) {}
    String shown = new Caller(PersonName.of("欧阳娜娜"), PhoneNumber.of("13912345678"), actor).toString();
    assertFalse(shown.contains("欧阳娜娜") || shown.contains("13912345678"), shown);
  }
}
