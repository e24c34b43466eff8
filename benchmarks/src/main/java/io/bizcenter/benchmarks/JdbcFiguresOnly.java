package io.bizcenter.benchmarks;

import java.nio.file.Path;

/**
 * Runs only the JDBC parts of issue 22 (figures 3, 5b and 6) into {@code <folder>/<day>-jdbc.txt}, to check them without
 * the whole suite; with {@code -Dbench.quick=true}, in short iterations. {@code benchmarks/run} never starts it.
 */
public final class JdbcFiguresOnly {
  private JdbcFiguresOnly() {}

  public static void main(String[] args) throws Exception {
    Suite.jdbcParts(Path.of(args.length > 0 ? args[0] : "target/jdbc-only"));
  }
}
