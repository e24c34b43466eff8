package io.bizcenter.testkit;

import io.bizcenter.core.kernel.Field;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Text of every awkward kind a front end may send: mixed Chinese and Latin, SQL and HTML metacharacters, emoji,
 * right-to-left marks, control characters, lone surrogates, blanks, nulls and very long strings.
 */
public final class Texts {
  private static final List<String> PIECES = List.of(
      "王小明", "上海某某贸易有限公司", "空调不制冷", "ACME Ltd.", "O'Brien", "\"quoted\"", "'; DROP TABLE bc_event; --",
      "<script>alert(1)</script>", "50% off_", "\\", "😀", "👍🏽", "\u200F\u05E9\u05DC\u05D5\u05DD", "\u202Eevil", "مرحبا",
      "Ünïcödé", "  ", "\t", "\n", "\u0000", "\u0007", "\u001B[31m", "\uD800", "\uDC00x", "\u3000", "a", "1");

  private static final List<String> AWKWARD_LINE = List.of(
      "'; DROP TABLE bc_event; --", "\"双引号\"", "O'Brien", "\\", "\\n", "\\u0000", "%_", "?", "$1", "$$", "{fn now()}", ":name", "/*",
      "*/", "😀", "👍🏽", "👨\u200D👩\u200D👧\u200D👦", "🏳️\u200D🌈", "𠀀𪚥", "\u200F", "\u200E", "שלום", "مرحبا",
      "王小明", "空调不制冷", "ACME Ltd.", "e\u0301", "Ünïcödé", "\uFEFF", "\u3000", "\uFFFF", "\uFFFE",
      "</document>", "{\"a\":[1]}", "<script>alert(1)</script>", "&amp;", "ＡＢＣ", "한국어", "Ελληνικά", "кириллица", " ", "ﷺ");
  private static final List<String> AWKWARD_TEXT = List.of("\r\n", "\n", "\t", "'; DROP TABLE bc_notice; --", "😀", "\u200F", "مرحبا",
      "王小明", "O'Brien", "\\", "e\u0301", "\u2028");
  /** One million characters: shared, so that generating it often costs nothing. */
  private static final String MEGABYTE = "商".repeat(1 << 20);

  private Texts() {}

  /** Any text, often harmless, sometimes hostile, rarely null; at most about {@code max} characters. */
  public static String any(RandomGenerator random, int max) {
    int roll = random.nextInt(100);
    if (roll < 3) {
      return null;
    }
    if (roll < 5) {
      return "";
    }
    if (roll < 7) {
      return "字".repeat(max + 1 + random.nextInt(3));
    }
    return mixed(random, max);
  }

  /** Text made of the awkward pieces above, never longer than {@code max} characters. */
  public static String mixed(RandomGenerator random, int max) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      String piece = PIECES.get(random.nextInt(PIECES.size()));
      if (text.length() + piece.length() > max) {
        break;
      }
      text.append(piece);
    }
    return text.toString();
  }

  /** Text a clerk would type: printable, mixed Chinese and Latin, never blank, within {@code max} characters. */
  public static String plain(RandomGenerator random, int max) {
    List<String> words = List.of("空调", "漏水", "噪音", "电梯", "停车", "fix", "door", "light", "明天", "处理", "ACME", "3楼");
    StringBuilder text = new StringBuilder(words.get(random.nextInt(words.size())));
    int more = random.nextInt(5);
    for (int i = 0; i < more && text.length() + 6 <= max; i++) {
      text.append(' ').append(words.get(random.nextInt(words.size())));
    }
    return text.toString();
  }

  /**
   * Awkward text that a field's checks accept ({@code Field}'s text policy: no control character but tab and line breaks
   * where {@code multiline}, no line separator in a line, no bidirectional override, no lone surrogate, never blank), at most {@code max} code points: SQL and JSON metacharacters, emoji with modifiers
   * and joiners, right-to-left marks and scripts, combining marks, astral Han, non-characters, mixed scripts.
   */
  public static String awkward(RandomGenerator random, int max, boolean multiline) {
    List<String> pieces = multiline ? AWKWARD_TEXT : AWKWARD_LINE;
    StringBuilder text = new StringBuilder(pieces.get(random.nextInt(pieces.size())).strip());
    if (text.isEmpty() || text.toString().isBlank()) {
      text = new StringBuilder("字");
    }
    int wanted = 1 + random.nextInt(Math.max(1, max));
    for (int tries = 0; tries < 40 && text.codePointCount(0, text.length()) < wanted; tries++) {
      String piece = pieces.get(random.nextInt(pieces.size()));
      if (text.codePointCount(0, text.length()) + piece.codePointCount(0, piece.length()) <= max) {
        text.append(piece);
      }
    }
    String result = text.toString();
    result = result.codePointCount(0, result.length()) <= max ? result : result.substring(0, result.offsetByCodePoints(0, max));
    // joiners and zero-width pieces alone show nothing, which the checks call blank (Field's text policy)
    return Field.showsNothing(result) ? "字" : result;
  }

  /**
   * Anything a hostile or broken front end may send: {@link #any}'s text, {@link #awkward} text, control characters,
   * lone surrogates, and now and then a string of a million characters.
   */
  public static String hostile(RandomGenerator random, int max) {
    int roll = random.nextInt(100);
    if (roll < 5) {
      return MEGABYTE;
    }
    if (roll < 40) {
      return awkward(random, max, random.nextBoolean());
    }
    return any(random, max);
  }

  /** A string of exactly {@code length} characters, for the longest allowed input and beyond. */
  public static String ofLength(int length) {
    return "商".repeat(length);
  }
}
