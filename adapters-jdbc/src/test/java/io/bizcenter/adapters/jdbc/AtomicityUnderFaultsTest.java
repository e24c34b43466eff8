package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static io.bizcenter.adapters.jdbc.Fixtures.accepted;
import static io.bizcenter.adapters.jdbc.Fixtures.commandId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ContactDepartments;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintCommand.VisitCompany;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command whose database fails at any one of its statements (or at the commit) writes nothing at all, and the
 * caller sees an infrastructure failure, not a rejection. Sent again once the database is well, the same command
 * is applied exactly once; sent a third time, it answers as the second did and writes nothing. Where the writes of a
 * command go at once (PostgreSQL), the database itself fails inside that batch, before each of its statements.
 */
class AtomicityUnderFaultsTest {
  /** The command kinds tried: an opening, a plain step, a step with one notice, a step with several. */
  enum Kind {
    RECORD_PHONE_COMPLAINT(0, List.of(), on -> Fixtures.phoneComplaint()),
    TRIAGE_OUTSIDE(0, List.of(), on -> new Triage(commandId(), CENTER, on, Remit.OUTSIDE)),
    FORWARD_TO_DEPARTMENT(1,
        List.of(c -> new Triage(commandId(), CENTER, c, Remit.OUTSIDE), c -> new AssureCaller(commandId(), CENTER, c)),
        on -> new ForwardToDepartment(commandId(), CENTER, on, Department.ENGINEERING)),
    CONTACT_DEPARTMENTS(3,
        List.of(c -> new Triage(commandId(), CENTER, c, Remit.HARD_CASE), c -> new VisitCompany(commandId(), CENTER, c, "现场查看")),
        on -> new ContactDepartments(commandId(), CENTER, on, List.of(Department.ENGINEERING, Department.FINANCE, Department.SECURITY)));

    final int notices;
    final List<Fixtures.Step> before;
    final Function<ComplaintId, ComplaintCommand> command;

    Kind(int notices, List<Fixtures.Step> before, Function<ComplaintId, ComplaintCommand> command) {
      this.notices = notices;
      this.before = before;
      this.command = command;
    }

    boolean opens() {
      return this == RECORD_PHONE_COMPLAINT;
    }
  }

