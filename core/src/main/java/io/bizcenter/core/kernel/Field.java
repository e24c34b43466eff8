package io.bizcenter.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks for one field of input, each answering a vavr {@link Validation}; {@link #all} gathers every field
 * error of a command rather than stopping at the first (GS-1: the clerk sees everything to fix at once).
 */
public final class Field {
  private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]+");

  private Field() {}

  @SafeVarargs
  public static <T> Validation<Seq<FieldError>, T> all(T value, Validation<FieldError, ?>... checks) {
    // runs for every command: a plain loop, so that valid input (the usual case) builds no list at all
    Seq<FieldError> errors = List.empty();
    for (Validation<FieldError, ?> check : checks) {
      if (check.isInvalid()) {
        errors = errors.append(check.getError());
      }
    }
    return errors.isEmpty() ? Validation.valid(value) : Validation.invalid(errors);
  }

  public static <T> Validation<FieldError, T> present(String field, T value) {
    return value == null ? Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING)) : Validation.valid(value);
  }

  /** A required single line of text: a name, a reference, a company. */
  public static Validation<FieldError, String> line(String field, String value, int max) {
    return text(field, value, max, false);
  }

  /** A required text that may span lines: a complaint's content, a plan. */
  public static Validation<FieldError, String> text(String field, String value, int max) {
    return text(field, value, max, true);
  }

  public static Validation<FieldError, PersonName> name(String field, PersonName name) {
    if (name == null) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    return line(field, name.value(), 50).map(v -> name);
  }

  public static Validation<FieldError, PhoneNumber> phone(String field, PhoneNumber phone) {
    if (phone == null) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    return line(field, phone.value(), 20).flatMap(v -> {
      long digits = v.chars().filter(Character::isDigit).count();
      return PHONE.matcher(v).matches() && digits >= 5
          ? Validation.valid(phone)
          : Validation.invalid(FieldError.of(field, FieldError.Problem.MALFORMED));
    });
  }

  public static <T> Validation<FieldError, Collection<T>> nonEmpty(String field, Collection<T> values) {
    if (values == null || values.stream().anyMatch(Objects::isNull)) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    return values.isEmpty() ? Validation.invalid(FieldError.of(field, FieldError.Problem.BLANK)) : Validation.valid(values);
  }

  private static Validation<FieldError, String> text(String field, String value, int max, boolean multiline) {
    if (value == null) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    if (value.isBlank()) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.BLANK));
    }
    if (value.length() > max * 2 || value.codePointCount(0, value.length()) > max) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.TOO_LONG, max));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        // an unpaired surrogate cannot be stored as UTF-8; a pair is one code point and is fine
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          return Validation.invalid(FieldError.of(field, FieldError.Problem.MALFORMED));
        }
        i++;
      } else if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
        return Validation.invalid(FieldError.of(field, FieldError.Problem.CONTROL_CHARACTER));
      }
    }
    return Validation.valid(value);
  }
}
