package io.bizcenter.forms;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import java.util.Locale;

/** Who receives one copy of a form: one of our departments, or a party such as the client or the archive. */
public sealed interface Recipient {
  String label(Locale locale);

  static Recipient of(Department department) {
    return new Dept(department);
  }

  static Recipient of(Party party) {
    return new Other(party);
  }

  /** A department's copy; its label is the kernel's (财务部, Finance). */
  record Dept(Department department) implements Recipient {
    public String label(Locale locale) {
      return Messages.label(department, locale);
    }
  }

  record Other(Party party) implements Recipient {
    public String label(Locale locale) {
      return FormText.label(party, locale);
    }
  }
}
