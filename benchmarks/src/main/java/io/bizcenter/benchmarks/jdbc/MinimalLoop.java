package io.bizcenter.benchmarks.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Issue 22's reference loop, independent of the library: a small row inserted, then updated eight times over its
 * version (optimistic), each in its own transaction with its commit, on H2 in memory: nine transitions per row, one
 * statement and one commit each. Measured twice: on one connection held throughout with its statements prepared once
 * (as such a loop is usually written), and taking a pooled connection and preparing per transition (as a desk does).
 */
public final class MinimalLoop {
  /** Transitions per second both ways. */
  public record Measured(double heldConnection, double pooledPerTransition) {}

  private static final String INSERT = "INSERT INTO loop_row (id, version, state, note) VALUES (?, 1, 'S0', ?)";
  private static final String UPDATE = "UPDATE loop_row SET version = ?, state = ?, note = ? WHERE id = ? AND version = ?";

  private MinimalLoop() {}

  public static Measured measure(long warmMillis, long timedMillis) {
    try (HikariDataSource pool = Databases.fresh(Databases.Kind.H2, "minimal_loop", 2)) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE loop_row (id VARCHAR(64) PRIMARY KEY, version BIGINT NOT NULL, state VARCHAR(32) NOT NULL, note VARCHAR(200))");
      }
      long[] next = {0};
      held(pool, next, warmMillis);
      double held = held(pool, next, timedMillis);
      pooled(pool, next, warmMillis);
      double pooled = pooled(pool, next, timedMillis);
      return new Measured(held, pooled);
    } catch (SQLException e) {
      throw new IllegalStateException("the minimal loop failed", e);
    }
  }

  private static double held(HikariDataSource pool, long[] next, long millis) throws SQLException {
    try (Connection c = pool.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT);
        PreparedStatement update = c.prepareStatement(UPDATE)) {
      c.setAutoCommit(false);
      long transitions = 0;
      long start = System.nanoTime();
      long end = start + millis * 1_000_000;
      do {
        String id = "row-" + next[0]++;
        insert.setString(1, id);
        insert.setString(2, "opened");
        insert.executeUpdate();
        c.commit();
        for (int version = 1; version <= 8; version++) {
          bindUpdate(update, id, version);
          if (update.executeUpdate() != 1) {
            throw new IllegalStateException("version conflict on " + id);
          }
          c.commit();
        }
        transitions += 9;
      } while (System.nanoTime() < end);
      c.setAutoCommit(true);
      return transitions / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static double pooled(HikariDataSource pool, long[] next, long millis) throws SQLException {
    long transitions = 0;
    long start = System.nanoTime();
    long end = start + millis * 1_000_000;
    do {
      String id = "row-" + next[0]++;
      try (Connection c = pool.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
        c.setAutoCommit(false);
        insert.setString(1, id);
        insert.setString(2, "opened");
        insert.executeUpdate();
        c.commit();
      }
      for (int version = 1; version <= 8; version++) {
        try (Connection c = pool.getConnection(); PreparedStatement update = c.prepareStatement(UPDATE)) {
          c.setAutoCommit(false);
          bindUpdate(update, id, version);
          if (update.executeUpdate() != 1) {
            throw new IllegalStateException("version conflict on " + id);
          }
          c.commit();
        }
      }
      transitions += 9;
    } while (System.nanoTime() < end);
    return transitions / ((System.nanoTime() - start) / 1e9);
  }

  private static void bindUpdate(PreparedStatement update, String id, int version) throws SQLException {
    update.setLong(1, version + 1);
    update.setString(2, "S" + version);
    update.setString(3, "step " + version);
    update.setString(4, id);
    update.setLong(5, version);
  }
}
