package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
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
}
