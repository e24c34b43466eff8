package io.bizcenter.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What every procedure's tests check of a refusal: its type, code, clause and arguments, its field errors when the
 * input was bad, and that it reads properly in zh-CN and in en. One place, so that no procedure checks less.
 */
public final class Rejections {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private Rejections() {}

  /** The rejection is of {@code type}, with {@code code}, under {@code clause}, with exactly {@code arguments}, in both languages. */
  public static void assertRejection(Rejection rejection, Class<? extends Rejection> type, String code, String clause, Object... arguments) {
    assertRejectionKind(rejection, type, code, clause);
    assertEquals(List.of(arguments), rejection.arguments());
  }

  /** The rejection's kind: its type, code and clause, in both languages; its arguments are left to other checks. */
  public static void assertRejectionKind(Rejection rejection, Class<? extends Rejection> type, String code, String clause) {
    assertInstanceOf(type, rejection);
    assertEquals(code, rejection.code());
    assertEquals(Clause.of(clause), rejection.clause());
    assertSpeaksBothLanguages(rejection.message(Messages.ZH_CN), rejection.message(Messages.EN));
  }

  /**
   * The field errors of a refusal for bad input (GS-1), each field with its problem, having checked the code, the
   * clause, the count and both languages, and that no field is named twice.
   */
  public static Map<String, FieldError.Problem> fieldErrorsOf(Rejection rejection) {
    Rejection.InvalidInput invalid = assertInstanceOf(Rejection.InvalidInput.class, rejection);
    assertEquals("INVALID_INPUT", invalid.code());
    assertEquals(Clause.of("GS-1"), invalid.clause());
    assertEquals(List.of(invalid.errors().size()), invalid.arguments());
    assertSpeaksBothLanguages(invalid.message(Messages.ZH_CN), invalid.message(Messages.EN));
    Map<String, FieldError.Problem> errors = new LinkedHashMap<>();
    invalid.errors().forEach(e -> assertNull(errors.put(e.field(), e.problem()), () -> "one error per field: " + e.field()));
    return errors;
  }

  /** A text for people in both languages: the Chinese one in Chinese, the English one without, every argument filled. */
  public static void assertSpeaksBothLanguages(String chinese, String english) {
    assertFalse(chinese.isBlank(), "a zh-CN text");
    assertFalse(english.isBlank(), "an en text");
    assertTrue(HAN.matcher(chinese).find(), () -> "zh-CN text has Chinese characters: " + chinese);
    assertFalse(HAN.matcher(english).find(), () -> "en text has no Chinese characters: " + english);
    assertFalse(chinese.contains("{") || english.contains("{"), () -> "every argument is filled: " + english);
  }
}
