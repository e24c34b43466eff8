package io.bizcenter.forms;

import io.bizcenter.core.kernel.Clause;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one kind of form is: its name (which names its templates, its texts and its schema), the record that models
 * it, the clauses it serves, and the copies printed when the case does not say otherwise.
 *
 * @param name lower-case words joined by hyphens, such as {@code fee-receipt}
 */
public record FormType(String name, Class<? extends Record> model, List<Clause> clauses, Copies copies) {
  public FormType {
    clauses = List.copyOf(clauses);
    if (name == null || !name.matches("[a-z]+(-[a-z]+)*") || clauses.isEmpty() || !Form.class.isAssignableFrom(model)) {
      throw new IllegalArgumentException("a form type has a hyphenated lower-case name, a record model that is a Form, and a clause: "
          + name);
    }
  }

  public static FormType of(String name, Class<? extends Record> model, Copies copies, String... clauses) {
    return new FormType(name, model, Arrays.stream(clauses).map(Clause::of).toList(), copies);
  }

  /** The form's title as printed: 商务中心费用收据单, Business Center Fee Receipt. */
  public String title(Locale locale) {
    return FormText.text(locale, name + ".title");
  }
}
