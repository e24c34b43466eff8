package io.bizcenter.core.imports;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one register of an import batch came to, row by row in the batch's order: each row accepted (with its case, and
 * whether an earlier run had imported it already) or refused (with the fields it names and the typed rejection). A
 * refused row wrote nothing; the rows after it went on, each in its own unit of work.
 */
public record ImportReport(String batch, String register, List<Row> rows) {
  public ImportReport {
    rows = List.copyOf(rows);
  }

  /** One row's outcome; {@code row} is its number within its register, from 1. */
  public sealed interface Row {
    int row();
  }

  /**
   * The row is in the library as case {@code caseId}; {@code earlier}: a previous run of the batch imported it, and this
   * run wrote nothing for it.
   *
   * @param reference the row's own reference in the building's records, where it has one (a contract's number)
   */
  public record Accepted(int row, String reference, String caseId, boolean earlier) implements Row {}

  /**
   * The row was refused and nothing of it was written: {@code fields} are the row's fields the rejection is about (none
   * when it is about the row as a whole, such as the importer's seat).
   */
  public record Refused(int row, List<String> fields, Rejection rejection) implements Row {
    public Refused {
      fields = List.copyOf(fields);
    }

    /** The refusal in a clerk's words: which row, which fields, and the rejection's own message. */
    public String message(String register, Locale locale) {
      return Messages.text(ImportReport.class, locale, fields.isEmpty() ? "import.refused.row" : "import.refused.fields",
          List.of(Messages.text(ImportReport.class, locale, "import.register." + register, List.of()), String.valueOf(row), String.join(", ", fields),
              rejection.message(locale)));
    }
  }

  public List<Accepted> accepted() {
    List<Accepted> accepted = new ArrayList<>();
    rows.forEach(r -> {
      if (r instanceof Accepted a) {
        accepted.add(a);
      }
    });
    return accepted;
  }

  public List<Refused> refused() {
    List<Refused> refused = new ArrayList<>();
    rows.forEach(r -> {
      if (r instanceof Refused f) {
        refused.add(f);
      }
    });
    return refused;
  }

  /** The rows this run wrote: accepted, and not imported by an earlier run. */
  public long written() {
    return accepted().stream().filter(a -> !a.earlier()).count();
  }
}
