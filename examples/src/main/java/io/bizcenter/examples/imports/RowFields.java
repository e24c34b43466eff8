package io.bizcenter.examples.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The fields of one row of the file, read as what they are (a date, a number, one of a list of names), each value that
 * cannot be read noted as a field error under the row's own field name. A field left out reads as null: whether it may
 * be missing is for the library's checks to say, as for any command.
 */
final class RowFields {
  private final JsonNode row;
  private final String prefix;
  private final List<FieldError> unreadable;

  RowFields(JsonNode row, String prefix, List<FieldError> unreadable) {
    this.row = row == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : row;
    this.prefix = prefix;
    this.unreadable = unreadable;
  }

  /** A row read on its own, noting what cannot be read in a list of its own. */
  static RowFields of(JsonNode row) {
    return new RowFields(row, "", new ArrayList<>());
  }

  List<FieldError> unreadable() {
    return unreadable;
  }

  /** The object under {@code field}, read with the same notes, its fields named {@code field.<name>}. */
  RowFields object(String field) {
    return new RowFields(row.get(field), prefix + field + ".", unreadable);
  }

  boolean has(String field) {
    JsonNode value = row.get(field);
    return value != null && !value.isNull();
  }

  String text(String field) {
    JsonNode value = row.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      return malformed(field);
    }
    return value.textValue();
  }

  LocalDate date(String field) {
    return parsed(field, LocalDate::parse);
  }

  Money money(String field) {
    return parsed(field, Money::yuan);
  }

  /** A whole number; a missing one reads as 0, which the library's checks refuse where a count is needed. */
  int number(String field) {
    JsonNode value = row.get(field);
    if (value == null || value.isNull()) {
      return 0;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      malformed(field);
      return 0;
    }
    return value.intValue();
  }

  /** One of the names of {@code type}, in upper case as the library spells them. */
  <E extends Enum<E>> E name(String field, Class<E> type) {
    return parsed(field, text -> Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT)));
  }

  /** Each element of the array under {@code field}, read by {@code one}; a missing array reads as null. */
  <T> List<T> list(String field, Function<RowFields, T> one) {
    JsonNode value = row.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      malformed(field);
      return null;
    }
    List<T> all = new ArrayList<>();
    for (JsonNode element : value) {
      all.add(one.apply(new RowFields(element, prefix + field + ".", unreadable)));
    }
    return all;
  }

  /** The text elements of the array under {@code field}. */
  List<String> texts(String field) {
    return list(field, element -> element.row.isTextual() ? element.row.textValue() : element.malformed(""));
  }

  private <T> T parsed(String field, Function<String, T> parse) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      return malformed(field);
    }
  }

  private <T> T malformed(String field) {
    String name = field.isEmpty() && prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix + field;
    unreadable.add(FieldError.of(name, FieldError.Problem.MALFORMED));
    return null;
  }
}
