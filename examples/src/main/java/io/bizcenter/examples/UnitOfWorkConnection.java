package io.bizcenter.examples;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.Transactions;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Tells a vendor's own JDBC store which connection the library's current unit of work runs on, so that its writes
 * commit or roll back with everything else the command wrote.
 *
 * <p>{@code JdbcStorage} runs each unit of work on one connection, taken from its {@link DataSource} when the unit
 * begins and used by every store of the adapter until it ends. Hand the adapter {@link #dataSource()} (a thin wrapper of
 * the vendor's pool) and the core {@link #around(Transactions) around(adapter.transactions())}: when a unit of work
 * begins, the wrapper notes the connection the adapter takes, and {@link #use} gives the vendor's store that same
 * connection until the unit ends. Outside a unit of work (a screen reading a list), {@code use} takes a short connection
 * of its own, in auto-commit.
 *
 * <p>Should the adapter ever begin a unit of work without taking a connection, the unit fails at once rather than
 * letting the vendor's writes commit on their own: a store outside the transaction is worse than no store.
 */
final class UnitOfWorkConnection {
  /** Work on a connection, as a store does it. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  private final DataSource pool;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  private final ThreadLocal<Boolean> beginning = ThreadLocal.withInitial(() -> false);

  UnitOfWorkConnection(DataSource pool) {
    this.pool = pool;
  }

  /** The pool as the adapter should see it: the connection it takes when a unit of work begins is noted. */
  DataSource dataSource() {
    return new Noting();
  }

  /** The adapter's transactions, each unit of work marked so that its connection is noted. */
  Transactions around(Transactions adapter) {
    return new Transactions() {
      @Override
      public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
        if (current.get() != null) {
          // a unit of work inside another runs on the same connection, to a savepoint of the adapter's
          return adapter.inTransaction(work);
        }
        beginning.set(true);
        try {
          return adapter.inTransaction(() -> {
            if (current.get() == null) {
              throw new IllegalStateException("the adapter began a unit of work without taking a connection: the vendor's store cannot join it");
            }
            return work.get();
          });
        } finally {
          beginning.remove();
          current.remove();
        }
      }

      @Override
      public void exclusive(CenterId center, String resource) {
        adapter.exclusive(center, resource);
      }
    };
  }

  /** Runs {@code work} on the current unit of work's connection, or on a short connection of its own outside one. */
  <T> T use(Work<T> work) {
    try {
      Connection unit = current.get();
      if (unit != null) {
        return work.on(unit);
      }
      try (Connection own = pool.getConnection()) {
        own.setAutoCommit(true);
        return work.on(own);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the vendor's store failed", e);
    }
  }

  /** Whether a unit of work runs on this thread now (the vendor's store writes only inside one). */
  boolean inUnitOfWork() {
    return current.get() != null;
  }

  /** The vendor's pool, noting the connection taken when a unit of work begins; everything else is the pool's. */
  private final class Noting implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return noted(pool.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return noted(pool.getConnection(user, password));
    }

    private Connection noted(Connection connection) {
      if (beginning.get()) {
        beginning.set(false);
        current.set(connection);
      }
      return connection;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return pool.isWrapperFor(type);
    }
  }
}