  static Stream<Arguments> kindsOnEachDatabase() {
    List<Arguments> all = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      for (Kind kind : Kind.values()) {
        all.add(Arguments.of(dialect, kind));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("kindsOnEachDatabase")
  void aFailureAtAnyStatementWritesNothingAndTheSameCommandIsThenAppliedOnce(Dialect dialect, Kind kind) {
    DataSource database = Databases.empty(dialect);
    WatchedDataSource watched = new WatchedDataSource(database);
    JdbcStorage healthy = JdbcStorage.on(database);
    // every id handed out, so that a snapshot also looks at the case a failed opening was about to create
    List<String> issued = new CopyOnWriteArrayList<>();
    SequentialIds ids = new SequentialIds("F");
    BusinessCenter center = Fixtures.center(JdbcStorage.on(watched), () -> {
      String id = ids.next();
      issued.add(id);
      return id;
    });

    ComplaintCommand probe = kind.command.apply(prepared(center, kind));
    watched.heal();
    accepted(center.complaints().handle(probe, OPERATIONS));
    int statements = watched.statementsExecuted();
    int batch = watched.largestBatch();
    System.out.printf("[atomicity] %s %s: %d statements per command, the largest holding %d%n", dialect, kind, statements, batch);
    assertTrue(statements >= 3, "a command reads its receipt and case and writes at least its case and trail");
    if (dialect.severalStatementsAtOnce()) {
      // issue 22: the receipt and the case in one read, the case, then every other write at once: 4 round trips with the
      // commit on PostgreSQL (H2, in process, sends them one by one: see Dialect#severalStatementsAtOnce)
      assertEquals(3, statements, () -> dialect + " " + kind + ": statements per command, among " + watched.statementsSeen());
      assertTrue(batch >= 3, () -> dialect + " " + kind + ": the trail, the agenda and the receipt go at once, not " + batch);
    }

    // n = statements + 1 fails the commit instead
    for (int n = 1; n <= statements + 1; n++) {
      String where = dialect + " " + kind + (n <= statements ? ", failing statement " + n + " of " + statements : ", failing the commit");
      ComplaintCommand command = kind.command.apply(prepared(center, kind));
      Snapshot before = Snapshot.of(healthy, CENTER, issued, List.of(command.commandId()));

      if (n <= statements) {
        watched.failAtStatement(n);
      } else {
        watched.failAtCommit();
      }
      StorageFailure failure = assertThrows(StorageFailure.class, () -> center.complaints().handle(command, OPERATIONS), where);
      assertTrue(causedByTheInjectedFault(failure), () -> where + ": the failure is not the injected one: " + failure);
      watched.heal();
      nothingWrittenThenAppliedOnce(center, healthy, issued, kind, command, before, where);
    }

    // the database fails inside the batch of writes, before each of its statements and after the last
    for (int k = 1; dialect.severalStatementsAtOnce() && k <= batch + 1; k++) {
      String where = dialect + " " + kind + ", the database failing inside the batch before statement " + k + " of " + batch;
      ComplaintCommand command = kind.command.apply(prepared(center, kind));
      Snapshot before = Snapshot.of(healthy, CENTER, issued, List.of(command.commandId()));

      watched.failInsideBatch(k);
      StorageFailure failure = assertThrows(StorageFailure.class, () -> center.complaints().handle(command, OPERATIONS), where);
      assertTrue(causedByDivisionByZero(failure), () -> where + ": the failure is not the database's division by zero: " + failure);
      watched.heal();
      nothingWrittenThenAppliedOnce(center, healthy, issued, kind, command, before, where);
    }
  }

  /** The failed command left the stores as {@code before}; sent again it is applied once, and a third time it writes nothing. */
  private static void nothingWrittenThenAppliedOnce(BusinessCenter center, JdbcStorage healthy, List<String> issued, Kind kind,
      ComplaintCommand command, Snapshot before, String where) {
    before.assertSameAs(Snapshot.of(healthy, CENTER, issued, List.of(command.commandId())), where + ", nothing written");

    Complaint applied = accepted(center.complaints().handle(command, OPERATIONS));
    Snapshot after = Snapshot.of(healthy, CENTER, issued, List.of(command.commandId()));
    assertAppliedOnce(kind, command, applied, before, after, where);

    assertEquals(Either.right(applied), center.complaints().handle(command, OPERATIONS), where + ": the third answer");
    after.assertSameAs(Snapshot.of(healthy, CENTER, issued, List.of(command.commandId())), where + ", the third sending wrote nothing");
  }

  private static boolean causedByDivisionByZero(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException e && "22012".equals(e.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** A new complaint standing where {@code kind}'s command applies; none for an opening. */
  private static ComplaintId prepared(BusinessCenter center, Kind kind) {
    return kind.opens() ? null : Fixtures.walk(center, Fixtures.phoneComplaint(), kind.before).id();
  }

  private static boolean causedByTheInjectedFault(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof WatchedDataSource.InjectedFault) {
        return true;
      }
    }
    return false;
  }

  private static void assertAppliedOnce(Kind kind, ComplaintCommand command, Complaint applied, Snapshot before, Snapshot after, String where) {
    String id = applied.id().value();
    long versionBefore = kind.opens() ? 0 : before.complaint(id).version();
    assertEquals(before.cases().size() + (kind.opens() ? 1 : 0), after.cases().size(), where + ": cases");
    assertEquals(versionBefore + 1, applied.version(), where + ": version");
    assertEquals(applied, after.complaint(id), where + ": the stored case is the answer");

    List<AuditEntry> trailBefore = before.trails().getOrDefault(id, List.of());
    List<AuditEntry> trail = after.trails().get(id);
    assertEquals(trailBefore.size() + 1, trail.size(), where + ": one new trail entry");
    assertEquals(trailBefore, trail.subList(0, trailBefore.size()), where + ": the earlier trail is unchanged");
    AuditEntry entry = trail.get(trail.size() - 1);
    assertEquals(command.commandId(), entry.commandId(), where + ": the new entry is this command's");
    assertEquals(applied.version(), entry.version(), where + ": the new entry's version");
    assertEquals(kind.notices, entry.notices().size(), where + ": the entry's notices");

    List<OutboxNotice> added = after.pending().subList(before.pending().size(), after.pending().size());
    assertEquals(before.pending(), after.pending().subList(0, before.pending().size()), where + ": earlier notices unchanged");
    assertEquals(entry.notices(), added, where + ": the notices, once");
    assertEquals(applied, assertInstanceOf(Complaint.class, after.receipts().get(command.commandId().value()).orElseThrow().answer()),
        where + ": the receipt holds the answer");

    // nothing else moved: every other case's trail and agenda are as they were
    before.trails().forEach((other, t) -> {
      if (!other.equals(id)) {
        assertEquals(t, after.trails().get(other), where + ": trail of " + other);
        assertEquals(before.agenda().get(other), after.agenda().get(other), where + ": agenda of " + other);
      }
    });
  }
}
