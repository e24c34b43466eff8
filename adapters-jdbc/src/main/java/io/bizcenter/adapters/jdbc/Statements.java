package io.bizcenter.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Prepared statements only: every value is a parameter, never text in the SQL. Instants go in and come out as the
 * dialect keeps them (see {@link Dialect#bind}); enums as their names. Everything opened is closed before returning.
 */
final class Statements {
  private final Dialect dialect;

  Statements(Dialect dialect) {
    this.dialect = dialect;
  }

  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      return s.executeUpdate();
    }
  }

  <T> List<T> query(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      try (ResultSet rs = s.executeQuery()) {
        List<T> all = new ArrayList<>();
        while (rs.next()) {
          all.add(row.read(rs));
        }
        return all;
      }
    }
  }

  /** Sends writes of one statement text: one execution, or one JDBC batch of their rows. */
  void batch(Connection c, List<Write> sameStatement) throws SQLException {
    if (sameStatement.size() == 1) {
      update(c, sameStatement.get(0).sql(), sameStatement.get(0).parameters());
      return;
    }
    try (PreparedStatement s = c.prepareStatement(sameStatement.get(0).sql())) {
      for (Write w : sameStatement) {
        bind(s, w.parameters());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Sends several writes in order in one prepared statement, one round trip: for dialects that take several statements
   * at once ({@link Dialect#severalStatementsAtOnce}). A failure names nothing of which write failed; the caller's unit of
   * work is rolled back.
   */
  void several(Connection c, List<Write> writes) throws SQLException {
    StringBuilder sql = new StringBuilder();
    int count = 0;
    for (Write w : writes) {
      sql.append(sql.length() == 0 ? "" : ";\n").append(w.sql());
      count += w.parameters().length;
    }
    Object[] all = new Object[count];
    int at = 0;
    for (Write w : writes) {
      System.arraycopy(w.parameters(), 0, all, at, w.parameters().length);
      at += w.parameters().length;
    }
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      bind(s, all);
      s.execute();
    }
  }

  /**
   * One write a unit of work sends with the others at its end ({@link JdbcTransactions#send}), and the failure a unique
   * violation of its {@code table} stands for: most often a lost race, answered as a version conflict.
   */
  record Write(String table, String sql, Object[] parameters, Function<SQLException, RuntimeException> duplicate) {}

  Instant instant(ResultSet row, String column) throws SQLException {
    return dialect.instant(row, column);
  }

  private void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      // typed setters where the type is known: H2's setObject works out each value's type again (docs/benchmarks.md)
      if (p instanceof String text) {
        s.setString(i + 1, text);
      } else if (p instanceof Long number) {
        s.setLong(i + 1, number);
      } else if (p instanceof Integer number) {
        s.setInt(i + 1, number);
      } else if (p instanceof Instant at) {
        dialect.bind(s, i + 1, at);
      } else if (p instanceof Enum<?> e) {
        s.setString(i + 1, e.name());
      } else {
        s.setObject(i + 1, p);
      }
    }
  }
}
