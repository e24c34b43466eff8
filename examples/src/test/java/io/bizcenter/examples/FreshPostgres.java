package io.bizcenter.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new, migrated PostgreSQL database for every run of a check, on one embedded server started for the test JVM from
 * Maven Central's binaries (nothing installed). The previous run's pool is closed and its database dropped.
 */
final class FreshPostgres {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static HikariDataSource current;
  private static String currentName;

  private FreshPostgres() {}

  /** An empty, migrated store on a database of its own. */
  static synchronized JdbcStorage storage() {
    try {
      if (server == null) {
        server = EmbeddedPostgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(FreshPostgres::stop));
      }
      dropCurrent();
      currentName = "harbour_" + NAMES.incrementAndGet();
      execute("CREATE DATABASE " + currentName);
      HikariConfig pool = new HikariConfig();
      pool.setDataSource(server.getDatabase("postgres", currentName));
      pool.setMaximumPoolSize(4);
      pool.setPoolName(currentName);
      current = new HikariDataSource(pool);
      JdbcStorage storage = JdbcStorage.on(current);
      storage.migrate();
      return storage;
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  private static void dropCurrent() {
    if (current != null) {
      current.close();
      execute("DROP DATABASE IF EXISTS " + currentName);
      current = null;
    }
  }

  private static synchronized void stop() {
    try {
      dropCurrent();
      server.close();
    } catch (IOException | RuntimeException e) {
      // the JVM is going away: nothing to do about a server that will not stop
    }
  }

  private static void execute(String sql) {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
