package io.bizcenter.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Every column of every row of every table of the database's own schema, as text: what someone reading the database
 * directly (a backup, a dump, a DBA) would see. Tables are found in the database's catalogue, not from a list of ours.
 */
final class RawText {
  private RawText() {}

  static String of(DataSource database) {
    StringBuilder text = new StringBuilder();
    try (Connection c = database.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet t = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (t.next()) {
          // H2 and PostgreSQL name the schema; MariaDB has none and names its database as the catalogue
          String schema = t.getString("TABLE_SCHEM");
          String catalog = t.getString("TABLE_CAT");
          boolean ours = schema != null
              ? c.getSchema() != null && schema.toLowerCase(Locale.ROOT).equals(c.getSchema().toLowerCase(Locale.ROOT))
              : catalog != null && catalog.equalsIgnoreCase(c.getCatalog());
          if (ours) {
            tables.add(t.getString("TABLE_NAME"));
          }
        }
      }
      if (tables.stream().noneMatch(t -> t.equalsIgnoreCase("bc_receipt"))) {
        throw new IllegalStateException("the catalogue shows none of our tables: " + tables);
      }
      String quote = c.getMetaData().getIdentifierQuoteString();
      try (Statement s = c.createStatement()) {
        for (String table : tables) {
          try (ResultSet row = s.executeQuery("SELECT * FROM " + quote + table + quote)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
              text.append(table).append(':');
              for (int i = 1; i <= columns; i++) {
                text.append(row.getString(i)).append('\u0001');
              }
              text.append('\n');
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }
}
