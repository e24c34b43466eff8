package io.bizcenter.examples.imports;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.imports.ImportBatch;
import io.bizcenter.core.imports.ImportDesk;
import io.bizcenter.core.imports.ImportReport;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.SequentialIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Brings Harbour Tower, a building already in operation, into the library from its JSON file (or the file named as the
 * first argument), prints what each register came to, row by row, then imports the same file again to show that a
 * rerun writes nothing twice. On the in-memory store; {@code JdbcStorage} is a one-line change.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.bizcenter.examples.imports.ImportABuilding</pre>
 */
public final class ImportABuilding {
  /** The sample's "today", so that the report reads the same whenever it runs (its dates are December 2026's). */
  static final Instant TODAY = Instant.parse("2026-12-07T02:00:00Z");
  private static final String SAMPLE = "/io/bizcenter/examples/imports/harbour-tower.json";

  private final PrintStream out;
  private final BusinessCenter center;

  ImportABuilding(PrintStream out, BusinessCenter center) {
    this.out = out;
    this.center = center;
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BuildingFile file;
    try (InputStream in = args.length > 0 ? Files.newInputStream(Path.of(args[0])) : ImportABuilding.class.getResourceAsStream(SAMPLE)) {
      file = BuildingFile.read(in);
    }
    BusinessCenter center = BusinessCenter.builder()
        .storage(new InMemoryStorage())
        .notifier(notice -> {})
        .ids(new SequentialIds("hb"))
        .clock(Clock.fixed(TODAY, ZoneOffset.UTC))
        .build();
    new ImportABuilding(out, center).run(file);
  }

  /** Imports the file, prints the report, the start of one imported case's trail, the agenda it left, and a rerun. */
  void run(BuildingFile file) {
    ImportBatch batch = file.batch();
    // the file's own words are escaped: a line break in them must not print a line of its own
    out.printf("Importing batch %s into %s from %s%n%n", LogText.of(batch.id()), LogText.of(batch.center()), LogText.of(batch.source()));
    List<ImportReport> first = importAll(file);
    first.forEach(this::print);

    ImportReport keys = first.get(1);
    keys.accepted().stream().findFirst().ifPresent(row -> {
      List<AuditEntry> trail = center.keys().trail(file.importer(ImportDesk.KEYS), batch.center(),
          KeyId.of(row.caseId())).getOrElse(List.of());
      out.printf("%nThe trail of key %s starts with its import (GS-6):%n", row.caseId());
      trail.stream().limit(1).forEach(e -> e.events().stream()
          .filter(KeyEvent.KeyImported.class::isInstance)
          .map(KeyEvent.KeyImported.class::cast)
          .forEach(imported -> out.printf("  %s %s (%s) by %s from \"%s\", %s row %d%n", e.at(), e.action(), e.clause(), e.staff(),
              imported.source().source(), imported.source().register(), imported.source().row())));
    });

    Actor service = file.importer(ImportDesk.TENANCIES);
    Actor register = file.importer(ImportDesk.EQUIPMENT);
    out.printf("%nWhat the imported state owes in the next 120 days (GS-7):%n");
    List<AgendaItem> owed = new ArrayList<>(center.agenda().dueBy(service, batch.center(), TODAY.plusSeconds(120L * 86_400)));
    owed.addAll(center.agenda().dueBy(register, batch.center(), TODAY.plusSeconds(120L * 86_400)));
    owed.stream().distinct().forEach(item -> out.printf("  %-14s %-10s %-20s from %s, due %s%s%n", item.procedure(), item.caseId(),
        item.actions(), item.availableFrom(), item.dueAt(), item.overdueAt(TODAY) ? "  OVERDUE" : ""));

    List<ImportReport> again = importAll(file);
    long written = again.stream().mapToLong(ImportReport::written).sum();
    long answered = again.stream().mapToLong(r -> r.accepted().size()).sum();
    long refused = again.stream().mapToLong(r -> r.refused().size()).sum();
    out.printf("%nThe same batch again: %d rows written, %d answered from their first import, %d refused again%n", written, answered,
        refused);
  }

  /** The four registers in the order the rules need them: tenancies before their keys, leases before their agreements. */
  List<ImportReport> importAll(BuildingFile file) {
    ImportDesk desk = center.imports();
    ImportBatch batch = file.batch();
    return List.of(
        imported(ImportDesk.TENANCIES, file.tenancies(), (b, rows) -> desk.tenancies(b, rows, file.importer(ImportDesk.TENANCIES)), batch),
        imported(ImportDesk.KEYS, file.keys(), (b, rows) -> desk.keys(b, rows, file.importer(ImportDesk.KEYS)), batch),
        imported(ImportDesk.EQUIPMENT, file.equipment(), (b, rows) -> desk.equipment(b, rows, file.importer(ImportDesk.EQUIPMENT)), batch),
        imported(ImportDesk.CONTRACTS, file.contracts(), (b, rows) -> desk.contracts(b, rows, file.importer(ImportDesk.CONTRACTS)), batch));
  }

  /** One register's rows through the desk; a register the file leaves out needs no importer and reports no row. */
  private static <R> ImportReport imported(String name, ReadRows<R> read, BiFunction<ImportBatch, List<R>, ImportReport> register,
      ImportBatch batch) {
    return read.rows().isEmpty() ? new ImportReport(batch.id(), name, List.of()) : read.withUnreadable(register.apply(batch, read.rows()));
  }

  private void print(ImportReport report) {
    out.printf("%s: %d rows, %d imported, %d refused%n", report.register(), report.rows().size(), report.accepted().size(),
        report.refused().size());
    for (ImportReport.Refused refused : report.refused()) {
      // an input error lists its fields on lines of their own: indented under the row
      out.printf("  %s%n    %s%n", refused.message(report.register(), Messages.EN).replace("\n", "\n    "),
          refused.message(report.register(), Messages.ZH_CN).replace("\n", "\n      "));
    }
  }
}
