package io.bizcenter.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.benchmarks.jdbc.CountingDataSource;
import io.bizcenter.benchmarks.jdbc.Databases;
import io.bizcenter.core.Storage;
import javax.sql.DataSource;

/**
 * A new, empty storage of one kind for a benchmark: {@code MEMORY} ({@code InMemoryStorage}), {@code H2} or
 * {@code POSTGRESQL} ({@code JdbcStorage} on a new migrated database). Counted, every SQL statement goes through a
 * {@link CountingDataSource}; timed runs are never counted.
 */
public final class Stores implements AutoCloseable {
  public static final String MEMORY = "MEMORY";

  private final Storage storage;
  private final HikariDataSource pool;
  private final CountingDataSource counting;

  private Stores(Storage storage, HikariDataSource pool, CountingDataSource counting) {
    this.storage = storage;
    this.pool = pool;
    this.counting = counting;
  }

  public static Stores fresh(String kind, String purpose) {
    return fresh(kind, purpose, false);
  }

  public static Stores fresh(String kind, String purpose, boolean counted) {
    if (kind.equals(MEMORY)) {
      return new Stores(new InMemoryStorage(), null, null);
    }
    HikariDataSource pool = Databases.fresh(Databases.Kind.valueOf(kind), purpose, 10);
    CountingDataSource counting = counted ? new CountingDataSource(pool) : null;
    DataSource used = counted ? counting : pool;
    JdbcStorage storage = JdbcStorage.on(used);
    storage.migrate();
    return new Stores(storage, pool, counting);
  }

  public Storage storage() {
    return storage;
  }

  /** The database of a JDBC store, uncounted (null in memory): for filling it with rows the library wrote. */
  public DataSource dataSource() {
    return pool;
  }

  /** The counter of a counted database (null otherwise). */
  public CountingDataSource counting() {
    return counting;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
