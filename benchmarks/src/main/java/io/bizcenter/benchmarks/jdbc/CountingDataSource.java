package io.bizcenter.benchmarks.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A DataSource around another that counts the SQL statements executed (a batch counts once), the commits and the
 * connections taken, as adapters-jdbc's WatchedDataSource does in its tests. Used for the statement counts only: its
 * proxies cost time, so no timed run goes through it.
 */
public final class CountingDataSource extends WatchingDataSource {
  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();

  public CountingDataSource(DataSource target) {
    super(target);
  }

  /** What was counted since the last call, and counting starts again. */
  public Counts takeCounts() {
    return new Counts(statements.getAndSet(0), commits.getAndSet(0), connections.getAndSet(0));
  }

  public record Counts(long statements, long commits, long connections) {}

  @Override
  public Connection getConnection() throws SQLException {
    return counted(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counted(target.getConnection(username, password));
  }

  private Connection counted(Connection real) {
    connections.incrementAndGet();
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("commit")) {
        commits.incrementAndGet();
      }
      if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
        return invoke(real, method, args);
      }
      Object result = invoke(real, method, args);
      return result instanceof Statement s ? counted(s, method.getReturnType()) : result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private Object counted(Statement real, Class<?> type) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (EXECUTIONS.contains(method.getName())) {
        statements.incrementAndGet();
      }
      return invoke(real, method, args);
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }
}
