package io.bizcenter.benchmarks.scale;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Copies, on H2 or PostgreSQL, every row the library wrote for copy 0 of a fill ({@link Marks}) as copies 1 to n - 1:
 * each row of a {@code bc_} table whose names (case, command, notice, lock) carry the first mark is inserted again once
 * per copy, every text column
 * with the mark replaced by the copy's (ids, rooms, tenants, locks held, documents, events, receipts' answers), every
 * other column as the library wrote it, identity columns (opening and audit order) drawn by the database. One
 * {@code INSERT ... SELECT} per table over a generated series: 100,000 cases in seconds, where commands would take
 * minutes. The tables and columns are read from the database, so a column a later schema adds is copied too.
 */
final class CopiedRows {
  private static final Set<Integer> TEXT = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR,
      Types.LONGNVARCHAR, Types.NCLOB);
  /** The columns that can name a case, a command, a notice or a lock: a row of copy 0 names its mark in one of them. */
  private static final Set<Integer> NAMES = Set.of(Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR);

  private CopiedRows() {}

  /** Answers how many rows were inserted, all tables together. */
  static long copy(DataSource dataSource, boolean postgres, int copies) {
    if (copies < 2) {
      return 0;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long inserted = 0;
      List<String> copied = new ArrayList<>();
      for (Table table : tables(c.getMetaData())) {
        String sql = insert(table, postgres);
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setInt(1, copies - 1);
          int rows = s.executeUpdate();
          inserted += rows;
          if (rows > 0) {
            copied.add(table.name());
          }
        }
      }
      c.commit();
      if (postgres) {
        // as autovacuum would after such a load: the planner's statistics see the copies
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          for (String table : copied) {
            s.execute("ANALYZE " + table);
          }
        }
      }
      return inserted;
    } catch (SQLException e) {
      throw new IllegalStateException("copying the fill's rows failed", e);
    }
  }

  record Column(String name, boolean text, boolean naming, boolean generated) {}

  record Table(String name, List<Column> columns) {}

  private static List<Table> tables(DatabaseMetaData meta) throws SQLException {
    List<Table> tables = new ArrayList<>();
    try (ResultSet t = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (t.next()) {
        String schema = t.getString("TABLE_SCHEM");
        String name = t.getString("TABLE_NAME");
        if (name.toLowerCase(Locale.ROOT).startsWith("bc_") && !schema.equalsIgnoreCase("information_schema")) {
          tables.add(new Table(name, columns(meta, schema, name)));
        }
      }
    }
    return tables;
  }

  private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (ResultSet r = meta.getColumns(null, schema, table, "%")) {
      while (r.next()) {
        boolean generated = "YES".equals(r.getString("IS_AUTOINCREMENT")) || "YES".equals(r.getString("IS_GENERATEDCOLUMN"));
        int type = r.getInt("DATA_TYPE");
        columns.add(new Column(r.getString("COLUMN_NAME"), TEXT.contains(type), NAMES.contains(type), generated));
      }
    }
    return columns;
  }

  private static String insert(Table table, boolean postgres) {
    String mark = "'fill' || CAST(g.k AS VARCHAR(12)) || 'x'";
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<String> marked = new ArrayList<>();
    for (Column column : table.columns()) {
      String name = quoted(column.name());
      if (column.naming()) {
        marked.add(name + " LIKE '%" + Marks.FIRST + "%'");
      }
      if (!column.generated()) {
        names.add(name);
        values.add(column.text() ? "REPLACE(t." + name + ", '" + Marks.FIRST + "', " + mark + ")" : "t." + name);
      }
    }
    String series = postgres ? "generate_series(1, ?) AS g(k)" : "(SELECT X AS k FROM SYSTEM_RANGE(1, ?)) g";
    return "INSERT INTO " + quoted(table.name()) + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", values)
        + " FROM (SELECT * FROM " + quoted(table.name()) + " WHERE " + (marked.isEmpty() ? "FALSE" : String.join(" OR ", marked)) + ") t"
        + " CROSS JOIN " + series + " ORDER BY g.k";
  }

  private static String quoted(String name) {
    return '"' + name + '"';
  }
}
