package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static io.bizcenter.adapters.jdbc.Fixtures.commandId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintCommand.ContactDepartments;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintCommand.VisitCompany;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * An H2 file database closed and opened again, as when the vendor's service restarts: the cases, the audit trail,
 * the idempotency records and the notices not yet delivered are all still there, and the relay then delivers
 * each of those notices once.
 */
class RestartOnH2FileTest {
  private static final Path FOLDER = Path.of("target", "restart-test").toAbsolutePath();

  @Test
  void everythingWrittenBeforeARestartIsThereAfterIt() throws IOException {
    deleteFolder();
    String url = "jdbc:h2:file:" + FOLDER.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
    ManualClock clock = new ManualClock(Fixtures.NOW);

    Snapshot before;
    Complaint forwarded;
    ComplaintCommand.Opening opening = Fixtures.phoneComplaint();
    WatchedDataSource firstRun = new WatchedDataSource(h2(url));
    try (HikariDataSource pool = pool(firstRun, "before-restart")) {
      JdbcStorage storage = JdbcStorage.on(pool);
      assertTrue(storage.migrate() > 0, "a new file gets the schema");
      BusinessCenter center = Fixtures.center(storage, new SequentialIds("before"), clock, notice -> { });
      forwarded = Fixtures.walk(center, opening, Fixtures.toPhoneForwarded());
      Fixtures.walk(center, Fixtures.letterComplaint(), List.of(c -> new Triage(commandId(), CENTER, c, Remit.WITHIN)));
      Fixtures.walk(center, Fixtures.phoneComplaint(), List.of(
          c -> new Triage(commandId(), CENTER, c, Remit.HARD_CASE),
          c -> new VisitCompany(commandId(), CENTER, c, "现场查看"),
          c -> new ContactDepartments(commandId(), CENTER, c, List.of(Department.ENGINEERING, Department.FINANCE))));
      Snapshot withoutReceipts = Snapshot.of(storage, CENTER, List.of(), List.of());
      before = Snapshot.of(storage, CENTER, List.of(), commandsIn(withoutReceipts));
      assertEquals(3, before.cases().size());
      assertTrue(before.receipts().values().stream().allMatch(Optional::isPresent), "every accepted command left a receipt");
      assertEquals(3, before.pending().size(), "the forward's notice and the two contacts' wait in the outbox");
    }
    // no session left open, so H2 closed the database (DB_CLOSE_DELAY 0): the next run reads it from the file
    assertEquals(0, firstRun.openConnections(), "connections left open to the first run's database");
    assertTrue(Files.exists(FOLDER.resolve("db.mv.db")), "the database is a file");

    try (HikariDataSource pool = pool(h2(url), "after-restart")) {
      JdbcStorage storage = JdbcStorage.on(pool);
      assertEquals(0, storage.migrate(), "the schema is already there");
      RecordingNotifier notifier = new RecordingNotifier();
      // another prefix: a restarted node must not hand out the ids of the first run again
      BusinessCenter center = Fixtures.center(storage, new SequentialIds("after"), clock, notifier);

      List<CommandId> commands = commandsIn(before);
      before.assertSameAs(Snapshot.of(storage, CENTER, List.of(), commands), "after the restart");

      Either<?, Complaint> again = center.complaints().handle(opening, OPERATIONS);
      assertEquals(Either.right(before.receipts().get(opening.commandId().value()).orElseThrow().answer()), again,
          "an earlier command id gets its first answer back");
      assertNotEquals(forwarded, again.get(), "the first answer, not the case as it stands now");
      before.assertSameAs(Snapshot.of(storage, CENTER, List.of(), commands), "after re-sending an earlier command");

      List<OutboxNotice> waiting = storage.eventLog().pendingNotices(100);
      assertEquals(before.pending(), waiting);
      assertEquals(3, center.notices().deliverPending(100).delivered());
      assertEquals(waiting, notifier.delivered(), "the relay delivered the notices kept over the restart");
      assertEquals(0, center.notices().deliverPending(100).delivered(), "and each only once");
      assertEquals(List.of(), storage.eventLog().pendingNotices(100));
      assertEquals(waiting, notifier.delivered());
    }
  }

  /** Every command id on the snapshot's trails: each must have kept its receipt. */
  private static List<CommandId> commandsIn(Snapshot snapshot) {
    return snapshot.trails().values().stream().flatMap(List::stream).map(AuditEntry::commandId).toList();
  }

  private static DataSource h2(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    return h2;
  }

  private static HikariDataSource pool(DataSource database, String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database);
    config.setMaximumPoolSize(2);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  private static void deleteFolder() throws IOException {
    if (Files.exists(FOLDER)) {
      try (Stream<Path> files = Files.walk(FOLDER)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
