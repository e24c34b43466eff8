package io.bizcenter.forms;

import io.bizcenter.core.kernel.Money;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form record as its templates see it: a map from each component's name to its printed text (see {@link Formats}),
 * nested records as maps, lists as lists, and an empty {@code Optional} as a present key with no value (so a template
 * tests it with a section, and a name the form does not have is an error, not a blank). An amount of money prints as
 * its figures ({@code {{total}}}) and offers its capitals beside them ({@code {{total.capitals}}}).
 */
final class View {
  private View() {}

  static Map<String, Object> of(Record record, Formats formats) {
    Map<String, Object> view = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = FormInput.value(component, record);
      if (value == null) {
        // a form comes from its own of(...), which never leaves a required field empty: a null is a programming error
        throw new IllegalArgumentException(record.getClass().getSimpleName() + "." + component.getName() + " is null; use Optional");
      }
      view.put(component.getName(), value(value, formats, record.getClass().getSimpleName() + "." + component.getName()));
    }
    return view;
  }

  private static Object value(Object value, Formats formats, String where) {
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> value(v, formats, where)).orElse(null);
    }
    if (value instanceof Money money) {
      return new Amount(formats.money(money), AmountInCapitals.of(money).orElse(""));
    }
    String leaf = formats.leaf(value);
    if (leaf != null) {
      return leaf;
    }
    if (value instanceof Collection<?> items) {
      List<Object> all = new ArrayList<>();
      for (Object item : items) {
        all.add(value(item, formats, where));
      }
      return all;
    }
    if (value instanceof Record nested) {
      return of(nested, formats);
    }
    throw new IllegalArgumentException(where + ": a form holds text, numbers, money, times, enums, records and lists, not "
        + value.getClass().getName());
  }

  /** Money on a page: its figures where a template prints the value, its capitals under {@code capitals}. */
  public record Amount(String figures, String capitals) {
    @Override
    public String toString() {
      return figures;
    }
  }
}
