package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.services.ServiceOrderState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reports' range reads on a real PostgreSQL with 20,000 rows a table across five centers: each is a range of the
 * index it names ((center, state, time) for lost keys, closed complaints and settled orders; (center, start) for room
 * use, schema 11), never a scan of the table. The rows are written by plain SQL: the planner reads the columns, not the
 * documents.
 */
class ReportIndexesOnPostgresTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final String ROWS = " FROM generate_series(1, 20000) g";
  // every 50th row in the state asked about, times spread over 20,000 minutes (about two weeks)
  private static final String STATE = "CASE WHEN g %% 50 = 0 THEN '%s' ELSE '%s' END";
  private static final String AT = "TIMESTAMPTZ '2026-03-02 00:00:00+00' + g * INTERVAL '1 minute'";

  @Test
  @DisplayName("KY-1.3, CP-0.1, MR-0.1, SV-2.4: every report query reads its index on PostgreSQL")
  void everyReportQueryReadsItsIndex() throws SQLException {
    DataSource database = Databases.emptyPostgresDataSource();
    JdbcStorage.on(database);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO bc_key (center_id, case_id, version, state, state_entered_at, category, document) SELECT 'center-' || (g % 5), 'k-' || g, 1, "
          + STATE.formatted(KeyState.LOST, KeyState.HELD) + ", " + AT + ", 'OFFICE_DOOR', '{}'" + ROWS);
      s.execute("INSERT INTO bc_complaint (center_id, case_id, version, state, state_entered_at, document) SELECT 'center-' || (g % 5), 'c-' || g, 1, "
          + STATE.formatted(ComplaintState.CLOSED, ComplaintState.PHONE_RECEIVED) + ", " + AT + ", '{}'" + ROWS);
      s.execute("INSERT INTO bc_service_order (center_id, case_id, version, state, state_entered_at, document) SELECT 'center-' || (g % 5), 'o-' || g, 1, "
          + STATE.formatted(ServiceOrderState.SETTLED, ServiceOrderState.REQUESTED) + ", " + AT + ", '{}'" + ROWS);
      s.execute("INSERT INTO bc_meeting (center_id, case_id, version, state, state_entered_at, room_id, starts_at, ends_at, document)"
          + " SELECT 'center-' || (g % 5), 'm-' || g, 1, 'BOOKED', " + AT + ", 'room-' || (g % 7), " + AT + ", " + AT + " + INTERVAL '1 hour', '{}'" + ROWS);
      for (String table : List.of("bc_key", "bc_complaint", "bc_service_order", "bc_meeting")) {
        s.execute("ANALYZE " + table);
      }
    }
    Instant from = T0.plusSeconds(3_600L * 24);
    Instant until = from.plusSeconds(3_600L * 24);
    assertReads(database, "bc_key_by_state", "bc_key", JdbcKeys.IN_STATE, "center-2", KeyState.LOST);
    assertReads(database, "bc_complaint_by_state", "bc_complaint", JdbcComplaints.IN_STATE, "center-2", ComplaintState.CLOSED, from, until);
    assertReads(database, "bc_service_order_by_state", "bc_service_order", JdbcServiceOrders.IN_STATE_BETWEEN, "center-2",
        ServiceOrderState.SETTLED, from, until);
    assertReads(database, "bc_meeting_by_start", "bc_meeting", JdbcMeetings.STARTING, "center-2", from, until, MeetingState.CANCELLED);
  }

  private static void assertReads(DataSource database, String index, String table, String sql, Object... parameters) throws SQLException {
    try (Connection c = database.getConnection()) {
      List<String> plan = new Statements(Dialect.POSTGRESQL).query(c, "EXPLAIN " + sql, row -> row.getString(1), parameters);
      System.out.println("[report index] EXPLAIN " + sql + "\n  " + String.join("\n  ", plan));
      assertTrue(plan.stream().anyMatch(line -> line.matches(".*(Index Scan|Index Only Scan|Bitmap Index Scan) (using|on) " + index + " .*")),
          () -> "the plan reads " + index + ":\n" + String.join("\n", plan));
      assertTrue(plan.stream().noneMatch(line -> line.contains("Seq Scan on " + table)), () -> "the plan scans " + table + ":\n" + String.join("\n", plan));
    }
  }
}
