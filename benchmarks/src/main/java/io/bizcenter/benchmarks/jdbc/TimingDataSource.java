package io.bizcenter.benchmarks.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A DataSource around another that times, by kind, what a command spends in JDBC: taking a pooled connection, preparing
 * each statement (H2 parses there), executing each statement (named by its verb and table; a multi-statement or JDBC
 * batch as such), the commit, the other connection calls, handing the connection back. For one client thread at a time:
 * the breakdown of figure 6 uses it; its proxies cost a little time of their own, counted in the kinds they wrap.
 */
public final class TimingDataSource extends WatchingDataSource {
  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");
  private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:FROM|INTO|UPDATE)\\s+(\\w+)");

  /** Nanoseconds and calls of one kind. */
  public static final class Spent {
    long nanos;
    long calls;

    public long nanos() {
      return nanos;
    }

    public long calls() {
      return calls;
    }
  }

  private final Map<String, Spent> spent = new LinkedHashMap<>();
  private final Map<String, Boolean> statementKinds = new LinkedHashMap<>();

  public TimingDataSource(DataSource target) {
    super(target);
  }

  /** What was timed since the last call, by kind in the order first met; timing starts again. */
  public synchronized Map<String, Spent> take() {
    Map<String, Spent> taken = new LinkedHashMap<>(spent);
    spent.clear();
    return taken;
  }

  /** Whether the kind named is a statement executed (a round trip), not a connection call or a prepare. */
  public synchronized boolean isStatement(String kind) {
    return statementKinds.getOrDefault(kind, false);
  }

  private synchronized void add(String kind, long nanos, boolean statement) {
    Spent s = spent.computeIfAbsent(kind, k -> new Spent());
    s.nanos += nanos;
    s.calls++;
    statementKinds.put(kind, statement);
  }

  /** A statement's kind: its verb and table, or how many statements one multi-statement text holds. */
  static String kindOf(String sql) {
    String trimmed = sql.trim();
    int parts = trimmed.split(";\\s*(?=\\S)").length;
    if (parts > 1) {
      return "multi-statement batch (" + parts + " statements)";
    }
    String verb = trimmed.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    Matcher table = TABLE.matcher(trimmed);
    StringBuilder tables = new StringBuilder();
    while (table.find()) {
      if (tables.indexOf(table.group(1)) < 0) {
        tables.append(tables.length() == 0 ? "" : " + ").append(table.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return verb + " " + tables + (trimmed.toUpperCase(Locale.ROOT).contains("FOR UPDATE") ? " FOR UPDATE" : "");
  }

  @Override
  public Connection getConnection() throws SQLException {
    long start = System.nanoTime();
    Connection real = target.getConnection();
    add("take a pooled connection", System.nanoTime() - start, false);
    return timed(real);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    long start = System.nanoTime();
    Connection real = target.getConnection(username, password);
    add("take a pooled connection", System.nanoTime() - start, false);
    return timed(real);
  }

  private Connection timed(Connection real) {
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("unwrap") || name.equals("isWrapperFor")) {
        return invoke(real, method, args);
      }
      long start = System.nanoTime();
      Object result = invoke(real, method, args);
      long took = System.nanoTime() - start;
      if (name.startsWith("prepare")) {
        add("prepare statements", took, false);
      } else if (name.equals("commit") || name.equals("rollback")) {
        add(name, took, true);
      } else if (name.equals("close")) {
        add("hand the connection back", took, false);
      } else {
        add("other connection calls (autocommit, ...)", took, false);
      }
      if (result instanceof Statement s) {
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        return timed(s, method.getReturnType(), sql);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private Object timed(Statement real, Class<?> type, String preparedSql) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (!EXECUTIONS.contains(method.getName())) {
        return invoke(real, method, args);
      }
      String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
      String kind = sql == null ? "statement" : kindOf(sql);
      if (method.getName().contains("Batch")) {
        kind = "JDBC batch of " + kind;
      }
      long start = System.nanoTime();
      Object result = invoke(real, method, args);
      add(kind, System.nanoTime() - start, true);
      return result;
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }
}
