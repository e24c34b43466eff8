package io.bizcenter.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The databases the adapter speaks: where their migrations live, and what they spell differently (the lock row, the
 * first rows of a query, the time now, instants).
 */
public enum Dialect {
  H2("h2", "MERGE INTO bc_lock (center_id, resource) KEY (center_id, resource) VALUES (?, ?)", "FETCH FIRST ? ROWS ONLY",
      "CURRENT_TIMESTAMP", false),
  POSTGRESQL("postgresql", "INSERT INTO bc_lock (center_id, resource) VALUES (?, ?) ON CONFLICT DO NOTHING",
      "FETCH FIRST ? ROWS ONLY", "CURRENT_TIMESTAMP", false),
  /**
   * MariaDB 10.11 and newer, and MySQL 8.0 and newer: one spelling serves both. The lock row is not an
   * {@code INSERT IGNORE}, which would also turn a too long resource into a warning and a truncated, shared lock row;
   * MySQL has no {@code FETCH FIRST}; the time now is UTC, as the DATETIME columns hold it.
   */
  MARIADB("mariadb", "INSERT INTO bc_lock (center_id, resource) VALUES (?, ?) ON DUPLICATE KEY UPDATE resource = resource",
      "LIMIT ?", "UTC_TIMESTAMP(6)", true);

  private final String folder;
  private final String lockRow;
  private final String firstRows;
  private final String now;
  /** Whether instants are kept as UTC date-times without a zone (see {@link #bind}). */
  private final boolean utcDateTimes;

  Dialect(String folder, String lockRow, String firstRows, String now, boolean utcDateTimes) {
    this.folder = folder;
    this.lockRow = lockRow;
    this.firstRows = firstRows;
    this.now = now;
    this.utcDateTimes = utcDateTimes;
  }

  /** Makes sure a lock row exists, without failing when another transaction made it first. */
  String lockRow() {
    return lockRow;
  }

  /**
   * Whether a command's writes go in one prepared statement holding several, one round trip: on PostgreSQL. H2 takes
   * them too but parses such a text at every prepare (twice the time of the same statements sent one by one, in process,
   * where a call is no round trip); MariaDB's and MySQL's drivers take them only with {@code allowMultiQueries} in the
   * vendor's URL. Those send them one by one, the rows of one statement as one JDBC batch.
   */
  boolean severalStatementsAtOnce() {
    return this == POSTGRESQL;
  }

  /**
   * Whether a new case is inserted only if its id is free, in the insert itself ({@code INSERT ... SELECT ... WHERE NOT
   * EXISTS}); MariaDB and MySQL read the stored version first, as every dialect did before.
   */
  boolean insertsOnlyIfNew() {
    return this != MARIADB;
  }

  /** The clause that keeps the first {@code ?} rows of an ordered query. */
  String firstRows() {
    return firstRows;
  }

  /** The database's time now, as the type the dialect keeps instants in. */
  String now() {
    return now;
  }

  /**
   * Binds an instant. H2 and PostgreSQL keep a timestamp with time zone; MariaDB and MySQL have none, so their
   * DATETIME(6) columns hold UTC, bound as a local date-time the drivers pass on unconverted (an OffsetDateTime they
   * would move to the JVM's zone, where two instants of a DST change share one local time).
   */
  void bind(PreparedStatement s, int index, Instant at) throws SQLException {
    if (utcDateTimes) {
      s.setObject(index, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    } else {
      s.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
  }

  /** Reads an instant bound by {@link #bind}; null stays null. */
  Instant instant(ResultSet row, String column) throws SQLException {
    if (utcDateTimes) {
      LocalDateTime at = row.getObject(column, LocalDateTime.class);
      return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
    OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  /** Where this dialect's versioned scripts are, for the adapter's own migration or a vendor's Flyway. */
  public String migrations() {
    return "classpath:io/bizcenter/adapters/jdbc/migration/" + folder;
  }

  /**
   * The dialect of the database behind {@code connection}. MySQL's Connector/J names a MariaDB server "MySQL", and
   * MariaDB's names either "MariaDB" or, when asked to pass for MySQL, "MySQL": both are the one MARIADB dialect.
   */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("mariadb") || product.contains("mysql")) {
      return MARIADB;
    }
    throw new IllegalArgumentException("unsupported database: " + product
        + " (H2 2.x, PostgreSQL 14+, MariaDB 10.11+ and MySQL 8.0+ are)");
  }
}
