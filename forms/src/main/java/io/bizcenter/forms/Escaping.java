package io.bizcenter.forms;

/**
 * How every value is made safe for its output before it is written: markup characters become entities in HTML, and
 * in plain text the characters that could rewrite what a reader sees (control characters, terminal escapes, bidi
 * overrides) are dropped. Applied by the template engine to every value, even where a template asks for a raw one.
 */
enum Escaping {
  HTML {
    @Override
    void write(String value, StringBuilder out) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&#39;");
          case '`' -> out.append("&#96;");
          case '=' -> out.append("&#61;");
          default -> {
            if (!hidden(c)) {
              out.append(c);
            }
          }
        }
      }
    }
  },
  TEXT {
    @Override
    void write(String value, StringBuilder out) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\r') {
          // a lone CR would send the printer back over what is already on the line
          if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        } else if (!hidden(c)) {
          out.append(c);
        }
      }
    }
  };

  abstract void write(String value, StringBuilder out);

  String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    write(value, out);
    return out.toString();
  }

  /** Characters never printed: controls but line feed and tab (ESC starts terminal sequences), and bidi controls. */
  private static boolean hidden(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return Character.getType(c) == Character.CONTROL
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }
}
