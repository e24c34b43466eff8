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
import java.util.List;
import javax.sql.DataSource;

/**
 * The JDBC desk's naive baseline: what a vendor writes first, one statement per row, by hand with plain JDBC in the
 * library's own schema and the same rows as the library writes, in one transaction per command. Receipt lookup; case
 * read (or, to open one, the version probe and insert); case update over the version read; audit entry; for each
 * notice, its insert; the case's agenda deleted and inserted; the receipt. Documents are JSON in the library's own
 * format ({@link DeskDocuments}), as the library's are. Decisions are {@link PlainSteps}; field checks {@link PlainChecks}.
 */
public final class NaiveJdbcDesk extends JdbcByHand {
  private static final String PROCEDURE = "complaints";

  public NaiveJdbcDesk(DataSource dataSource, Clock clock, ZoneId zone) {
    super(dataSource, clock, zone);
  }

  @Override
  protected PlainComplaint once(Connection c, ComplaintCommand command, Actor actor) throws SQLException {
    String center = command.center().value();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT procedure_name, case_id, action, answer FROM bc_receipt WHERE center_id = ? AND command_id = ?")) {
      s.setString(1, center);
      s.setString(2, command.commandId().value());
      try (ResultSet earlier = s.executeQuery()) {
        if (earlier.next()) {
          return documents.read(earlier.getString(4));
        }
      }
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    PlainSteps.Taken taken;
    if (command instanceof ComplaintCommand.OnComplaint on) {
      PlainComplaint current;
      try (PreparedStatement s = c.prepareStatement("SELECT document FROM bc_complaint WHERE center_id = ? AND case_id = ?")) {
        s.setString(1, center);
        s.setString(2, on.complaintId().value());
        try (ResultSet row = s.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("refused: no complaint " + on.complaintId());
          }
          current = documents.read(row.getString(1));
        }
      }
      taken = PlainSteps.step(current, on, actor, now);
      PlainComplaint next = taken.complaint();
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE bc_complaint SET version = ?, state = ?, state_entered_at = ?, document = ? WHERE center_id = ? AND case_id = ? AND version = ?")) {
        s.setLong(1, next.version());
        s.setString(2, next.state().name());
        s.setObject(3, documents.utc(next.stateEnteredAt()));
        s.setString(4, documents.write(next));
        s.setString(5, center);
        s.setString(6, next.id());
        s.setLong(7, current.version());
        if (s.executeUpdate() != 1) {
          throw new IllegalStateException("version conflict on " + next.id());
        }
      }
    } else {
      String id = "C-" + ids.incrementAndGet();
      taken = PlainSteps.open((ComplaintCommand.Opening) command, actor, id, now, policy.version());
      PlainComplaint next = taken.complaint();
      try (PreparedStatement s = c.prepareStatement("SELECT version FROM bc_complaint WHERE center_id = ? AND case_id = ? FOR UPDATE")) {
        s.setString(1, center);
        s.setString(2, id);
        try (ResultSet row = s.executeQuery()) {
          if (row.next()) {
            throw new IllegalStateException("version conflict on " + id);
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO bc_complaint (center_id, case_id, version, state, state_entered_at, document) VALUES (?, ?, ?, ?, ?, ?)")) {
        s.setString(1, center);
        s.setString(2, id);
        s.setLong(3, next.version());
        s.setString(4, next.state().name());
        s.setObject(5, documents.utc(next.stateEnteredAt()));
        s.setString(6, documents.write(next));
        s.executeUpdate();
      }
    }
    PlainComplaint next = taken.complaint();
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO bc_event (center_id, procedure_name, case_id, version, command_id, staff_id, actor_role, actor_department,"
            + " decided_at, action, clause, policy, from_state, to_state, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, center);
      s.setString(2, PROCEDURE);
      s.setString(3, next.id());
      s.setLong(4, next.version());
      s.setString(5, command.commandId().value());
      s.setString(6, actor.staff().value());
      s.setString(7, actor.role().name());
      s.setString(8, actor.department().name());
      s.setObject(9, documents.utc(now));
      s.setString(10, taken.action().name());
      s.setString(11, taken.clause().id());
      s.setString(12, policy.version().value());
      s.setString(13, taken.from() == null ? null : taken.from().name());
      s.setString(14, taken.to().name());
      s.setString(15, documents.events(taken.events()));
      s.executeUpdate();
    }
    for (Notice n : taken.notices()) {
      String noticeId = "C-" + ids.incrementAndGet();
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO bc_notice (notice_id, center_id, procedure_name, case_id, recipient, code, clause, arguments, created_at, attempts,"
              + " case_version, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, noticeId);
        s.setString(2, center);
        s.setString(3, PROCEDURE);
        s.setString(4, next.id());
        s.setString(5, n.to().name());
        s.setString(6, n.code());
        s.setString(7, n.clause().id());
        s.setString(8, documents.write(n.arguments()));
        s.setObject(9, documents.utc(now));
        s.setInt(10, 0);
        s.setLong(11, next.version());
        s.setObject(12, documents.utc(now));
        s.executeUpdate();
      }
    }
    try (PreparedStatement s = c.prepareStatement("DELETE FROM bc_agenda WHERE center_id = ? AND procedure_name = ? AND case_id = ?")) {
      s.setString(1, center);
      s.setString(2, PROCEDURE);
      s.setString(3, next.id());
      s.executeUpdate();
    }
    int no = 0;
    for (PlainSteps.Due due : PlainSteps.owed(next, policy, zone)) {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO bc_agenda (center_id, procedure_name, case_id, department, actor_role, state, actions, available_from, due_at, clause,"
              + " item_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, center);
        s.setString(2, PROCEDURE);
        s.setString(3, next.id());
        s.setString(4, due.department().name());
        s.setNull(5, Types.VARCHAR);
        s.setString(6, due.state().name());
        s.setString(7, documents.write(due.actions()));
        s.setObject(8, documents.utc(due.availableFrom()));
        s.setObject(9, documents.utc(due.dueAt()));
        s.setString(10, due.clause().id());
        s.setInt(11, ++no);
        s.executeUpdate();
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO bc_receipt (center_id, command_id, procedure_name, case_id, action, answer,"
        + " staff_id, actor_role, actor_department, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, center);
      s.setString(2, command.commandId().value());
      s.setString(3, PROCEDURE);
      s.setString(4, next.id());
      s.setString(5, taken.action().name());
      s.setString(6, documents.write(next));
      s.setString(7, actor.staff().value());
      s.setString(8, actor.role().name());
      s.setString(9, actor.department().name());
      s.setObject(10, documents.utc(now));
      s.executeUpdate();
    }
    return next;
  }

  @Override
  public String toString() {
    return "naive JDBC";
  }
}
