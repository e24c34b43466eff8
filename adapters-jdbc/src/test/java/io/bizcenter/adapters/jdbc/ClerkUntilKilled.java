package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.testkit.ComplaintCommands;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The process {@link CrashTest} kills: a clerk sending complaint commands to a center on a database as fast as it
 * answers, while a relay thread delivers the notices. Only after the desk answered "accepted" does it write the
 * command to its acknowledgement file, and only after the notifier took a notice does it write the notice's id, each
 * line flushed at once: those files are what a caller and a recipient were told, and what the test holds the
 * database to after the kill.
 *
 * <p>Arguments: JDBC URL, acknowledgement file, notice file, id prefix, seed. It runs until killed (or for two
 * minutes, should the test that started it be gone).
 */
final class ClerkUntilKilled {
  private static final long LONGEST_LIFE_MILLIS = 120_000;

  private ClerkUntilKilled() {}

  /** One accepted command as the clerk wrote it: enough to build the same command again, and the answer it got. */
  record Acknowledged(long seed, ComplaintAction action, String on, String commandId, String caseId, long version, String answer) {
    static Acknowledged of(long seed, ComplaintAction action, ComplaintId on, ComplaintCommand command, Complaint answer) {
      return new Acknowledged(seed, action, on == null ? "-" : on.value(), command.commandId().value(), answer.id().value(),
          answer.version(), fingerprint(answer));
    }

    static Acknowledged parse(String line) {
      String[] f = line.split(" ");
      return new Acknowledged(Long.parseLong(f[0]), ComplaintAction.valueOf(f[1]), f[2], f[3], f[4], Long.parseLong(f[5]), f[6]);
    }

    String line() {
      return seed + " " + action + " " + on + " " + commandId + " " + caseId + " " + version + " " + answer;
    }

    /** The command the clerk sent, built again from its seed. */
    ComplaintCommand command() {
      return build(seed, action, on.equals("-") ? null : ComplaintId.of(on));
    }

    /** Whether {@code complaint} is the answer the clerk was given. */
    boolean answeredWith(Complaint complaint) {
      return complaint.id().value().equals(caseId) && complaint.version() == version && fingerprint(complaint).equals(answer);
    }
  }

  static ComplaintCommand build(long seed, ComplaintAction action, ComplaintId on) {
    return ComplaintCommands.wellFormedFor(new SplittableRandom(seed), CENTER, on, action);
  }

  /** The whole answer, every field (personal data masked alike each time), in a few characters that fit on a line. */
  static String fingerprint(Complaint complaint) {
    return Integer.toHexString(complaint.toString().hashCode());
  }

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Path acknowledgements = Path.of(args[1]);
    Path notices = Path.of(args[2]);
    String idPrefix = args[3];
    long seed = Long.parseLong(args[4]);
    // a failure anywhere is a failure of the run: the test sees the process end before it killed it, and reads its log
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      e.printStackTrace();
      Runtime.getRuntime().halt(2);
    });

    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(3);
    config.setPoolName("clerk");
    try (HikariDataSource dataSource = new HikariDataSource(config);
        BufferedWriter told = Files.newBufferedWriter(acknowledgements, UTF_8, CREATE, APPEND);
        BufferedWriter delivered = Files.newBufferedWriter(notices, UTF_8, CREATE, APPEND)) {
      JdbcStorage storage = JdbcStorage.on(dataSource);
      BusinessCenter center = Fixtures.center(storage, new SequentialIds(idPrefix), Clock.systemUTC(), notice -> {
        try {
          delivered.write(notice.center().value() + " " + notice.id().value() + "\n");
          delivered.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      Thread relay = new Thread(() -> {
        while (true) {
          center.notices().deliverPending(20);
          pause(10);
        }
      }, "relay");
      relay.setDaemon(true);
      relay.start();
      send(center, new SplittableRandom(seed), seed, told);
    }
  }

  private static void send(BusinessCenter center, SplittableRandom random, long seed, BufferedWriter told) throws IOException {
    List<ComplaintId> open = new ArrayList<>();
    long started = System.currentTimeMillis();
    for (long n = 1; System.currentTimeMillis() - started < LONGEST_LIFE_MILLIS; n++) {
      long commandSeed = seed + n;
      ComplaintId on = null;
      ComplaintAction action;
      if (open.size() < 4 || random.nextInt(5) == 0) {
        action = random.nextBoolean() ? ComplaintAction.RECORD_PHONE_COMPLAINT : ComplaintAction.RECORD_LETTER_COMPLAINT;
      } else {
        on = open.get(random.nextInt(open.size()));
        List<ComplaintAction> offered = center.complaints().availableActions(OPERATIONS, CENTER, on).get();
        if (offered.isEmpty()) {
          open.remove(on);
          continue;
        }
        action = offered.get(random.nextInt(offered.size()));
      }
      ComplaintCommand command = build(commandSeed, action, on);
      Either<Rejection, Complaint> answer = center.complaints().handle(command, OPERATIONS);
      if (answer.isLeft()) {
        continue; // a guard said no (a letter reference missing, say): nothing written, nothing to hold the database to
      }
      if (on == null) {
        open.add(answer.get().id());
        if (open.size() > 24) {
          open.remove(0);
        }
      }
      told.write(Acknowledged.of(commandSeed, action, on, command, answer.get()).line() + "\n");
      told.flush();
    }
    throw new IllegalStateException("nobody killed the clerk within " + LONGEST_LIFE_MILLIS + " ms");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
