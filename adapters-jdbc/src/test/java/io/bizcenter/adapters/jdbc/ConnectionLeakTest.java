package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static io.bizcenter.adapters.jdbc.Fixtures.accepted;
import static io.bizcenter.adapters.jdbc.Fixtures.commandId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.NoticeRelay;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path of the adapter gives back what it took: after a workload that goes down all five branches, asks the
 * agenda, reads trails and cases, runs the relay (a refused notice included), and meets a rejection, invalid
 * input, a lost race and failing statements, no connection and no statement is left open. Through a HikariCP
 * pool of two, the pool has no connection out afterwards either (and a leak would have exhausted it).
 */
class ConnectionLeakTest {
  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of(Dialect.H2, false), Arguments.of(Dialect.POSTGRESQL, false), Arguments.of(Dialect.MARIADB, false),
        Arguments.of(Dialect.H2, true), Arguments.of(Dialect.POSTGRESQL, true), Arguments.of(Dialect.MARIADB, true));
  }

  @ParameterizedTest(name = "{0}, through HikariCP: {1}")
  @MethodSource("databases")
  void aFullWorkloadLeavesNoConnectionOpen(Dialect dialect, boolean pooled) {
    DataSource database = switch (dialect) {
      case H2 -> Databases.freshH2DataSource();
      case POSTGRESQL -> {
        Databases.emptyPostgresDataSource();
        // not the shared pool: every connection the adapter takes is a session of its own, closed for real
        yield Databases.unpooledPostgres();
      }
      case MARIADB -> {
        Databases.emptyMariaDbDataSource();
        yield Databases.unpooledMariaDb();
      }
    };
    HikariDataSource pool = pooled ? pool(database) : null;
    WatchedDataSource watched = new WatchedDataSource(pooled ? pool : database);
    try {
      workload(watched);

      System.out.printf("[connections] %s%s: %d connections taken, %d left open, %d statements left open%n", dialect,
          pooled ? " through HikariCP (2)" : "", watched.connectionsTaken(), watched.openConnections(), watched.openStatements());
      assertEquals(0, watched.openConnections(), "connections taken and not closed");
      assertEquals(0, watched.openStatements(), "statements opened and not closed");
      if (pooled) {
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "connections out of the pool");
        assertTrue(pool.getHikariPoolMXBean().getTotalConnections() <= 2);
      }
    } finally {
      if (pool != null) {
        pool.close();
      }
    }
  }

  private static void workload(WatchedDataSource watched) {
    JdbcStorage storage = JdbcStorage.on(watched);
    storage.migrate();
    ManualClock clock = new ManualClock(Fixtures.NOW);
    List<OutboxNotice> delivered = new ArrayList<>();
    // Finance's mail is down: its notices are refused, counted and offered again later
    BusinessCenter center = Fixtures.center(storage, new SequentialIds("L"), clock, notice -> {
      if (notice.notice().to() == Department.FINANCE) {
        throw new IllegalStateException("Finance's mailbox is full");
      }
      delivered.add(notice);
    });

    List<ComplaintId> cases = new ArrayList<>();
    for (Fixtures.Branch branch : Fixtures.branches()) {
      cases.add(Fixtures.walk(center, branch.opening().get(), branch.steps()).id());
    }
    Complaint open = accepted(center.complaints().handle(Fixtures.phoneComplaint(), OPERATIONS));
    cases.add(open.id());

    for (ComplaintId id : cases) {
      assertTrue(center.complaints().find(OPERATIONS, CENTER, id).isRight());
      assertFalse(center.complaints().trail(OPERATIONS, CENTER, id).get().isEmpty());
      assertTrue(center.complaints().availableActions(OPERATIONS, CENTER, id).isRight());
    }
    assertFalse(center.agenda().dueToday(OPERATIONS, CENTER).isEmpty());
    center.agenda().overdue(OPERATIONS, CENTER);
    center.agenda().dueBy(Actors.of("go-1", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, CENTER), CENTER, clock.instant().plus(Duration.ofDays(30)));
    storage.complaints().all(CENTER);

    NoticeRelay.Delivery first = center.notices().deliverPending(100);
    assertEquals(1, first.refused().size(), "the notice to Finance");
    clock.advance(Duration.ofHours(2));
    assertEquals(1, center.notices().deliverPending(100).refused().size(), "offered again, refused again");
    assertEquals(List.of(), storage.eventLog().claimDue(10, Fixtures.NOW), "claimed outside a relay's transaction: nothing is due");

    // a step the case is not at, an unknown case, input the checks refuse
    Rejection notNow = center.complaints().handle(new Triage(commandId(), CENTER, cases.get(0), Remit.WITHIN), OPERATIONS).getLeft();
    assertInstanceOf(Rejection.ActionNotAllowed.class, notNow);
    assertInstanceOf(Rejection.CaseNotFound.class,
        center.complaints().handle(new Triage(commandId(), CENTER, ComplaintId.of("nobody"), Remit.WITHIN), OPERATIONS).getLeft());
    assertInstanceOf(Rejection.InvalidInput.class, center.complaints().handle(
        new RecordPhoneComplaint(commandId(), CENTER, Complainant.of("王小明", "ACME", "13800138000"), " "), OPERATIONS).getLeft());

    // a lost race, outside any transaction: the stale save reads the stored version on a connection of its own
    Complaint stale = center.complaints().find(OPERATIONS, CENTER, open.id()).get();
    accepted(center.complaints().handle(new Triage(commandId(), CENTER, open.id(), Remit.OUTSIDE), OPERATIONS));
    assertInstanceOf(Rejection.VersionConflict.class,
        storage.complaints().save(stale.advancedTo(stale.state(), stale.stateEnteredAt(), stale.policy()), stale.version()).getLeft());

    // failures: in the middle of a command, at its commit, and in a read outside a transaction
    // an opening's third statement: its writes after the case (all of them at once on H2 and PostgreSQL)
    watched.failAtStatement(3);
    assertThrows(StorageFailure.class, () -> center.complaints().handle(Fixtures.phoneComplaint(), OPERATIONS));
    watched.failAtCommit();
    assertThrows(StorageFailure.class, () -> center.complaints().handle(Fixtures.phoneComplaint(), OPERATIONS));
    watched.failAtStatement(1);
    assertThrows(StorageFailure.class, () -> center.complaints().find(OPERATIONS, CENTER, open.id()));
    clock.advance(Duration.ofHours(1));
    watched.failAtStatement(2);
    assertThrows(StorageFailure.class, () -> center.notices().deliverPending(100), "claimed Finance's notice, failed to mark it refused");
    watched.heal();

    // after all that, the adapter still works
    accepted(center.complaints().handle(Fixtures.phoneComplaint(), OPERATIONS));
  }

  private static HikariDataSource pool(DataSource database) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database);
    config.setMaximumPoolSize(2);
    // a leak exhausts a pool of two within the workload; fail within seconds rather than wait the default 30
    config.setConnectionTimeout(3_000);
    config.setPoolName("leak-test");
    return new HikariDataSource(config);
  }
}
