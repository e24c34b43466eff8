package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GS-1: field checks name the field and the problem, and a command's errors are gathered, not cut short. */
class FieldTest {
  private static FieldError.Problem problem(Validation<FieldError, ?> v) {
    return v.getError().problem();
  }

  @Test
  @DisplayName("GS-1 a single line refuses null, blank, too long, control characters and lone surrogates")
  void single_line() {
    assertEquals(FieldError.Problem.MISSING, problem(Field.line("f", null, 5)));
    assertEquals(FieldError.Problem.BLANK, problem(Field.line("f", " \u3000", 5)));
    assertEquals(FieldError.Problem.TOO_LONG, problem(Field.line("f", "商务中心服务", 5)));
    assertEquals(FieldError.Problem.CONTROL_CHARACTER, problem(Field.line("f", "a\nb", 5)));
    assertEquals(FieldError.Problem.CONTROL_CHARACTER, problem(Field.line("f", "a\u0000", 5)));
    assertEquals(FieldError.Problem.MALFORMED, problem(Field.line("f", "a\uD800", 5)));
    assertEquals(FieldError.Problem.MALFORMED, problem(Field.line("f", "\uDC00a", 5)));
    assertEquals(List.of(5), Field.line("f", "商务中心服务", 5).getError().arguments());
  }

  @Test
  @DisplayName("GS-1 limits count characters, so an emoji is one and a string of exactly the limit passes")
  void limits_count_code_points() {
    assertTrue(Field.line("f", "😀😀😀😀😀", 5).isValid());
    assertTrue(Field.line("f", "商务中心服", 5).isValid());
    assertEquals(FieldError.Problem.TOO_LONG, problem(Field.line("f", "😀😀😀😀😀😀", 5)));
    assertEquals(FieldError.Problem.TOO_LONG, problem(Field.text("f", "x".repeat(1_000_000), 2000)));
  }

  @Test
  @DisplayName("GS-1 multi-line text allows new lines and tabs, right-to-left marks and SQL quotes, but no other control character")
  void multi_line_text() {
    assertTrue(Field.text("f", "第一行\n第二行\r\n\tend", 50).isValid());
    assertTrue(Field.text("f", "\u200Fשלום '; DROP TABLE x; --", 50).isValid());
    assertEquals(FieldError.Problem.CONTROL_CHARACTER, problem(Field.text("f", "bell\u0007", 50)));
    assertEquals(FieldError.Problem.CONTROL_CHARACTER, problem(Field.text("f", "\u001B[31mred", 50)));
  }

  @Test
  @DisplayName("GS-1 a phone number has digits and phone punctuation only, five digits at least")
  void phone_numbers() {
    assertTrue(Field.phone("p", PhoneNumber.of("+86 (21) 5555-0123")).isValid());
    assertEquals(FieldError.Problem.MALFORMED, problem(Field.phone("p", PhoneNumber.of("1234"))));
    assertEquals(FieldError.Problem.MALFORMED, problem(Field.phone("p", PhoneNumber.of("call me"))));
    assertEquals(FieldError.Problem.MISSING, problem(Field.phone("p", null)));
    assertEquals(FieldError.Problem.MISSING, problem(Field.phone("p", new PhoneNumber(null))));
  }

  @Test
  @DisplayName("GS-1 a list is missing when null or holding a null, blank when empty")
  void lists() {
    assertEquals(FieldError.Problem.MISSING, problem(Field.nonEmpty("d", null)));
    assertEquals(FieldError.Problem.MISSING, problem(Field.nonEmpty("d", Arrays.asList(Department.AUDIT, null))));
    assertEquals(FieldError.Problem.MISSING, problem(Field.nonEmpty("d", Arrays.asList((Object) null))));
    assertEquals(FieldError.Problem.BLANK, problem(Field.nonEmpty("d", List.of())));
    assertTrue(Field.nonEmpty("d", List.of(Department.AUDIT)).isValid());
  }

  @Test
  @DisplayName("GS-1 all() gathers every field's error in order, and passes the value through when there are none")
  void all_gathers_every_error() {
    Validation<Seq<FieldError>, String> bad = Field.all("cmd", Field.line("a", null, 5), Field.line("b", "ok", 5), Field.line("c", "", 5));
    assertEquals(List.of("a", "c"), bad.getError().map(FieldError::field).toJavaList());
    assertEquals("cmd", Field.all("cmd", Field.line("b", "ok", 5)).get());
  }

  @Test
  @DisplayName("GS-1 text that shows nothing is blank: zero-width spaces, joiners, byte-order marks, fillers, however many")
  void invisible_text_is_blank() {
    for (String nothing : List.of("\u200B", "\u200D\u200D", "\uFEFF", "\u2060", "\u3164", "\u115F\u1160", "\uFFA0",
        " \u200B\u3000\uFEFF ", "\uFE0F", "\u034F", "\u180E")) {
      assertEquals(FieldError.Problem.BLANK, problem(Field.line("name", nothing, 50)), () -> escapedForMessage(nothing));
      assertEquals(FieldError.Problem.BLANK, problem(Field.text("content", nothing, 50)), () -> escapedForMessage(nothing));
    }
    assertTrue(Field.line("name", "王\u200B小明", 50).isValid(), "an invisible character beside visible ones is still text");
    assertTrue(Field.line("emoji", "👨\u200D👩\u200D👧", 50).isValid(), "a joined emoji shows");
    assertEquals(FieldError.Problem.BLANK, problem(Field.line("name", "\u200B".repeat(200), 50)), "blank before too long");
  }

