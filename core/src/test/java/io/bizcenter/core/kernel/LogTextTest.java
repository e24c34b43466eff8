package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Untrusted text reaches a log line escaped and bounded: it can neither forge a line nor fill the disk. */
class LogTextTest {
  @Test
  @DisplayName("line breaks, separators, controls, bidirectional overrides and zero-width characters are written as escapes")
  void escapes_what_could_forge_or_hide() {
    String forged = "ui-1\n01:02:03.456 [main] ERROR io.bizcenter.core.procedure.CasePath -- database wiped";
    String shown = LogText.of(forged).toString();
    assertFalse(shown.contains("\n"), shown);
    assertTrue(shown.startsWith("ui-1\\u000A01:02:03.456"), shown);
    assertEquals("a\\u000Db\\u2028c\\u2029d\\u202Ee\\u200Bf\\u0000g\\u001B[31m", LogText.escaped("a\rb\u2028c\u2029d\u202Ee\u200Bf\u0000g\u001B[31m"));
    assertEquals("a\\\\u000Ab", LogText.escaped("a\\u000Ab"), "a backslash is doubled, so an escape cannot be faked");
    assertEquals("a\\u0020b".replace("\\u0020", " "), LogText.escaped("a b"), "a plain space stays");
    assertEquals("a\\u3000b", LogText.escaped("a\u3000b"), "other spaces are shown as escapes");
    assertEquals("王小明 😀 שלום", LogText.escaped("王小明 😀 שלום"), "text of any script stays readable");
    assertEquals("\\uD800x", LogText.escaped("\uD800x"), "a lone surrogate");
    assertEquals("null", LogText.of(null).toString());
  }

  @Test
  @DisplayName("a value is cut after " + LogText.MOST_SHOWN + " code points, with the number left out: a megabyte id writes a short line")
  void bounded() {
    String megabyte = "商".repeat(1 << 20);
    String shown = LogText.escaped(megabyte);
    assertEquals("商".repeat(LogText.MOST_SHOWN) + "...(" + ((1 << 20) - LogText.MOST_SHOWN) + " more chars)", shown);
    assertEquals("\\u000A".repeat(LogText.MOST_SHOWN) + "...(1 more chars)", LogText.escaped("\n".repeat(LogText.MOST_SHOWN + 1)));
    assertEquals("a".repeat(LogText.MOST_SHOWN), LogText.escaped("a".repeat(LogText.MOST_SHOWN)), "exactly the limit is not cut");
  }
}
