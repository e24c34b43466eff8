package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema 8 adds the sender to every receipt. A receipt written before it takes its sender from its command's audit entry,
 * so after the upgrade the first sender's resend still gets the first answer, anyone else's is refused, and a receipt
 * with no audit entry answers nobody. The old rows are written by the library on a current schema and copied, column by
 * column, into a database stopped at schema 7 (the last one without senders), which is then upgraded.
 */
@DisplayName("Receipts written before schema 8 answer their own sender only (GS-2, GS-5)")
class ReceiptsFromBeforeTheSenderTest {
  private static final CenterId CENTER = CenterId.of("upgrade-tower");
  private static final Actor FIRST = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, CENTER);
  private static final Actor COLLEAGUE = Actor.of("op-08", Role.STAFF, Department.OPERATIONS, CENTER);
  private static final RecordPhoneComplaint CALL = new RecordPhoneComplaint(CommandId.of("ui-4711"), CENTER,
      Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "办公室空调不制冷");
  private static final RecordPhoneComplaint ORPHAN = new RecordPhoneComplaint(CommandId.of("ui-orphan"), CENTER,
      CALL.complainant(), CALL.content());

  private static BusinessCenter center(DataSource database) {
    return BusinessCenter.builder().storage(JdbcStorage.on(database)).notifier(notice -> { }).ids(new SequentialIds("upgrade"))
        .clock(new ManualClock(Instant.parse("2026-03-02T01:00:00Z"))).build();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("GS-2 after the upgrade, the first sender's resend gets its first answer; another's, and any resend of a receipt without audit entry, are refused")
  void anOldReceiptAnswersItsOwnSender(Dialect dialect) throws SQLException {
    DataSource current = Databases.empty(dialect);
    Complaint first = center(current).complaints().handle(CALL, FIRST).get();

    DataSource old = Databases.newDatabase(dialect, "bc_before_schema_8");
    Flyway.configure().dataSource(old).locations(dialect.migrations()).table("bc_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").target("7").load().migrate();
    for (String table : List.of("bc_complaint", "bc_event", "bc_receipt")) {
      copy(table, current, old);
    }
    try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
      // a receipt whose command left no audit entry: no sender can be found for it
      s.executeUpdate("INSERT INTO bc_receipt (center_id, command_id, procedure_name, case_id, action, answer)"
          + " SELECT center_id, 'ui-orphan', procedure_name, case_id, action, answer FROM bc_receipt");
    }

    // schema 8 and any later ones
    assertTrue(JdbcStorage.on(old).migrate() >= 1, "the upgrade ran");
    BusinessCenter upgraded = center(old);

    assertEquals(Option.of(Receipt.Sender.of(FIRST)),
        JdbcStorage.on(old).receipts().find(CENTER, CALL.commandId()).map(Receipt::sender), "the sender, from bc_event");
    assertEquals(Either.left(new Rejection.CommandIdReused(CALL.commandId())), upgraded.complaints().handle(CALL, COLLEAGUE));
    assertEquals(Either.right(first), upgraded.complaints().handle(CALL, FIRST), "the first sender's resend");
    assertEquals(Either.left(new Rejection.CommandIdReused(ORPHAN.commandId())), upgraded.complaints().handle(ORPHAN, FIRST),
        "a receipt with no sender answers nobody");
  }

  /** Copies every row of {@code table} into the same table of {@code to}, in the columns {@code to} has and fills itself not. */
  private static void copy(String table, DataSource from, DataSource to) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = to.getConnection(); Statement s = c.createStatement(); ResultSet none = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData meta = none.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        if (!meta.isAutoIncrement(i) && !Set.of("seq", "opened_seq").contains(meta.getColumnName(i).toLowerCase())) {
          columns.add(meta.getColumnName(i).toLowerCase());
        }
      }
    }
    String names = String.join(", ", columns);
    String marks = String.join(", ", columns.stream().map(col -> "?").toList());
    try (Connection source = from.getConnection(); Statement s = source.createStatement();
        ResultSet rows = s.executeQuery("SELECT " + names + " FROM " + table);
        Connection target = to.getConnection();
        PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
      while (rows.next()) {
        for (int i = 1; i <= columns.size(); i++) {
          insert.setObject(i, rows.getObject(i));
        }
        insert.executeUpdate();
      }
    }
  }
}
