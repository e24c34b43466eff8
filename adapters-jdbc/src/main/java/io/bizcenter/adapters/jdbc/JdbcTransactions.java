package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.Transactions;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One JDBC transaction per unit of work, on one connection that every store of the adapter uses while the work
 * runs on this thread. A rejection rolls back, an exception rolls back and is rethrown; a unit of work inside
 * another runs to a savepoint. A unique violation (another node won a race) answers a version conflict, so the
 * command path decides again on fresh state. Outside a unit of work, each call takes its own short connection.
 */
final class JdbcTransactions implements Transactions {
  private static final String HOLD_LOCK = "SELECT resource FROM bc_lock WHERE center_id = ? AND resource = ? FOR UPDATE";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Statements statements;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  /**
   * The writes of this thread's unit of work not yet sent ({@link #send}): they go together, in one round trip, before
   * the next statement of the unit of work or its commit, so a command's audit entry, notices, agenda and receipt cost
   * one round trip, not one each.
   */
  private final ThreadLocal<List<Statements.Write>> pending = new ThreadLocal<>();
  /**
   * On an H2 file: held from a commit until it is in the file, and by a read that must see written commits only. H2
   * makes a commit visible first and writes it after, and skips the write when another thread is writing (its
   * {@code tryCommit}), trusting that writer to take the change along; a kill in between loses a commit already
   * answered. One H2 file is open in one JVM only, so a lock of this adapter covers every writer the library has.
   */
  private final Object h2FileWrites;
  private final HostTransactions host;

