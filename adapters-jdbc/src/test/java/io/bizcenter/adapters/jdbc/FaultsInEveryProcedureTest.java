package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.NoticeRelay;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.ManualClock;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database fails at every statement, one at a time, across a full day of every procedure ({@link EveryProcedure}):
 * for each command, a fault at its first statement, then at its second, and so on to its commit. Each time the caller
 * sees an infrastructure failure ({@link StorageFailure}, caused by the fault) and every row of every table is as it was
 * (a fault at the commit comes after every statement ran: there, every store read through the ports also shows exactly
 * what it showed before). Sent again once the database is well, the same command is applied exactly once: its answer
 * and every row of every table equal a run that never failed, and so, at the end of the day, does everything the ports
 * show; sent a third time, it answers the same and writes nothing. Then the outbox relay is killed at every statement of its run,
 * between handing notices to the notifier and marking them delivered: each notice comes again, with the same id, and a
 * consumer that drops the ids it has seen applies each one exactly once.
 *
 * <p>H2 and MariaDB for every command; PostgreSQL for every {@value #POSTGRES_EVERY}-th command of the day (every command
 * with {@code -Dbizcenter.faults.postgres.every=1}), to keep the default build quick: MariaDB takes the whole day in
 * about the time PostgreSQL takes a seventh of it.
 */
@DisplayName("A fault at any statement of any procedure writes nothing; the retry is applied once; notices come at least once")
class FaultsInEveryProcedureTest {
  private static final int POSTGRES_EVERY = 7;
  /** Every table is compared after every fault; the ports' view after the commit's fault of each command, or after every fault. */
  private static final boolean PORTS_AT_EVERY_FAULT = Boolean.getBoolean("bizcenter.faults.ports-every-fault");

  /** What a run without faults answered and stored after each command, and how much work each command was. */
  private record Reference(Map<String, Either<Rejection, Object>> answers, Map<String, Map<String, List<String>>> after,
      Map<String, Integer> statements, Map<String, String> procedures, StoreContents contents) {}

