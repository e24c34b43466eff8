package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * "What is due" on a real PostgreSQL with 20,000 agenda rows across five centers and every department: the planner
 * reads a range of the bc_agenda_due index (center, department, due time) and never scans the whole table.
 */
class AgendaIndexOnPostgresTest {
  private static final int CENTERS = 5;
  private static final int CASES = 5_000;
  private static final int ITEMS_PER_CASE = 4;
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void whatIsDueIsAnIndexRangeScan() throws SQLException {
    DataSource database = Databases.emptyPostgresDataSource();
    JdbcStorage storage = JdbcStorage.on(database);
    String procedure = ComplaintProcedure.DEFINITION.name();

    // written through the port, as the command path writes them, a thousand cases to a transaction
    List<AgendaItem> all = new ArrayList<>();
    for (int from = 0; from < CASES; from += 1_000) {
      int first = from;
      Either<Rejection, Integer> written = storage.transactions().inTransaction(() -> {
        for (int k = first; k < first + 1_000; k++) {
          List<AgendaItem> items = itemsOf(k, procedure);
          storage.agenda().replace(items.get(0).center(), procedure, items.get(0).caseId(), items);
          all.addAll(items);
        }
        return Either.right(first);
      });
      assertTrue(written.isRight());
    }
    assertEquals(CASES * ITEMS_PER_CASE, all.size());

    CenterId center = CenterId.of("center-2");
    Department department = Department.ENGINEERING;
    Instant until = T0.plus(Duration.ofDays(1));
    try (Connection c = database.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE bc_agenda");
      }
      List<String> plan = new Statements(Dialect.POSTGRESQL).query(c, "EXPLAIN " + JdbcAgendaItems.DUE, row -> row.getString(1), center.value(), department, until);
      System.out.println("[agenda index] EXPLAIN " + JdbcAgendaItems.DUE + "\n  (" + center + ", " + department + ", " + until + ")\n  "
          + String.join("\n  ", plan));
      assertTrue(plan.stream().anyMatch(line -> line.matches(".*(Index Scan|Index Only Scan|Bitmap Index Scan) (using|on) bc_agenda_due.*")),
          "the plan reads the bc_agenda_due index");
      assertTrue(plan.stream().noneMatch(line -> line.contains("Seq Scan on bc_agenda")), "the plan scans the whole table");
    }

    List<AgendaItem> expected = all.stream()
        .filter(i -> i.center().equals(center) && i.seat().department().equals(Optional.of(department)) && !i.dueAt().isAfter(until))
        .sorted(Comparator.comparing(AgendaItem::dueAt).thenComparing(AgendaItem::caseId))
        .toList();
    assertTrue(expected.size() > 0 && expected.size() < all.size() / 100, "a realistic, selective question: " + expected.size() + " rows");
    assertEquals(expected, storage.agenda().due(center, department, until), "and it answers the right rows, earliest first");
  }

  /**
   * Case k's items: its center by k, four departments spread over all of them (now and then a seat for a role in
   * any department, whose department column is empty), due within a month.
   */
  private static List<AgendaItem> itemsOf(int k, String procedure) {
    CenterId center = CenterId.of("center-" + (k % CENTERS));
    Department[] departments = Department.values();
    Instant due = T0.plus(Duration.ofMinutes((k * 7919L) % (30 * 24 * 60)));
    List<AgendaItem> items = new ArrayList<>();
    for (int j = 0; j < ITEMS_PER_CASE; j++) {
      Seat seat = j == 3 && k % 10 == 0 ? Seat.as(Role.CLEANER) : Seat.in(departments[(k + 3 * j) % departments.length]);
      items.add(new AgendaItem(center, procedure, "case-" + k, "PHONE_RECEIVED", List.of("TRIAGE_WITHIN_REMIT"), seat, due.minus(Duration.ofHours(2)), due,
          Clause.of("CP-1.1")));
    }
    return items;
  }
}
