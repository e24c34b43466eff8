package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordedTenancies;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Key control end to end on the JDBC adapter, H2 and PostgreSQL: a key's events read back from the audit trail, the
 * register's answers after a restart, and KY-1.4 held by several nodes cutting master keys at the same moment.
 */
class KeyControlOnJdbcTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final TenantId ACME = TenantId.of("T-acme");
  private static final RoomId ROOM = RoomId.of("1203");
  private static final Actor SUPERVISOR = Actor.of("bc-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  private static final Actor CLERK = Actor.of("bc-stf-1", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
  private static final Actor CLEANER = Actor.of("bc-cln-1", Role.CLEANER, Department.BUSINESS_CENTER, TOWER);

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", (Supplier<JdbcStorage>) Databases::freshH2),
        Arguments.of("PostgreSQL", (Supplier<JdbcStorage>) Databases::emptyPostgres));
  }

  private static BusinessCenter node(JdbcStorage storage, String ids, ManualClock clock) {
    RecordedTenancies tenancies = new RecordedTenancies().rents(TOWER, ACME, ROOM).keysHandedOver(TOWER, ACME);
    return BusinessCenter.builder().storage(storage).notifier(new RecordingNotifier()).ids(new SequentialIds(ids)).clock(clock)
        .tenancies(tenancies).build();
  }

  private static Key accepted(BusinessCenter center, KeyCommand command, Actor actor) {
    Either<Rejection, Key> answer = center.keys().handle(command, actor);
    assertTrue(answer.isRight(), () -> command + " answered " + answer);
    return answer.get();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName("KY-1.2 KY-1.3 KY-2.3 KY-2.4 GS-6: a key's history, charges and notices read back from the database, also after a restart")
  void aKeysLifeReadsBack(String name, Supplier<JdbcStorage> database) {
    JdbcStorage storage = database.get();
    ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
    BusinessCenter center = node(storage, name + "-a", clock);
    Lock door = Lock.officeDoor(ROOM);

    accepted(center, new KeyCommand.RegisterBackup(CommandId.of("c-1"), TOWER, door), SUPERVISOR);
    KeyCommand cut = new KeyCommand.CutKey(CommandId.of("c-2"), TOWER, door, Holder.tenant(ACME));
    Key copy = accepted(center, cut, SUPERVISOR);
    Key master = accepted(center, new KeyCommand.CutKey(CommandId.of("c-3"), TOWER, Lock.master(), Holder.staff(CLEANER, Employer.CENTER_STAFF)), SUPERVISOR);
    accepted(center, new KeyCommand.RecordUse(CommandId.of("c-4"), TOWER, master.id(), MasterKeyPurpose.COLLECT_FAX, ROOM), CLEANER);
    accepted(center, new KeyCommand.ReportLost(CommandId.of("c-5"), TOWER, master.id(), "丢失于电梯"), CLERK);
    Key lostCopy = accepted(center, new KeyCommand.ReportLost(CommandId.of("c-6"), TOWER, copy.id(), null), CLERK);

    // another node on the same database, as after a restart: nothing is kept in memory between commands
    BusinessCenter restarted = node(storage, name + "-b", clock);
    assertEquals(lostCopy, restarted.keys().find(SUPERVISOR, TOWER, copy.id()).get());
    assertEquals(copy, restarted.keys().handle(cut, SUPERVISOR).get(), "a repeated command gets its first answer from the database");
    List<AuditEntry> trail = restarted.keys().trail(SUPERVISOR, TOWER, master.id()).get();
    assertEquals(List.of(new KeyEvent.MasterKeyUsed(Holder.staff(CLEANER, Employer.CENTER_STAFF), MasterKeyPurpose.COLLECT_FAX, ROOM, clock.instant())),
        trail.get(1).events());
    assertEquals(KeyEvent.KeyLost.class, trail.get(2).events().get(0).getClass());
    assertEquals("KY_MASTER_KEY_LOST", trail.get(2).notices().get(0).notice().code());
    List<AuditEntry> copysTrail = restarted.keys().trail(SUPERVISOR, TOWER, copy.id()).get();
    assertEquals(2, lostCopy.charges().size(), "the copy and its compensation (KY-2.3, KY-2.4)");
    assertEquals(lostCopy.charges().get(0), ((KeyEvent.KeyCut) copysTrail.get(0).events().get(0)).charge().orElseThrow());
    assertEquals(lostCopy.charges().get(1), ((KeyEvent.KeyLost) copysTrail.get(1).events().get(0)).compensation().orElseThrow());
    assertEquals(1, restarted.notices().deliverPending(10).delivered());
    assertEquals(List.of(), restarted.keys().stillHeldBy(TOWER, ACME));
    assertEquals(List.of(KeyState.IN_BOX), restarted.keys().keyBox(CLERK, TOWER, ROOM).get().stream().map(Key::state).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName("KY-1.4 eight nodes cutting master keys at the same moment: exactly the policy's count is cut, the others are refused")
  void nodesCannotCutBeyondTheCount(String name, Supplier<JdbcStorage> database) throws InterruptedException {
    JdbcStorage storage = database.get();
    int nodes = 8;
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    CountDownLatch start = new CountDownLatch(1);
    Queue<Either<Rejection, Key>> answers = new ConcurrentLinkedQueue<>();
    Queue<Throwable> escaped = new ConcurrentLinkedQueue<>();
    List<BusinessCenter> centers = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      centers.add(node(storage, name + "-node" + n, new ManualClock(Instant.parse("2026-03-02T01:00:00Z"))));
    }
    for (int n = 0; n < nodes; n++) {
      BusinessCenter center = centers.get(n);
      int node = n;
      pool.execute(() -> {
        try {
          start.await();
          answers.add(center.keys().handle(new KeyCommand.CutKey(CommandId.of("cut-" + node), TOWER, Lock.master(), Holder.staff(CLEANER, Employer.CENTER_STAFF)),
              SUPERVISOR));
        } catch (Throwable e) {
          escaped.add(e);
        }
      });
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    assertEquals(List.of(), List.copyOf(escaped), "no exception escapes");

    long cut = answers.stream().filter(Either::isRight).count();
    assertEquals(3, cut, () -> "answers: " + answers);
    answers.stream().filter(Either::isLeft).forEach(a -> assertInstanceOf(KeyRejection.MasterKeyCountReached.class, a.getLeft()));
    assertEquals(3, storage.keys().inRegister(TOWER, KeyCategory.MASTER));
  }
}