  JdbcTransactions(DataSource dataSource, Dialect dialect, boolean h2File, HostTransactions host) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.statements = new Statements(dialect);
    this.h2FileWrites = h2File ? new Object() : null;
    this.host = host;
  }

  Dialect dialect() {
    return dialect;
  }

  /** The statements of this database's dialect, for every store of the adapter. */
  Statements statements() {
    return statements;
  }

  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} on this thread's transaction, after the writes it has not sent yet, or on a connection of its own,
   * closed afterwards.
   */
  <T> T use(Work<T> work) {
    try {
      Connection c = current.get();
      if (c != null) {
        sendPending(c);
        return work.on(c);
      }
      // a read inside the host's transaction sees what the host wrote and not yet committed
      Optional<Connection> hosts = host.activeConnection();
      if (hosts.isPresent()) {
        return work.on(hosts.get());
      }
      try (Connection own = dataSource.getConnection()) {
        own.setAutoCommit(true);
        return work.on(own);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static StorageFailure failure(SQLException e) {
    if (ConcurrentWrite.isDeadlock(e)) {
      // the whole unit of work is gone on the database's side: answered as a conflict at its outermost level
      return ConcurrentWrite.unnamed(e);
    }
    return new StorageFailure("database call failed", e);
  }

  /**
   * Writes that need no answer but success: inside a unit of work they wait and go with its other writes in one round
   * trip (before its next statement or its commit); outside one, they are sent now, on one connection.
   */
  void send(List<Statements.Write> writes) {
    List<Statements.Write> queued = pending.get();
    if (current.get() != null && queued != null) {
      queued.addAll(writes);
      return;
    }
    use(c -> {
      sendNow(c, writes);
      return writes.size();
    });
  }

  private void sendPending(Connection c) throws SQLException {
    List<Statements.Write> queued = pending.get();
    if (queued == null || queued.isEmpty()) {
      return;
    }
    List<Statements.Write> writes = List.copyOf(queued);
    queued.clear();
    sendNow(c, writes);
  }

  /** Sends {@code writes} and answers a unique violation as the write that broke it says (a lost race, mostly). */
  private void sendNow(Connection c, List<Statements.Write> writes) throws SQLException {
    if (writes.size() == 1 || !dialect.severalStatementsAtOnce()) {
      // one statement after the other; the rows of one statement (a case's agenda rows, its notices) as one batch
      for (int from = 0, to; from < writes.size(); from = to) {
        Statements.Write first = writes.get(from);
        for (to = from + 1; to < writes.size() && writes.get(to).sql().equals(first.sql()); ) {
          to++;
        }
        try {
          statements.batch(c, writes.subList(from, to));
        } catch (SQLException e) {
          if (ConcurrentWrite.isUniqueViolation(e)) {
            throw first.duplicate().apply(e);
          }
          throw e;
        }
      }
      return;
    }
    try {
      statements.several(c, writes);
    } catch (SQLException e) {
      if (ConcurrentWrite.isUniqueViolation(e)) {
        throw brokenBy(writes, e).duplicate().apply(e);
      }
      throw e;
    }
  }

  /**
   * Which of several writes sent at once broke a unique key: the first whose table the database's message names (H2 and
   * PostgreSQL name the table or its key), else the first write.
   */
  private static Statements.Write brokenBy(List<Statements.Write> writes, SQLException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return writes.stream().filter(w -> message.contains(w.table())).findFirst().orElse(writes.get(0));
  }

  /** The lock row, made if new, then held with {@code FOR UPDATE} until the unit of work ends. */
  @Override
  public void exclusive(CenterId center, String resource) {
    if (current.get() == null) {
      return;
    }
    use(c -> {
      if (dialect.severalStatementsAtOnce()) {
        // made and held in one round trip; two nodes making one lock row at once: the loser decides again, and finds it
        Object[] key = {center.value(), resource};
        sendNow(c, List.of(new Statements.Write("bc_lock", dialect.lockRow(), key, ConcurrentWrite::unnamed),
            new Statements.Write("bc_lock", HOLD_LOCK, key, ConcurrentWrite::unnamed)));
        return 1;
      }
      statements.update(c, dialect.lockRow(), center.value(), resource);
      return statements.query(c, HOLD_LOCK, row -> 1, center.value(), resource);
    });
  }

  @Override
  public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
    Connection joined = current.get();
    if (joined != null) {
      return toSavepoint(joined, work);
    }
    Optional<Connection> hosts = host.activeConnection();
    return hosts.isPresent() ? inHostTransaction(hosts.get(), work) : outermost(work);
  }

  /**
   * The unit of work on the host's connection, to a savepoint: a rejection, a concurrent write or an exception rolls
   * back the command's writes only; the host commits or rolls back the rest, and closes the connection. A concurrent
   * write answers a version conflict as in {@link #outermost}; the core then decides again on the same connection
   * (under READ COMMITTED, the default of H2 and PostgreSQL, that sees the other's commit; under a stricter isolation
   * the attempts run out and the command answers VERSION_CONFLICT, for the host to retry its whole transaction). The
   * host chose its transaction's isolation; on MariaDB and MySQL it should be READ COMMITTED too, for the reason in
   * {@link #readCommitted}.
   */
  private <T> Either<Rejection, T> inHostTransaction(Connection c, Supplier<Either<Rejection, T>> work) {
    current.set(c);
    pending.set(new ArrayList<>());
    try {
      return toSavepoint(c, work);
    } catch (ConcurrentWrite race) {
      // already rolled back to the savepoint: the host's own writes stand
      return Either.left(race.conflict());
    } finally {
      current.remove();
      pending.remove();
    }
  }

  /** {@link #sendPending}, its failure answered as {@link #use} answers one. */
  private void sendPendingOrFail(Connection c) {
    try {
      sendPending(c);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static void rollbackTo(Connection c, Savepoint mark, Throwable cause) {
    try {
      c.rollback(mark);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private <T> Either<Rejection, T> outermost(Supplier<Either<Rejection, T>> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      readCommitted(c);
      current.set(c);
      pending.set(new ArrayList<>());
      try {
        Either<Rejection, T> answer = work.get();
        if (answer.isRight()) {
          sendPendingOrFail(c);
          commit(c);
        } else {
          c.rollback();
        }
        return answer;
      } catch (ConcurrentWrite race) {
        c.rollback();
        return Either.left(race.conflict());
      } catch (RuntimeException | Error e) {
        rollbackAfter(c, e);
        throw e;
      } finally {
        // the pool (or close) resets auto-commit; setting it here could hide the real failure
        current.remove();
        pending.remove();
      }
    } catch (SQLException e) {
      throw new StorageFailure("transaction failed", e);
    }
  }

  /**
   * On MariaDB and MySQL, whose default is REPEATABLE READ, the unit of work runs under READ COMMITTED, as it does on H2
   * and PostgreSQL by their default. The exclusive sections need it: a unit of work that takes a lock row after its
   * first read must then see what the lock's previous holder committed, where REPEATABLE READ would keep showing the
   * snapshot of that first read (two bookings of one room). It also spares the gap locks that REPEATABLE READ takes on
   * the version read of a new case and on the relay's claim, which block other nodes' inserts. Set only when the
   * connection has another level: a pool or server configured for READ COMMITTED costs nothing here.
   */
  private void readCommitted(Connection c) throws SQLException {
    if (dialect == Dialect.MARIADB && c.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  /** Commits; on an H2 file, returns only once the commit is in the file (a CHECKPOINT writes every change made visible). */
  private void commit(Connection c) throws SQLException {
    if (h2FileWrites == null) {
      c.commit();
      return;
    }
    synchronized (h2FileWrites) {
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT");
      }
    }
  }

  /**
   * Runs {@code work} so that it sees no commit that is visible but not yet written: on an H2 file, while no commit of
   * this adapter is between the two; elsewhere as it is. The relay claims notices this way, so it never delivers the
   * notice of a decision that a crash could still lose.
   */
  <T> T seeingWrittenCommitsOnly(Work<T> work) {
    if (h2FileWrites == null) {
      return use(work);
    }
    synchronized (h2FileWrites) {
      return use(work);
    }
  }

  /**
   * A unit of work inside another (ours or the host's): a rejection or an exception rolls back to the savepoint only,
   * and the exception goes on.
   */
  private <T> Either<Rejection, T> toSavepoint(Connection c, Supplier<Either<Rejection, T>> work) {
    try {
      // what the enclosing work has not sent yet goes first: a rollback to the mark must not take it along
      sendPending(c);
      Savepoint mark = c.setSavepoint();
      try {
        Either<Rejection, T> answer = work.get();
        if (answer.isLeft()) {
          pending.get().clear();
          c.rollback(mark);
        } else {
          // the host commits by itself, so the writes of this unit of work go now
          sendPending(c);
        }
        return answer;
      } catch (RuntimeException | Error e) {
        pending.get().clear();
        rollbackTo(c, mark, e);
        throw e;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static void rollbackAfter(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // the original failure matters more; keep the rollback's failure with it rather than lose either
      cause.addSuppressed(e);
    }
  }
}
