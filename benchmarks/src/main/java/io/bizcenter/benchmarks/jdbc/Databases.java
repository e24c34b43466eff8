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
 * The databases benchmarks run on: a new in-memory H2 database, or a new database on the embedded PostgreSQL that the
 * suite started once (its port in {@value #PORT}); a benchmark started on its own starts one itself. Each comes behind
 * its own HikariCP pool, as a vendor would have it.
 */
public final class Databases {
  /** The system property that carries the suite's PostgreSQL port to the benchmark JVMs. */
  public static final String PORT = "bench.postgres.port";

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static EmbeddedPostgres ownServer;

  public enum Kind { H2, POSTGRESQL }

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
      case POSTGRESQL -> {
        int port = postgresPort();
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

  /** Embedded PostgreSQL with the library's test settings (Maven Central's binaries, no install). */
  public static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  private static String url(int port, String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }
}
