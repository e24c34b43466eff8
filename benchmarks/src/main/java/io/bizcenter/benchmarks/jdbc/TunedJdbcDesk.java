package io.bizcenter.benchmarks.jdbc;

import io.bizcenter.benchmarks.complaints.PlainComplaint;
import io.bizcenter.benchmarks.complaints.PlainSteps;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Notice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC desk's hand-tuned baseline, the limit a vendor reaches by hand: the same rows as {@link NaiveJdbcDesk} and the
 * library write, in the fewest round trips. The receipt and the case are read in one statement (UNION ALL); the case
 * update goes alone, so that its update count tells a concurrent write; then every other row (audit entry, notices,
 * the case's agenda deleted and written again, receipt; to open a case, the case too) goes in one round trip, and the
 * commit. On PostgreSQL that round trip is one multi-statement PreparedStatement. Elsewhere it is one JDBC batch per
 * statement text: MariaDB's driver takes one statement per prepare, and H2 in memory has no network to save but parses
 * a multi-statement text again at every prepare (it caches single statements only): 60 to 200 µs against 0.2 µs.
 */
public final class TunedJdbcDesk extends JdbcByHand {
  private static final String PROCEDURE = "complaints";
  private static final String READ = "SELECT 1, answer, 0 FROM bc_receipt WHERE center_id = ? AND command_id = ?"
      + " UNION ALL SELECT 0, document, version FROM bc_complaint WHERE center_id = ? AND case_id = ?";
  private static final String RECEIPT = "SELECT answer FROM bc_receipt WHERE center_id = ? AND command_id = ?";
  private static final String UPDATE_CASE =
      "UPDATE bc_complaint SET version = ?, state = ?, state_entered_at = ?, document = ? WHERE center_id = ? AND case_id = ? AND version = ?";
  private static final String INSERT_CASE =
      "INSERT INTO bc_complaint (center_id, case_id, version, state, state_entered_at, document) VALUES (?, ?, ?, ?, ?, ?)";
  private static final String INSERT_EVENT = "INSERT INTO bc_event (center_id, procedure_name, case_id, version, command_id, staff_id,"
      + " actor_role, actor_department, decided_at, action, clause, policy, from_state, to_state, events)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_NOTICE = "INSERT INTO bc_notice (notice_id, center_id, procedure_name, case_id, recipient, code,"
      + " clause, arguments, created_at, attempts, case_version, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String DELETE_AGENDA = "DELETE FROM bc_agenda WHERE center_id = ? AND procedure_name = ? AND case_id = ?";
  private static final String INSERT_AGENDA = "INSERT INTO bc_agenda (center_id, procedure_name, case_id, department, actor_role, state,"
      + " actions, available_from, due_at, clause, item_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_RECEIPT = "INSERT INTO bc_receipt (center_id, command_id, procedure_name, case_id, action, answer,"
      + " staff_id, actor_role, actor_department, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** One row to write: its statement and its values in order (null for SQL NULL). */
  private record Row(String sql, Object... values) {}

  public TunedJdbcDesk(DataSource dataSource, Clock clock, ZoneId zone) {
    super(dataSource, clock, zone);
  }

  @Override
  protected PlainComplaint once(Connection c, ComplaintCommand command, Actor actor) throws SQLException {
    String center = command.center().value();
    String commandId = command.commandId().value();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<Row> rows = new ArrayList<>();
    PlainSteps.Taken taken;
    if (command instanceof ComplaintCommand.OnComplaint on) {
      PlainComplaint current = null;
      try (PreparedStatement s = c.prepareStatement(READ)) {
        s.setString(1, center);
        s.setString(2, commandId);
        s.setString(3, center);
        s.setString(4, on.complaintId().value());
        try (ResultSet read = s.executeQuery()) {
          while (read.next()) {
            if (read.getInt(1) == 1) {
              return documents.read(read.getString(2));
            }
            current = documents.read(read.getString(2));
          }
        }
      }
      if (current == null) {
        throw new IllegalStateException("refused: no complaint " + on.complaintId());
      }
      taken = PlainSteps.step(current, on, actor, now);
      PlainComplaint next = taken.complaint();
      try (PreparedStatement s = c.prepareStatement(UPDATE_CASE)) {
        bind(s, List.of(next.version(), next.state().name(), documents.utc(next.stateEnteredAt()), documents.write(next), center, next.id(),
            current.version()).toArray());
        if (s.executeUpdate() != 1) {
          throw new IllegalStateException("version conflict on " + next.id());
        }
      }
    } else {
      try (PreparedStatement s = c.prepareStatement(RECEIPT)) {
        s.setString(1, center);
        s.setString(2, commandId);
        try (ResultSet earlier = s.executeQuery()) {
          if (earlier.next()) {
            return documents.read(earlier.getString(1));
          }
        }
      }
      String id = "C-" + ids.incrementAndGet();
      taken = PlainSteps.open((ComplaintCommand.Opening) command, actor, id, now, policy.version());
      PlainComplaint next = taken.complaint();
      // a case opened twice breaks the primary key, and the whole batch with it
      rows.add(new Row(INSERT_CASE, center, id, next.version(), next.state().name(), documents.utc(next.stateEnteredAt()), documents.write(next)));
    }
    PlainComplaint next = taken.complaint();
    rows.add(new Row(INSERT_EVENT, center, PROCEDURE, next.id(), next.version(), commandId, actor.staff().value(), actor.role().name(),
        actor.department().name(), documents.utc(now), taken.action().name(), taken.clause().id(), policy.version().value(),
        taken.from() == null ? null : taken.from().name(), taken.to().name(), documents.events(taken.events())));
    for (Notice n : taken.notices()) {
      rows.add(new Row(INSERT_NOTICE, "C-" + ids.incrementAndGet(), center, PROCEDURE, next.id(), n.to().name(), n.code(), n.clause().id(),
          documents.write(n.arguments()), documents.utc(now), 0, next.version(), documents.utc(now)));
    }
    rows.add(new Row(DELETE_AGENDA, center, PROCEDURE, next.id()));
    int no = 0;
    for (PlainSteps.Due due : PlainSteps.owed(next, policy, zone)) {
      rows.add(new Row(INSERT_AGENDA, center, PROCEDURE, next.id(), due.department().name(), null, due.state().name(), documents.write(due.actions()),
          documents.utc(due.availableFrom()), documents.utc(due.dueAt()), due.clause().id(), ++no));
    }
    rows.add(new Row(INSERT_RECEIPT, center, commandId, PROCEDURE, next.id(), taken.action().name(), documents.write(next), actor.staff().value(),
        actor.role().name(), actor.department().name(), documents.utc(now)));
    if (documents.postgres()) {
      together(c, rows);
    } else {
      batches(c, rows);
    }
    return next;
  }

  /** Every row in one multi-statement PreparedStatement: one round trip on PostgreSQL. */
  private static void together(Connection c, List<Row> rows) throws SQLException {
    StringBuilder sql = new StringBuilder();
    List<Object> values = new ArrayList<>();
    for (Row row : rows) {
      sql.append(sql.length() == 0 ? "" : "; ").append(row.sql());
      values.addAll(java.util.Arrays.asList(row.values()));
    }
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      bind(s, values.toArray());
      s.execute();
    }
  }

  /** One JDBC batch per statement text, in the order the texts first come (MariaDB, H2). */
  private static void batches(Connection c, List<Row> rows) throws SQLException {
    Map<String, List<Row>> bySql = new LinkedHashMap<>();
    for (Row row : rows) {
      bySql.computeIfAbsent(row.sql(), sql -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<Row>> same : bySql.entrySet()) {
      try (PreparedStatement s = c.prepareStatement(same.getKey())) {
        if (same.getValue().size() == 1) {
          bind(s, same.getValue().get(0).values());
          s.executeUpdate();
        } else {
          for (Row row : same.getValue()) {
            bind(s, row.values());
            s.addBatch();
          }
          s.executeBatch();
        }
      }
    }
  }

  private static void bind(PreparedStatement s, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        s.setNull(i + 1, Types.VARCHAR);
      } else {
        s.setObject(i + 1, values[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "hand-tuned JDBC";
  }
}
