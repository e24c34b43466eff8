package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.privacy.Pruning;
import io.bizcenter.core.privacy.Retention;
import io.bizcenter.testkit.ManualClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;

/**
 * How many bytes the store keeps per accepted command, table by table, as the database itself counts them (PostgreSQL:
 * {@code pg_column_size} of each row; H2: {@code DISK_SPACE_USED} of each table), after a full day of every procedure
 * and again after the retention policy ran past the idempotency and notice windows (docs/reliability.md, storage growth).
 * H2's figures are the rows' own bytes (see {@link #octets}), PostgreSQL's include each row's header.
 */
@DisplayName("Storage growth per command, before and after retention")
class StorageGrowthTest {
  private static Map<String, Long> sizes(DataSource database, Dialect dialect) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      // every table of the adapter, as the schema lists them (Databases.tables), so a new one is measured too
      for (String table : Databases.tables(c)) {
        String sql = dialect == Dialect.POSTGRESQL
            ? "SELECT COALESCE(SUM(pg_column_size(t.*)), 0) FROM " + table + " t"
            : "SELECT COALESCE(SUM(" + octets(c, table) + "), 0) FROM " + table;
        try (ResultSet row = s.executeQuery(sql)) {
          row.next();
          sizes.put(table, row.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return sizes;
  }

  /**
   * H2 has no size of a row, and its DISK_SPACE_USED counts whole pages of a copy-on-write file, which grow on every
   * update: the row's bytes are summed instead, each column as the text H2 would show (UTF-8 octets).
   */
  private static String octets(Connection c, String table) throws SQLException {
    StringBuilder sum = new StringBuilder();
    try (Statement s = c.createStatement(); ResultSet none = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
        sum.append(i == 1 ? "" : " + ").append("COALESCE(OCTET_LENGTH(CAST(").append(none.getMetaData().getColumnName(i))
            .append(" AS VARCHAR)), 0)");
      }
    }
    return sum.toString();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Dialect.class, names = {"H2", "POSTGRESQL"})
  @DisplayName("GS-6 receipts past the idempotency window and delivered notices past theirs stop costing their documents")
  void bytesPerCommand(Dialect dialect) {
    DataSource database = Databases.empty(dialect);
    JdbcStorage storage = JdbcStorage.on(database);
    CommandScopedIds ids = new CommandScopedIds();
    ManualClock clock = new ManualClock(EveryProcedure.START);
    BusinessCenter center = EveryProcedure.center(ids.around(storage), clock, ids, notice -> { });
    AtomicInteger commands = new AtomicInteger();
    EveryProcedure.play(center, clock, new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        ids.sending(command.commandId().value());
        commands.incrementAndGet();
        return AuthorisationFromDeclarationsTest.accepted(desk.handle(command, actor), command);
      }
    });
    ids.sending("relay");
    center.notices().deliverPending(10_000);
    Map<String, Long> before = sizes(database, dialect);

    clock.advance(Retention.DEFAULT_DELIVERED_NOTICES.plus(Duration.ofDays(1)));
    ids.sending("retention");
    Pruning pruning = center.personalData().applyRetention(EveryProcedure.CENTER).get();
    Map<String, Long> after = sizes(database, dialect);

    int n = commands.get();
    StringBuilder table = new StringBuilder();
    long totalBefore = 0;
    long totalAfter = 0;
    for (String t : before.keySet()) {
      totalBefore += before.get(t);
      totalAfter += after.get(t);
      if (before.get(t) > 0) {
        table.append(String.format("%n  %-18s %8d -> %8d bytes, %6.0f -> %6.0f per command", t, before.get(t), after.get(t),
            before.get(t) / (double) n, after.get(t) / (double) n));
      }
    }
    System.out.printf("[growth] %s, %d commands, %d receipts pruned, %d notices removed:%s%n  %-18s %8d -> %8d bytes, %6.0f -> %6.0f per command%n",
        dialect, n, pruning.receiptsPruned(), pruning.noticesRemoved(), table, "all tables", totalBefore, totalAfter, totalBefore / (double) n,
        totalAfter / (double) n);
    assertTrue(pruning.receiptsPruned() >= n, "every command's receipt, past the window: " + pruning.receiptsPruned());
    assertTrue(after.get("bc_receipt") * 2 < before.get("bc_receipt"), "tombstones cost less than half of the receipts they were");
    assertTrue(after.get("bc_notice") < before.get("bc_notice"), "delivered notices removed");
  }
}
