package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every value is made safe for its output")
class EscapingTest {
  @Test
  @DisplayName("in HTML, markup characters become entities and invisible controls are dropped")
  void html() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; Co &#96;&#61;", Escaping.HTML.escape("<script>alert(\"x\")</script> O'Neil & Co `="));
    assertEquals("ab\nc", Escaping.HTML.escape("a\u0000b\r\nc\u202E"));
  }

  @Test
  @DisplayName("in plain text, the words stay as written, but terminal escapes, bidi overrides and stray carriage returns cannot rewrite the page")
  void text() {
    assertEquals("<script>alert(\"x\")</script> O'Neil", Escaping.TEXT.escape("<script>alert(\"x\")</script> O'Neil"));
    assertEquals("[31mred[0m", Escaping.TEXT.escape("\u001b[31mred\u001b[0m"));
    assertEquals("abc", Escaping.TEXT.escape("a\u202Eb\u2066c"));
    assertEquals("one\ntwo\nthree\tfour", Escaping.TEXT.escape("one\r\ntwo\rthree\tfour"));
  }
}
