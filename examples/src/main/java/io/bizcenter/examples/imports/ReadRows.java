package io.bizcenter.examples.imports;

import io.bizcenter.core.imports.ImportReport;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One register's rows as read from the file, in the file's order: a row with a value that could not be read (a date
 * that is no date, a kind the library does not know) stays in its place as null, so that every row keeps its number
 * between runs, and its errors are kept by row number.
 */
public record ReadRows<R>(List<R> rows, Map<Integer, List<FieldError>> unreadable) {
  public ReadRows {
    rows = java.util.Collections.unmodifiableList(new ArrayList<>(rows));
    unreadable = Map.copyOf(unreadable);
  }

  /**
   * The library's report on these rows, each unreadable row refused for what could not be read (the library saw it as a
   * row missing), naming its fields like any other refusal.
   */
  public ImportReport withUnreadable(ImportReport report) {
    List<ImportReport.Row> rows = new ArrayList<>();
    for (ImportReport.Row row : report.rows()) {
      List<FieldError> errors = unreadable.get(row.row());
      rows.add(errors == null ? row
          : new ImportReport.Refused(row.row(), errors.stream().map(FieldError::field).distinct().toList(), new Rejection.InvalidInput(errors)));
    }
    return new ImportReport(report.batch(), report.register(), rows);
  }
}
