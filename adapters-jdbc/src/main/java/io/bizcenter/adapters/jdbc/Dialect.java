package io.bizcenter.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the adapter speaks: where their migrations live. Their SQL is otherwise the same. */
public enum Dialect {
  H2("h2"),
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
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
