package io.bizcenter.core.kernel;

/**
 * A value from outside as a log line may show it: escaped and bounded, so that no command id, center or name sent by a
 * front end can start a forged log line (a newline, a carriage return, U+2028), hide itself (bidirectional overrides,
 * zero-width characters) or fill the disk (a megabyte id). Made lazily: nothing is escaped unless the line is written.
 */
public final class LogText {
  /** Code points of a value a log line shows; the rest is counted, not printed. */
  public static final int MOST_SHOWN = 80;

  private final Object value;

  private LogText(Object value) {
    this.value = value;
  }

  /** {@code value} (its {@code toString}), to be escaped and cut when the log line is written. */
  public static LogText of(Object value) {
    return new LogText(value);
  }

  @Override
  public String toString() {
    return escaped(String.valueOf(value));
  }

  /**
   * {@code text} with every control, format, separator, surrogate or backslash character written as {@code \\uXXXX}
   * (a backslash as {@code \\\\}), cut after {@value #MOST_SHOWN} code points with the number left out.
   */
  public static String escaped(String text) {
    if (text.length() <= MOST_SHOWN && isPlain(text)) {
      return text;   // the usual case (ids the input check let through): nothing to copy
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MOST_SHOWN) + 16);
    int shown = 0;
    int i = 0;
    while (i < text.length() && shown < MOST_SHOWN) {
      int c = text.codePointAt(i);
      int width = Character.isValidCodePoint(c) ? Character.charCount(c) : 1;
      if (c == '\\') {
        out.append("\\\\");
      } else if (plain(c)) {
        out.appendCodePoint(c);
      } else {
        for (int k = i; k < i + width; k++) {
          out.append(String.format("\\u%04X", (int) text.charAt(k)));
        }
      }
      i += width;
      shown++;
    }
    if (i < text.length()) {
      out.append("...(").append(text.length() - i).append(" more chars)");
    }
    return out.toString();
  }

  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || Character.isSurrogate(c) || !plain(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plain(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
      default -> !Character.isWhitespace(c);
    };
  }
}
