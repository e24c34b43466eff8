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
 *
 * <p>The text policy, applied here and nowhere else, so every command and form field follows it:
 * <ul>
 *   <li>Length is counted in code points (an emoji or an astral Han character is one), at most the field's limit.
 *   <li>Text that shows nothing is {@code BLANK}: made only of white space, format characters (U+200B zero-width space,
 *       U+200D joiner, U+FEFF, U+2060 ...) and the default-ignorable fillers (U+3164, U+115F, U+FFA0, variation
 *       selectors, ...).
 *   <li>Control characters are refused ({@code CONTROL_CHARACTER}), but tab and line breaks in multi-line text; a
 *       single line also refuses the line and paragraph separators U+2028 and U+2029.
 *   <li>Bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) are refused everywhere
 *       ({@code DIRECTION_CONTROL}): they make a form or a screen show the text in another order than it was typed.
 *       The plain marks U+200E, U+200F and U+061C stay allowed: right-to-left names need them and they reorder nothing.
 *   <li>An unpaired surrogate is {@code MALFORMED}: it cannot be stored as UTF-8.
 *   <li>An id (command id, center, staff id) is 1 to its limit of code points, each a letter or digit of any script, a
 *       combining mark, or one of {@value #ID_PUNCTUATION} ({@code MALFORMED} otherwise): no space, quote, angle bracket,
 *       backslash or invisible character, so an id is safe in a log line, a URL path, a file name and HTML as it is.
 * </ul>
 */
public final class Field {
  /** The characters a phone number may hold (it needs five digits besides); the JSON schemas say the same from here. */
  public static final String PHONE_CHARACTERS = "[0-9+()\\- ]+";
  private static final Pattern PHONE = Pattern.compile(PHONE_CHARACTERS);
  /** The punctuation an id may hold besides letters, digits and marks. */
  public static final String ID_PUNCTUATION = "-_.:/@#+";

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

  /**
   * A required amount of money as input, exact ({@link Money#isExact()}); nothing is rounded: beyond
   * {@link Money#LARGEST} either way is {@code NOT_ALLOWED}, more than two decimals {@code MALFORMED}. Procedures add
   * their own sign and limit checks.
   */
  public static Validation<FieldError, Money> amount(String field, Money amount) {
    if (amount == null) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    if (!amount.isWithinBound()) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.NOT_ALLOWED));
    }
    return amount.isExact() ? Validation.valid(amount) : Validation.invalid(FieldError.of(field, FieldError.Problem.MALFORMED));
  }

  public static <T> Validation<FieldError, Collection<T>> nonEmpty(String field, Collection<T> values) {
    if (values == null || values.stream().anyMatch(Objects::isNull)) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    return values.isEmpty() ? Validation.invalid(FieldError.of(field, FieldError.Problem.BLANK)) : Validation.valid(values);
  }

  /** A required id from outside (a command id, a center, a staff id): see the class comment for its alphabet. */
  public static Validation<FieldError, String> id(String field, String value, int max) {
    if (value == null) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    // the length first, in UTF-16 units, so that a megabyte id is refused without walking it
    if (value.length() > max * 2 || value.codePointCount(0, value.length()) > max) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.TOO_LONG, max));
    }
    if (showsNothing(value)) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.BLANK));
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!idCharacter(c)) {
        return Validation.invalid(FieldError.of(field, FieldError.Problem.MALFORMED));
      }
      i += Character.charCount(c);
    }
    return Validation.valid(value);
  }

  /**
   * Whether {@code value} would show nothing: empty, or every code point white space, a format character or a filler.
   * Control characters and lone surrogates are not counted here: they get a problem of their own.
   */
  public static boolean showsNothing(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!invisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean idCharacter(int c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || (c < 128 && ID_PUNCTUATION.indexOf(c) >= 0);
  }

  private static boolean invisible(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT) {
      return true;
    }
    // default-ignorable code points that are not format characters: fillers, the grapheme joiner, variation selectors
    return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F)
        || c == 0x2800 || c == 0x3164 || c == 0xFFA0 || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
  }

  private static boolean directionControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static Validation<FieldError, String> text(String field, String value, int max, boolean multiline) {
    if (value == null) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.MISSING));
    }
    // the length first, in UTF-16 units, so that a megabyte text is refused without walking it
    if (value.length() > max * 2 || value.codePointCount(0, value.length()) > max) {
      return showsNothing(value)
          ? Validation.invalid(FieldError.of(field, FieldError.Problem.BLANK))
          : Validation.invalid(FieldError.of(field, FieldError.Problem.TOO_LONG, max));
    }
    if (showsNothing(value)) {
      return Validation.invalid(FieldError.of(field, FieldError.Problem.BLANK));
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
      } else if (!multiline && (c == '\u2028' || c == '\u2029')) {
        return Validation.invalid(FieldError.of(field, FieldError.Problem.CONTROL_CHARACTER));
      } else if (directionControl(c)) {
        return Validation.invalid(FieldError.of(field, FieldError.Problem.DIRECTION_CONTROL));
      }
    }
    return Validation.valid(value);
  }
}