  @Test
  @DisplayName("GS-1 a single line refuses line and paragraph separators; multi-line text keeps them")
  void line_separators() {
    assertEquals(FieldError.Problem.CONTROL_CHARACTER, problem(Field.line("name", "王小明\u2028ERROR forged", 50)));
    assertEquals(FieldError.Problem.CONTROL_CHARACTER, problem(Field.line("name", "王小明\u2029", 50)));
    assertTrue(Field.text("content", "第一段\u2029第二段", 50).isValid());
  }

  @Test
  @DisplayName("GS-1 bidirectional embeddings, overrides and isolates are refused everywhere; the plain direction marks stay")
  void direction_controls() {
    for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
      assertEquals(FieldError.Problem.DIRECTION_CONTROL, problem(Field.line("name", "abc" + c + "fdp.exe", 50)), () -> Integer.toHexString(c));
      assertEquals(FieldError.Problem.DIRECTION_CONTROL, problem(Field.text("content", "line\n" + c + "evil", 50)), () -> Integer.toHexString(c));
    }
    assertTrue(Field.line("name", "\u200Fשלום\u200E ACME", 50).isValid(), "RLM and LRM reorder nothing and right-to-left names need them");
    assertTrue(Field.line("name", "\u061Cمرحبا", 50).isValid());
  }

  @Test
  @DisplayName("GS-1 an id is 1 to its limit of letters, digits, marks and -_.:/@#+ of any script; nothing invisible, no space, no quote")
  void ids() {
    for (String good : List.of("ui-4711", "zz-tower", "C-1", "0190a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "浦东大厦", "op_07.a:b/c@d#e+f",
        "e\u0301", "𠀀𪚥")) {
      assertTrue(Field.id("commandId", good, 100).isValid(), good);
    }
    for (String bad : List.of("a\u200B", "a b", "a\nERROR forged", "a\u2028b", "\u202Eevil", "a'b", "a\"b", "<id>", "a\\b", "a%b",
        "a;b", "\uD800", "😀", "a\u3000b")) {
      assertEquals(FieldError.Problem.MALFORMED, problem(Field.id("commandId", bad, 100)), () -> escapedForMessage(bad));
    }
    assertEquals(FieldError.Problem.BLANK, problem(Field.id("commandId", "", 100)));
    assertEquals(FieldError.Problem.BLANK, problem(Field.id("commandId", " \u200B", 100)));
    assertEquals(FieldError.Problem.BLANK, problem(Field.id("commandId", "\u3000", 100)));
    assertEquals(FieldError.Problem.MISSING, problem(Field.id("commandId", null, 100)));
    assertEquals(FieldError.Problem.TOO_LONG, problem(Field.id("commandId", "a".repeat(101), 100)));
    assertEquals(FieldError.Problem.TOO_LONG, problem(Field.id("commandId", "a".repeat(1 << 20), 100)));
    assertTrue(Field.id("commandId", "a".repeat(100), 100).isValid());
  }

  @Test
  @DisplayName("GS-1 an amount is exact or refused, never rounded nor scaled: more than two decimals is MALFORMED, beyond the bound NOT_ALLOWED")
  void amounts() {
    assertTrue(Field.amount("amount", Money.yuan("0.01")).isValid());
    assertTrue(Field.amount("amount", Money.yuan("150.500")).isValid(), "trailing zeros are no decimals");
    assertTrue(Field.amount("amount", new Money(Money.LARGEST)).isValid());
    assertTrue(Field.amount("amount", new Money(Money.LARGEST.negate())).isValid(), "the sign is the procedure's business");
    for (String bad : List.of("0.005", "-1E-20", "1E-1000000000", "0.001", "1000000000000.00", "-1000000000000", "1E+10000000",
        "1E+1000000000")) {
      BigDecimal given = new BigDecimal(bad);
      Money money = new Money(given);
      // kept as given: no setScale ran, which is what cost 13 s (1E+10000000) or threw (1E+1000000000) before
      assertSame(given, money.amount(), bad);
      FieldError.Problem expected = given.abs().compareTo(Money.LARGEST) > 0 ? FieldError.Problem.NOT_ALLOWED : FieldError.Problem.MALFORMED;
      assertEquals(expected, problem(Field.amount("amount", money)), bad);
    }
    assertEquals(FieldError.Problem.MISSING, problem(Field.amount("amount", null)));
  }

  private static String escapedForMessage(String text) {
    return LogText.escaped(text);
  }
}
