package io.bizcenter.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the adapter speaks: where their migrations live, and the one statement they spell differently. */
public enum Dialect {
  H2("h2", "MERGE INTO bc_lock (center_id, resource) KEY (center_id, resource) VALUES (?, ?)"),
  POSTGRESQL("postgresql", "INSERT INTO bc_lock (center_id, resource) VALUES (?, ?) ON CONFLICT DO NOTHING");

  private final String folder;
  private final String lockRow;

  Dialect(String folder, String lockRow) {
    this.folder = folder;
    this.lockRow = lockRow;
  }

  /** Makes sure a lock row exists, without failing when another transaction made it first. */
  String lockRow() {
    return lockRow;
  }

  /** Where this dialect's versioned scripts are, for the adapter's own migration or a vendor's Flyway. */
  public String migrations() {
    return "classpath:io/bizcenter/adapters/jdbc/migration/" + folder;
  }

  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported database: " + product + " (H2 2.x and PostgreSQL 14+ are)");
  }
}
