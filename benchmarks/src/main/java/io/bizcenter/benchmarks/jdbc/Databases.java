package io.bizcenter.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases benchmarks run on: a new in-memory H2 database, or a new database on the embedded PostgreSQL or the
 * MariaDB that the suite started once (their ports in {@value #PORT} and {@value #MARIADB_PORT}); a benchmark started on
 * its own starts one itself. Each comes behind its own HikariCP pool, as a vendor would have it.
 */
public final class Databases {
  /** The system property that carries the suite's PostgreSQL port to the benchmark JVMs. */
  public static final String PORT = "bench.postgres.port";
  /** The system property that carries the port of the suite's PostgreSQL with fsync and synchronous_commit on. */
  public static final String DURABLE_PORT = "bench.postgres.durable.port";
  /** The system property that carries the suite's MariaDB port to the benchmark JVMs. */
  public static final String MARIADB_PORT = "bench.mariadb.port";

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static EmbeddedPostgres ownServer;
  private static EmbeddedPostgres ownDurableServer;
  private static MariaDb ownMariaDb;

  /**
   * {@code POSTGRESQL} runs with fsync and synchronous_commit off, as the library's tests do; {@code POSTGRESQL_DURABLE}
   * is a second server with both on (and full_page_writes), as a production database runs: a commit waits for the disk.
   */
  public enum Kind { H2, POSTGRESQL, POSTGRESQL_DURABLE, MARIADB }

  private Databases() {}

  /** A new, empty database of this kind, pooled; {@code purpose} names it, for a reader of the server's list. */
  public static HikariDataSource fresh(Kind kind, String purpose, int poolSize) {
    String name = "bench_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
        + NAMES.incrementAndGet();
    HikariConfig pool = new HikariConfig();
    pool.setMaximumPoolSize(poolSize);
    pool.setPoolName(name);
    switch (kind) {
      case H2 -> pool.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
      case POSTGRESQL, POSTGRESQL_DURABLE -> {
        int port = kind == Kind.POSTGRESQL ? postgresPort() : durablePostgresPort();
        try (Connection c = java.sql.DriverManager.getConnection(url(port, "postgres"), "postgres", "postgres");
             Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
          throw new IllegalStateException("cannot create database " + name, e);
        }
        pool.setJdbcUrl(url(port, name));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
      }
      case MARIADB -> {
        int port = mariadbPort();
        try (Connection c = java.sql.DriverManager.getConnection(MariaDb.url(port, "")); Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
          throw new IllegalStateException("cannot create database " + name, e);
        }
        pool.setJdbcUrl(MariaDb.url(port, name));
        // as docs/reliability.md asks of a vendor on MariaDB: the library would set it itself, but Flowable and the raw
        // desk would run under the server's REPEATABLE READ, whose gap locks deadlock Flowable's inserts at 8 clients
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
      }
    }
    return new HikariDataSource(pool);
  }

  /** The suite's PostgreSQL, or one started for this JVM when there is none. */
  public static synchronized int postgresPort() {
    String port = System.getProperty(PORT);
    if (port != null) {
      return Integer.parseInt(port);
    }
    if (ownServer == null) {
      ownServer = start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          ownServer.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    }
    return ownServer.getPort();
  }

  /** The suite's PostgreSQL with fsync on, or one started for this JVM when there is none (the suite's own JVM included). */
  public static synchronized int durablePostgresPort() {
    String port = System.getProperty(DURABLE_PORT);
    if (port != null) {
      return Integer.parseInt(port);
    }
    if (ownDurableServer == null) {
      ownDurableServer = startDurable();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          ownDurableServer.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    }
    return ownDurableServer.getPort();
  }

  /** Another pool of {@code poolSize} on the database {@code pool} reaches: a second node of the same deployment. */
  public static HikariDataSource another(HikariDataSource pool, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(poolSize);
    config.setJdbcUrl(pool.getJdbcUrl());
    config.setUsername(pool.getUsername());
    config.setPassword(pool.getPassword());
    config.setTransactionIsolation(pool.getTransactionIsolation());
    return new HikariDataSource(config);
  }

  /** The suite's MariaDB, or one started for this JVM when there is none. */
  public static synchronized int mariadbPort() {
    String port = System.getProperty(MARIADB_PORT);
    if (port != null) {
      return Integer.parseInt(port);
    }
    if (ownMariaDb == null) {
      ownMariaDb = MariaDb.start();
      Runtime.getRuntime().addShutdownHook(new Thread(ownMariaDb::close));
    }
    return ownMariaDb.port();
  }

  /** A MariaDB server for the suite, closed by the caller. */
  public static AutoCloseable startMariaDb() {
    MariaDb server = MariaDb.start();
    System.setProperty(MARIADB_PORT, String.valueOf(server.port()));
    return server;
  }

  /** Embedded PostgreSQL with the library's test settings, fsync and synchronous_commit off (Maven Central's binaries, no install). */
  public static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  /** Embedded PostgreSQL as a production server runs: every commit flushed to disk before it returns. */
  public static EmbeddedPostgres startDurable() {
    try {
      return EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on").start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL (fsync on) did not start", e);
    }
  }

  private static String url(int port, String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }
}
