package io.bizcenter.testkit;

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

  /** A string of exactly {@code length} characters, for the longest allowed input and beyond. */
  public static String ofLength(int length) {
    return "商".repeat(length);
  }
}
