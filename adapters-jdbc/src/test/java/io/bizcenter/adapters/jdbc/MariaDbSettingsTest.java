package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static io.bizcenter.adapters.jdbc.Fixtures.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the adapter needs of a MariaDB server and sees to itself, on a server left at its own defaults: the redo log
 * written at each commit (a server that does not is refused), units of work under READ COMMITTED although the server
 * defaults to REPEATABLE READ, and ids compared byte for byte although the server's own collation ignores case.
 */
class MariaDbSettingsTest {
  @Test
  void aServerThatWritesItsRedoLogOnlyOnceASecondIsRefused() throws SQLException {
    DataSource database = Databases.emptyMariaDbDataSource();
    try {
      global(database, "SET GLOBAL innodb_flush_log_at_trx_commit = 0");
      StorageFailure refused = assertThrows(StorageFailure.class, () -> JdbcStorage.on(database));
      assertTrue(refused.getMessage().contains("innodb_flush_log_at_trx_commit = 0"), refused.getMessage());
      // written at each commit, flushed once a second: a crash of the server loses nothing, so it is taken
      global(database, "SET GLOBAL innodb_flush_log_at_trx_commit = 2");
      assertEquals(Dialect.MARIADB, JdbcStorage.on(database).dialect());
    } finally {
      global(database, "SET GLOBAL innodb_flush_log_at_trx_commit = 1");
    }
    assertEquals(Dialect.MARIADB, JdbcStorage.on(database).dialect());
  }

  @Test
  void aUnitOfWorkRunsUnderReadCommittedOnAServerThatDefaultsToRepeatableRead() throws SQLException {
    DataSource database = Databases.emptyMariaDbDataSource();
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT @@GLOBAL.tx_isolation")) {
      row.next();
      assertEquals("REPEATABLE-READ", row.getString(1), "the server's default, which the adapter must not rely on");
    }
    JdbcStorage storage = JdbcStorage.on(database);
    JdbcTransactions transactions = (JdbcTransactions) storage.transactions();
    Either<Rejection, String> seen = transactions.inTransaction(() -> Either.right(transactions.use(c -> {
      try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT @@SESSION.tx_isolation")) {
        row.next();
        return row.getString(1);
      }
    })));
    assertEquals(Either.right("READ-COMMITTED"), seen);
  }

  /**
   * The server's default collation (latin1_swedish_ci, or utf8mb4_general_ci) would take "ui-A" and "ui-a" for one id,
   * and every character beyond the Basic Multilingual Plane for every other: the tables' utf8mb4_bin keeps them apart.
   */
  @Test
  void idsThatDifferOnlyInCaseOrInAnAstralCharacterAreDifferentCommands() {
    BusinessCenter center = Fixtures.center(Databases.emptyMariaDb(), new SequentialIds("C"));
    List<Complaint> opened = List.of("ui-A", "ui-a", "ui-𠀀", "ui-𠀁").stream()
        .map(id -> accepted(center.complaints().handle(new RecordPhoneComplaint(CommandId.of(id), CENTER,
            Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "空调不制冷 " + id), OPERATIONS)))
        .toList();
    assertEquals(4, opened.stream().map(Complaint::id).distinct().count(), "four commands, four cases: " + opened);
    assertNotEquals(opened.get(2).id(), opened.get(3).id());
  }

  private static void global(DataSource database, String sql) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