  @ParameterizedTest(name = "{0}")
  @EnumSource(Dialect.class)
  @DisplayName("GS-2, GS-6: a fault at every statement of a full day of every procedure writes nothing, the caller sees StorageFailure, the retry is applied once")
  void aFaultAtEveryStatementOfEveryProcedure(Dialect dialect) {
    int every = dialect == Dialect.POSTGRESQL ? Integer.getInteger("bizcenter.faults.postgres.every", POSTGRES_EVERY) : 1;
    long began = System.nanoTime();
    Reference reference = reference(Databases.empty(dialect), every);

    DataSource database = Databases.empty(dialect);
    JdbcStorage healthy = JdbcStorage.on(database);
    WatchedDataSource watched = new WatchedDataSource(database);
    CommandScopedIds ids = new CommandScopedIds();
    DeduplicatingConsumer consumer = new DeduplicatingConsumer();
    ManualClock clock = new ManualClock(EveryProcedure.START);
    BusinessCenter center = EveryProcedure.center(ids.around(JdbcStorage.on(watched)), clock, ids, consumer);
    Map<String, Integer> faultsPerProcedure = new TreeMap<>();
    int[] sent = new int[1];

    EveryProcedure.play(center, clock, new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        String id = command.commandId().value();
        ids.sending(id);
        if (sent[0]++ % every != 0) {
          watched.heal();
          return AuthorisationFromDeclarationsTest.accepted(desk.handle(command, actor), command);
        }
        StoreContents before = StoreContents.of(healthy, CENTER, List.of(), List.of(command.commandId()));
        Map<String, List<String>> rows = Databases.dump(database);
        for (int n = 1; ; n++) {
          watched.failAtStatementOrCommit(n);
          String where = dialect + " " + command + " failing at statement " + n;
          StorageFailure failure = assertThrows(StorageFailure.class, () -> desk.handle(command, actor), where + ": the caller sees StorageFailure");
          String at = watched.faultedAt();
          watched.heal();
          assertNotNull(at, where + ": the failure is not the injected one: " + failure);
          assertTrue(causedByTheInjectedFault(failure), () -> where + ": the failure is not the injected one: " + failure);
          assertEquals(rows, Databases.dump(database), where + " (" + at + "): every row of every table is as it was");
          faultsPerProcedure.merge(reference.procedures().get(id), 1, Integer::sum);
          if (at.equals("commit") || PORTS_AT_EVERY_FAULT) {
            // the commit fails after every statement ran: the most there is to leave half-written
            before.assertSameAs(StoreContents.of(healthy, CENTER, List.of(), List.of(command.commandId())), where + " (" + at + "), the stores");
          }
          if (at.equals("commit")) {
            assertEquals(reference.statements().get(id), n - 1, where + ": the commit comes after as many statements as without faults");
            break;
          }
        }
        Either<Rejection, T> retried = desk.handle(command, actor);
        assertEquals(reference.answers().get(id), retried.map(Object.class::cast), command + ": the retry answers as a run without faults");
        Map<String, List<String>> applied = Databases.dump(database);
        assertEquals(reference.after().get(id), applied, command + ": the retry is applied exactly once, as in a run without faults");
        assertEquals(retried, desk.handle(command, actor), command + ": the third sending answers as the second");
        assertEquals(applied, Databases.dump(database), command + ": the third sending wrote nothing");
        return retried.get();
      }
    });
    reference.contents().assertSameAs(StoreContents.of(healthy, CENTER, List.of(), List.of()), dialect + ": at the end of the day, every store");
    int faults = faultsPerProcedure.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> statements = new TreeMap<>();
    reference.statements().forEach((id, n) -> statements.merge(reference.procedures().get(id), n, Integer::sum));
    System.out.printf("[faults] %s: %d commands, %d statements in a run without faults %s; %d faults injected %s, each followed by a "
            + "retry applied once, in %d ms%n", dialect, reference.statements().size(),
        statements.values().stream().mapToInt(Integer::intValue).sum(), statements, faults, faultsPerProcedure,
        (System.nanoTime() - began) / 1_000_000);
    assertEquals(StoreContents.STORES.keySet(), statements.keySet(), "the day takes a case of every procedure");

    theRelayKilledBeforeItsAcknowledgementDeliversAgain(dialect, center, healthy, watched, consumer);
  }

  /**
   * The relay fails at each statement of its run in turn (claiming, each mark of a delivered notice, the commit): the
   * notices it handed over before the failure are still pending, and come again, with the same ids.
   */
  private static void theRelayKilledBeforeItsAcknowledgementDeliversAgain(Dialect dialect, BusinessCenter center, JdbcStorage healthy,
      WatchedDataSource watched, DeduplicatingConsumer consumer) {
    Set<NoticeId> written = new LinkedHashSet<>();
    StoreContents.STORES.keySet().forEach(procedure -> StoreContents.cases(healthy, CENTER).cases().get(procedure).forEach(c ->
        healthy.eventLog().trail(CENTER, procedure, c.id().value()).stream().map(AuditEntry::notices).flatMap(List::stream)
            .forEach(n -> written.add(n.id()))));
    List<OutboxNotice> pending = healthy.eventLog().pendingNotices(1_000_000);
    assertEquals(written.size(), pending.size(), "every notice of the day waits in the outbox");
    assertTrue(pending.size() >= 10, "the day writes notices");

    int kills = 0;
    for (int n = 1; ; n++) {
      watched.failAtStatementOrCommit(n);
      assertThrows(StorageFailure.class, () -> center.notices().deliverPending(1000), dialect + ": the relay killed at statement " + n);
      String at = watched.faultedAt();
      watched.heal();
      kills++;
      assertEquals(pending, healthy.eventLog().pendingNotices(1_000_000), dialect + ": killed at " + at + ", no notice is marked delivered");
      if ("commit".equals(at)) {
        break;
      }
    }
    NoticeRelay.Delivery delivery = center.notices().deliverPending(1000);
    assertEquals(new NoticeRelay.Delivery(pending.size(), List.of()), delivery, "the relay, well again, delivers every notice");
    assertEquals(List.of(), healthy.eventLog().pendingNotices(1000), "nothing is left in the outbox");
    assertEquals(written, consumer.applied().keySet(), "the consumer applied every notice of the day, each once");
    assertTrue(consumer.duplicatesDropped() >= kills, "the relay's kills made it deliver again");
    System.out.printf("[faults] %s relay: %d notices, killed %d times before marking them delivered; %d deliveries, %d duplicates "
        + "dropped by their stable ids, each notice applied once%n", dialect, pending.size(), kills, consumer.deliveries(),
        consumer.duplicatesDropped());
  }

  /** A run of the day without faults: each command's answer, the stores after it, and how many statements it took. */
  private static Reference reference(DataSource database, int every) {
    JdbcStorage healthy = JdbcStorage.on(database);
    WatchedDataSource watched = new WatchedDataSource(database);
    CommandScopedIds ids = new CommandScopedIds();
    ManualClock clock = new ManualClock(EveryProcedure.START);
    BusinessCenter center = EveryProcedure.center(ids.around(JdbcStorage.on(watched)), clock, ids, notice -> { });
    Map<String, Either<Rejection, Object>> answers = new HashMap<>();
    Map<String, Map<String, List<String>>> after = new HashMap<>();
    Map<String, Integer> statements = new LinkedHashMap<>();
    Map<String, String> procedures = new HashMap<>();
    EveryProcedure.play(center, clock, new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        String id = command.commandId().value();
        ids.sending(id);
        watched.heal();
        Either<Rejection, T> answer = desk.handle(command, actor);
        statements.put(id, watched.statementsExecuted());
        assertEquals(1, watched.commits(), command + ": one unit of work per command");
        T accepted = AuthorisationFromDeclarationsTest.accepted(answer, command);
        answers.put(id, answer.map(Object.class::cast));
        if ((statements.size() - 1) % every == 0) {
          after.put(id, Databases.dump(database));
        }
        procedures.put(id, procedureOf(healthy, accepted, command));
        return accepted;
      }
    });
    return new Reference(answers, after, statements, procedures, StoreContents.of(healthy, CENTER, List.of(), List.of()));
  }

  private static String procedureOf(JdbcStorage storage, Object answer, Command command) {
    String caseId = ((Case<?, ?>) answer).id().value();
    for (String procedure : StoreContents.STORES.keySet()) {
      if (storage.eventLog().trail(CENTER, procedure, caseId).stream().anyMatch(e -> e.commandId().equals(command.commandId()))) {
        return procedure;
      }
    }
    return fail("no trail entry of " + command);
  }

  private static boolean causedByTheInjectedFault(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof WatchedDataSource.InjectedFault) {
        return true;
      }
    }
    return false;
  }

  /** A vendor's consumer of notices: it applies each notice id once and drops what it has seen (at least once, made once). */
  static final class DeduplicatingConsumer implements Notifier {
    private final Map<NoticeId, Integer> applied = new LinkedHashMap<>();
    private int deliveries;
    private int dropped;

    @Override
    public synchronized void deliver(OutboxNotice notice) {
      deliveries++;
      if (applied.containsKey(notice.id())) {
        dropped++;
        return;
      }
      applied.put(notice.id(), 1);
    }

    synchronized Map<NoticeId, Integer> applied() {
      return new LinkedHashMap<>(applied);
    }

    synchronized int deliveries() {
      return deliveries;
    }

    synchronized int duplicatesDropped() {
      return dropped;
    }
  }
}
