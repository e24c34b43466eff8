package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A host without a framework: its own transaction on a connection it holds, handed to the adapter through
 * {@link HostTransactions}. The command commits with the host's write, rolls back with it, and a rejection takes back
 * only the command's writes; the adapter never commits or closes the host's connection.
 */
class HostTransactionsTest {
  /** The host's connection while its transaction runs on this thread. */
  private final ThreadLocal<Connection> hosts = new ThreadLocal<>();

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aCommandCommitsAndRollsBackWithTheHostsTransaction(Dialect dialect) throws SQLException {
    DataSource database = Databases.empty(dialect);
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS host_visit (visitor VARCHAR(100) NOT NULL)");
    }
    BusinessCenter center = Fixtures.center(JdbcStorage.on(database, () -> Optional.ofNullable(hosts.get())),
        new SequentialIds("H-" + System.nanoTime()));

    Either<Rejection, Complaint> committed = inHostTransaction(database, center, "v-commit", Fixtures.phoneComplaint(), true);
    Either<Rejection, Complaint> rolledBack = inHostTransaction(database, center, "v-rollback", Fixtures.phoneComplaint(), false);
    Either<Rejection, Complaint> rejected = inHostTransaction(database, center, "v-rejected",
        new RecordPhoneComplaint(Fixtures.commandId(), CENTER, Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), ""),
        true);

    assertTrue(center.complaints().find(OPERATIONS, CENTER, committed.get().id()).isRight());
    assertEquals(1, visits(database, "v-commit"));
    assertTrue(center.complaints().find(OPERATIONS, CENTER, rolledBack.get().id()).isLeft(), "rolled back with the host");
    assertEquals(0, visits(database, "v-rollback"));
    assertTrue(rejected.isLeft());
    assertEquals(1, visits(database, "v-rejected"), "a rejection rolls back to its savepoint only");
  }

  private Either<Rejection, Complaint> inHostTransaction(DataSource database, BusinessCenter center, String visitor,
      RecordPhoneComplaint command, boolean commit) throws SQLException {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      hosts.set(c);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO host_visit (visitor) VALUES ('" + visitor + "')");
      }
      Either<Rejection, Complaint> answer = center.complaints().handle(command, OPERATIONS);
      assertFalse(c.isClosed(), "the host closes its connection, not the adapter");
      if (commit) {
        c.commit();
      } else {
        c.rollback();
      }
      return answer;
    } finally {
      hosts.remove();
    }
  }

  private static int visits(DataSource database, String visitor) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        var row = s.executeQuery("SELECT COUNT(*) FROM host_visit WHERE visitor = '" + visitor + "'")) {
      row.next();
      return row.getInt(1);
    }
  }
}
