package io.bizcenter.forms;

/**
 * One paper form of the source, filled from a case: a record whose components are exactly what the form prints (the
 * templates and the JSON Schema both read those components, so the three cannot drift apart). Built by the record's
 * own {@code of(...)} from the case and its audit trail, never typed twice.
 */
public interface Form {
  /** Which form this is: its name, clauses and default copies. */
  FormType type();

  /** How many copies are printed and who receives each; most forms print the type's copies. */
  default Copies copies() {
    return type().copies();
  }
}
