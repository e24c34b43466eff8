package io.bizcenter.core.kernel;

import java.util.List;
import java.util.Locale;

/** One problem with one field of a command or form; a rejection of bad input lists them all. */
public record FieldError(String field, Problem problem, List<Object> arguments) {
  /** What is wrong with the field: missing, blank, too long, a control character, malformed, or not allowed (GS-1). */
  public enum Problem {
    MISSING,
    BLANK,
    TOO_LONG,
    CONTROL_CHARACTER,
    /** A bidirectional embedding, override or isolate: the text would show in another order than typed. */
    DIRECTION_CONTROL,
    MALFORMED,
    NOT_ALLOWED
  }

  public FieldError {
    arguments = List.copyOf(arguments);
  }

  public static FieldError of(String field, Problem problem, Object... arguments) {
    return new FieldError(field, problem, List.of(arguments));
  }

  public String message(Locale locale) {
    List<Object> all = new java.util.ArrayList<>();
    all.add(field);
    all.addAll(arguments);
    return Messages.text(FieldError.class, locale, "field." + problem.name(), all);
  }
}
