package io.bizcenter.adapters.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource around another that watches what goes through it: connections handed out and not yet closed,
 * statements opened and not yet closed, statements executed. Armed, it fails the n-th statement executed (or the
 * commit), as a dropped connection or a full disk would, without sending it to the database.
 */
final class WatchedDataSource implements DataSource {
  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

  /** The failure this DataSource makes up; anything else the adapter reports came from the database. */
  static final class InjectedFault extends SQLException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String where) {
      // 08006: connection failure, so the adapter cannot mistake it for a lost race (23505)
      super("injected failure at " + where, "08006");
    }
  }

  private final DataSource target;
  private final AtomicInteger openConnections = new AtomicInteger();
  private final AtomicInteger connectionsTaken = new AtomicInteger();
  private final AtomicInteger openStatements = new AtomicInteger();
  private final AtomicInteger executed = new AtomicInteger();
  private final AtomicInteger commits = new AtomicInteger();
  private volatile int failAt;
  private volatile boolean failCommit;
  /** Armed by {@link #failAtStatementOrCommit}: a unit of work that ends before the n-th statement fails its commit. */
  private volatile boolean failCommitIfShort;
  private volatile String faultedAt;
  /** Armed by {@link #failInsideBatch}: the statement of several sent at once before which the database fails. */
  private volatile int failInsideBatch;
  private final AtomicInteger largestBatch = new AtomicInteger(1);
  /** The text of every statement prepared or executed, in the order first seen. */
  private final Set<String> sql = Collections.synchronizedSet(new LinkedHashSet<>());

  WatchedDataSource(DataSource target) {
    this.target = target;
  }

  /** Counts statements from zero again and fails the {@code n}-th one executed from now. */
  void failAtStatement(int n) {
    executed.set(0);
    failAt = n;
    failCommit = false;
    failCommitIfShort = false;
    faultedAt = null;
  }

  /**
   * Counts statements and commits from zero again and fails the {@code n}-th statement executed from now, or, if a
   * commit comes first, that commit: stepping {@code n} up from 1 fails every statement of a unit of work, then its commit.
   */
  void failAtStatementOrCommit(int n) {
    failAtStatement(n);
    commits.set(0);
    failCommitIfShort = true;
  }

  /** Where the armed fault struck since it was armed ("statement 3", "commit"), or null if it has not. */
  String faultedAt() {
    return faultedAt;
  }

  int commits() {
    return commits.get();
  }

  /** Counts statements from zero again and fails the next commit. */
  void failAtCommit() {
    executed.set(0);
    failAt = 0;
    failCommit = true;
    failCommitIfShort = false;
  }

  /** Counts statements and commits from zero again and fails nothing. */
  void heal() {
    executed.set(0);
    commits.set(0);
    largestBatch.set(1);
    failInsideBatch = 0;
    failAt = 0;
    failCommit = false;
    failCommitIfShort = false;
  }

  /**
   * Counts statements from zero again, and makes the database itself fail inside the next prepared statement that holds
   * several ({@code ";\n"} between them): a statement that divides by zero when run (SQLSTATE 22012) is put before the
   * {@code k}-th of them ({@code k} one past the last: after all of them), so the ones before it have run when it fails.
   */
  void failInsideBatch(int k) {
    failAtStatement(0);
    failInsideBatch = k;
  }

  /** The most statements seen in one prepared statement so far: the size of the largest batch sent at once. */
  int largestBatch() {
    return largestBatch.get();
  }

  /** Every statement's text seen so far (prepared, or executed as text), each once, in the order first seen. */
  List<String> statementsSeen() {
    synchronized (sql) {
      return List.copyOf(sql);
    }
  }

  int statementsExecuted() {
    return executed.get();
  }

  int openConnections() {
    return openConnections.get();
  }

  int connectionsTaken() {
    return connectionsTaken.get();
  }

  int openStatements() {
    return openStatements.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return watched(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return watched(target.getConnection(username, password));
  }

  private Connection watched(Connection real) {
    openConnections.incrementAndGet();
    connectionsTaken.incrementAndGet();
    AtomicBoolean closed = new AtomicBoolean();
    InvocationHandler handler = (proxy, method, args) -> {
      switch (method.getName()) {
        case "close" -> {
          // closing twice is allowed by JDBC and must not count twice
          if (closed.compareAndSet(false, true)) {
            openConnections.decrementAndGet();
          }
        }
        case "commit" -> {
          commits.incrementAndGet();
          if (failCommit || (failCommitIfShort && failAt > 0)) {
            failCommit = false;
            failCommitIfShort = false;
            failAt = 0;
            faultedAt = "commit";
            throw new InjectedFault("commit");
          }
        }
        case "unwrap", "isWrapperFor" -> {
          return invoke(real, method, args);
        }
        case "prepareStatement", "prepareCall" -> {
          sql.add((String) args[0]);
          String[] several = ((String) args[0]).split(";\n");
          largestBatch.accumulateAndGet(several.length, Math::max);
          int k = failInsideBatch;
          if (k > 0 && several.length > 1) {
            failInsideBatch = 0;
            faultedAt = "inside a batch, before statement " + k + " of " + several.length;
            List<String> faulty = new java.util.ArrayList<>(List.of(several));
            // the database fails when it runs this statement, not when it reads it
            faulty.add(k - 1, "SELECT 1 / (SELECT COUNT(*) FROM bc_lock WHERE center_id IS NULL)");
            args[0] = String.join(";\n", faulty);
          }
        }
        default -> { }
      }
      Object result = invoke(real, method, args);
      return result instanceof Statement s ? watched(s, method.getReturnType()) : result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private Object watched(Statement real, Class<?> type) {
    openStatements.incrementAndGet();
    AtomicBoolean closed = new AtomicBoolean();
    InvocationHandler handler = (proxy, method, args) -> {
      if (EXECUTIONS.contains(method.getName())) {
        if (args != null && args.length > 0 && args[0] instanceof String text) {
          sql.add(text);
        }
        int n = executed.incrementAndGet();
        if (n == failAt) {
          failAt = 0;
          failCommitIfShort = false;
          faultedAt = "statement " + n;
          throw new InjectedFault("statement " + n);
        }
      } else if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
        openStatements.decrementAndGet();
      }
      return invoke(real, method, args);
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target.isWrapperFor(type);
  }
}
