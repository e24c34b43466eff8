package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bizcenter.adapters.jdbc.ClerkUntilKilled.Acknowledged;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in mid-stream: a clerk in a process of its own ({@link ClerkUntilKilled}) sends commands and has the relay
 * deliver notices, and is killed at a random moment, then started again on the same database, several times. After
 * each kill, on a storage opened afresh: every command the clerk was told was accepted has its receipt holding the
 * answer it was given; sent again, it gets that answer and writes no row; every notice the notifier took has its row;
 * no case is partial (its version is its number of trail entries, every entry has its receipt, every notice its
 * entry). On PostgreSQL the database server lives on and only the client dies; on an H2 file the database dies with
 * the process, which is what {@code WRITE_DELAY=0} and {@code REUSE_SPACE=FALSE} are for (see {@link JdbcStorage#on});
 * on MariaDB the server is killed with the client and started again.
 */
class CrashTest {
  private static final int KILLS = Integer.getInteger("bizcenter.crash.kills", 3);
  /** How long, at most, the clerk works after its first acknowledgement before it is killed. */
  private static final long LONGEST_LIFE_MILLIS = Long.getLong("bizcenter.crash.longest-ms", 3_000);
  private static final long SEED = Long.getLong("bizcenter.crash.seed", System.nanoTime());
  private static final Path FOLDER = Path.of("target", "crash-test").toAbsolutePath();

  /** A database the test opens only to check it: an H2 file can be open in one process at a time. */
  private interface Database {
    <T> T use(Function<DataSource, T> check);

    /** The kill: the clerk's process, and whatever else dies with it. */
    default void kill(Process clerk) throws InterruptedException {
      clerk.destroyForcibly();
      clerk.waitFor();
    }
  }

  @Test
  void anH2FileKeepsEveryAcknowledgedCommand() throws Exception {
    Path folder = freshFolder("h2");
    String url = "jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
    crash("H2 file", folder, url, new Database() {
      @Override
      public <T> T use(Function<DataSource, T> check) {
        // Unpooled, with one connection kept open throughout: when it closes, the last session is gone and H2 closes
        // the file at once, before the next clerk starts (a pool closes its connections on threads of its own).
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        try {
          Connection keeper = h2.getConnection();
          try {
            return check.apply(h2);
          } finally {
            keeper.close();
            assertReleased(folder.resolve("db.mv.db"));
          }
        } catch (SQLException e) {
          throw new IllegalStateException("the H2 file could not be opened or closed for the check", e);
        }
      }
    });
  }

  /** The file lock H2 takes is free again: no session of the check outlived it. */
  private static void assertReleased(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
      assertTrue(lock != null, "the H2 file is still locked after the check: a connection of the check was not closed");
    } catch (OverlappingFileLockException e) {
      fail("the H2 file is still open in the test's process after the check: a connection was not closed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void postgresKeepsEveryAcknowledgedCommand() throws Exception {
    Path folder = freshFolder("postgresql");
    DataSource postgres = Databases.emptyPostgresDataSource();
    crash("PostgreSQL", folder, Databases.postgresUrl(), new Database() {
      @Override
      public <T> T use(Function<DataSource, T> check) {
        return check.apply(postgres);
      }
    });
  }

  /**
   * On MariaDB the server is killed too (SIGKILL, a moment before the clerk), and started again on the same files: what
   * InnoDB had answered as committed must come back from its redo log (innodb_flush_log_at_trx_commit = 1, the
   * default). A crash of the operating system or a power cut is not simulated.
   */
  @Test
  void mariadbKilledWithItsClientKeepsEveryAcknowledgedCommand() throws Exception {
    Path folder = freshFolder("mariadb");
    Databases.emptyMariaDbDataSource();
    MariaDbServer server = Databases.mariadbServer();
    crash("MariaDB", folder, server.url("bizcenter"), new Database() {
      @Override
      public <T> T use(Function<DataSource, T> check) {
        // not the shared pool, whose connections died with the server
        return check.apply(Databases.unpooledMariaDb());
      }

      @Override
      public void kill(Process clerk) throws InterruptedException {
        server.kill();
        clerk.destroyForcibly();
        clerk.waitFor();
        try {
          server.start();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  /** What one kill left behind. */
  private record Check(Set<String> missing, Set<String> receiptsOtherwise, int resendsEqual, boolean resendsWroteNothing, int partial) {}

  private static void crash(String name, Path folder, String url, Database database) throws Exception {
    long seed = SEED + name.hashCode();
    System.out.println("[crash] " + name + ": seed " + seed + " (repeat with -Dbizcenter.crash.seed=" + SEED + ")");
    SplittableRandom random = new SplittableRandom(seed);
    database.use(ds -> JdbcStorage.on(ds).migrate());
    long started = System.nanoTime();

    List<Acknowledged> told = new ArrayList<>();
    List<String> delivered = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    for (int run = 1; run <= KILLS; run++) {
      Path acknowledgements = folder.resolve("acknowledged-" + run + ".txt");
      Path notices = folder.resolve("notices-" + run + ".txt");
      runUntilKilled(url, acknowledgements, notices, folder.resolve("clerk-" + run + ".log"), "r" + run, random, database);
      List<Acknowledged> thisRun = completeLines(acknowledgements).stream().map(Acknowledged::parse).toList();
      told.addAll(thisRun);
      delivered.addAll(completeLines(notices));
      int killed = run;
      Check check = database.use(ds -> check(ds, told, thisRun, killed));
      checks.add(check);
      System.out.printf("[crash] %s, kill %d at %.1f s: %,d acknowledged in this run, %d missing of all so far%n", name, run,
          (System.nanoTime() - started) / 1e9, thisRun.size(), check.missing().size());
    }
    Set<String> withoutRow = database.use(ds -> noticesWithoutRow(ds, delivered));

    // a command missing after one kill and sent again in its check has a receipt after the next: count it once
    int missing = checks.stream().flatMap(c -> c.missing().stream()).collect(Collectors.toSet()).size();
    int receiptsOtherwise = checks.stream().flatMap(c -> c.receiptsOtherwise().stream()).collect(Collectors.toSet()).size();
    int resendsEqual = checks.stream().mapToInt(Check::resendsEqual).sum();
    int partial = checks.stream().mapToInt(Check::partial).max().orElseThrow();
    boolean wroteNothing = checks.stream().allMatch(Check::resendsWroteNothing);
    System.out.printf("[crash] %s: %d kills, %,d accepted, %d missing, %,d resends equal%s, %,d notices delivered (%,d deliveries),"
            + " %d without a row, %d partial cases; %.1f s%n",
        name, KILLS, told.size(), missing, resendsEqual, wroteNothing ? " writing nothing" : " WRITING ROWS", new HashSet<>(delivered).size(),
        delivered.size(), withoutRow.size(), partial, (System.nanoTime() - started) / 1e9);

    assertTrue(told.size() >= KILLS, "the clerk had commands accepted before each kill: " + told.size());
    assertEquals(0, missing, "acknowledged commands without their receipt after a kill");
    assertEquals(0, receiptsOtherwise, "receipts holding another answer than the one the clerk was given");
    assertEquals(told.size(), resendsEqual, "acknowledged commands sent again and answered as the first time");
    assertTrue(wroteNothing, "sending acknowledged commands again wrote rows");
    assertEquals(Set.of(), withoutRow, "notices delivered whose row is not in the database");
    assertEquals(0, partial, "partial cases: a version, trail entry, receipt or notice without the rest of its unit of work");
  }

  /** Starts the clerk, lets it work for a random while after its first acknowledgement, and kills it (SIGKILL). */
  private static void runUntilKilled(String url, Path acknowledgements, Path notices, Path log, String idPrefix, SplittableRandom random,
      Database database) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // C1 only and a small heap: the clerk starts sooner on a loaded machine, and speed is not what it is for
    Process clerk = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), ClerkUntilKilled.class.getName(),
        url, acknowledgements.toString(), notices.toString(), idPrefix, Long.toString(random.nextLong()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!Files.exists(acknowledgements) || Files.size(acknowledgements) == 0) {
        if (!clerk.isAlive() || System.nanoTime() > deadline) {
          fail("the clerk had no command accepted (exit " + (clerk.isAlive() ? "none" : clerk.exitValue()) + "): " + Files.readString(log));
        }
        Thread.sleep(10);
      }
      Thread.sleep(random.nextLong(LONGEST_LIFE_MILLIS));
      assertTrue(clerk.isAlive(), () -> "the clerk ended before it was killed: " + read(log));
    } finally {
      database.kill(clerk);
    }
  }

  private static Check check(DataSource ds, List<Acknowledged> told, List<Acknowledged> thisRun, int run) {
    JdbcStorage storage = JdbcStorage.on(ds);
    Set<String> missing = new HashSet<>();
    Set<String> receiptsOtherwise = new HashSet<>();
    for (Acknowledged acknowledged : told) {
      Option<Receipt> receipt = storage.receipts().find(CENTER, CommandId.of(acknowledged.commandId()));
      if (receipt.isEmpty()) {
        missing.add(acknowledged.commandId());
      } else if (!(receipt.get().answer() instanceof Complaint answer && acknowledged.answeredWith(answer))) {
        receiptsOtherwise.add(acknowledged.commandId());
      }
    }
    int partial = partialCases(ds);

    // the clerk's commands again, as a front end retries after a crash: the first answers, and not a row written
    List<Long> before = Databases.rowCounts(ds);
    BusinessCenter center = Fixtures.center(storage, new SequentialIds("check-" + run), Clock.systemUTC(),
        notice -> fail("no relay runs in the check"));
    int equal = 0;
    for (Acknowledged acknowledged : thisRun) {
      ComplaintCommand command = acknowledged.command();
      assertEquals(acknowledged.commandId(), command.commandId().value(), "the command built again from its seed is the one sent");
      Either<Rejection, Complaint> again = center.complaints().handle(command, OPERATIONS);
      if (again.isRight() && acknowledged.answeredWith(again.get())) {
        equal++;
      }
    }
    return new Check(missing, receiptsOtherwise, equal, before.equals(Databases.rowCounts(ds)), partial);
  }

  /**
   * Cases whose unit of work is not whole: a version other than its number of trail entries, a trail entry without
   * its case, its receipt or its version, a notice without its trail entry.
   */
  private static int partialCases(DataSource ds) {
    return count(ds, """
        SELECT COUNT(*) FROM bc_complaint c
         WHERE c.version <> (SELECT COUNT(*) FROM bc_event e
                              WHERE e.center_id = c.center_id AND e.procedure_name = 'complaints' AND e.case_id = c.case_id)
            OR c.version <> (SELECT MAX(e.version) FROM bc_event e
                              WHERE e.center_id = c.center_id AND e.procedure_name = 'complaints' AND e.case_id = c.case_id)""")
        + count(ds, """
        SELECT COUNT(*) FROM bc_event e
         WHERE NOT EXISTS (SELECT 1 FROM bc_complaint c WHERE c.center_id = e.center_id AND c.case_id = e.case_id)
            OR NOT EXISTS (SELECT 1 FROM bc_receipt r WHERE r.center_id = e.center_id AND r.command_id = e.command_id)""")
        + count(ds, """
        SELECT COUNT(*) FROM bc_notice n
         WHERE NOT EXISTS (SELECT 1 FROM bc_event e WHERE e.center_id = n.center_id AND e.procedure_name = n.procedure_name
                             AND e.case_id = n.case_id AND e.version = n.case_version)""");
  }

  private static Set<String> noticesWithoutRow(DataSource ds, List<String> delivered) {
    Set<String> rows = new HashSet<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT center_id, notice_id FROM bc_notice")) {
      while (row.next()) {
        rows.add(row.getString(1) + " " + row.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Set<String> without = new HashSet<>(delivered);
    without.removeAll(rows);
    return without;
  }

  private static int count(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lines the clerk finished writing: a kill may cut the last one short, and that one was never told. */
  private static List<String> completeLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    String text = Files.readString(file, UTF_8);
    String complete = text.substring(0, text.lastIndexOf('\n') + 1);
    return complete.isEmpty() ? List.of() : List.of(complete.split("\n"));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path freshFolder(String name) throws IOException {
    Path folder = FOLDER.resolve(name);
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(folder);
    return folder;
  }
}
