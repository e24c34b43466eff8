package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.Transactions;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.FeeLine;
import io.bizcenter.core.tenancy.IdentityDocument;
import io.bizcenter.core.tenancy.IdentityDocumentKind;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.ItemCondition;
import io.bizcenter.core.tenancy.KeyCompensation;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInEvent;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.core.tenancy.TenancyRejection;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Move-in, the lease watch and move-out end to end on the JDBC adapter, H2 and PostgreSQL: a tenancy from the notice to
 * the updated directory, read back by another node as after a restart; and the rules that span cases held by several
 * nodes at the same moment: a unit has one tenant (MI-1.1), no two bookings of the freight elevator overlap (MI-6.1).
 */
class TenancyOnJdbcTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final Actor CLERK = Actor.of("sv-clk-1", Role.STAFF, Department.SERVICE, TOWER);
  private static final Actor OFFICE = Actor.of("mo-clk-1", Role.STAFF, Department.MANAGEMENT_OFFICE, TOWER);
  private static final Actor ENGINEER = Actor.of("en-stf-1", Role.STAFF, Department.ENGINEERING, TOWER);
  private static final Actor KEY_DESK = Actor.of("bc-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", (Supplier<JdbcStorage>) Databases::freshH2),
        Arguments.of("PostgreSQL", (Supplier<JdbcStorage>) Databases::emptyPostgres));
  }

  private static BusinessCenter node(JdbcStorage storage, String ids, ManualClock clock) {
    return BusinessCenter.builder().storage(storage).notifier(new RecordingNotifier()).ids(new SequentialIds(ids)).clock(clock).build();
  }

  /** Sends each command as the actor that may take it, with fresh command ids. */
  private static final class Walk {
    private final BusinessCenter center;
    private final ManualClock clock;
    private final String prefix;
    private final AtomicInteger commands = new AtomicInteger();

    Walk(BusinessCenter center, ManualClock clock, String prefix) {
      this.center = center;
      this.clock = clock;
      this.prefix = prefix;
    }

    CommandId id() {
      return CommandId.of(prefix + "-" + commands.incrementAndGet());
    }

    <T> T ok(Either<Rejection, T> answer) {
      assertTrue(answer.isRight(), () -> "refused: " + answer.getLeft());
      clock.advance(Duration.ofMinutes(5));
      return answer.get();
    }

    MoveIn moveIn(MoveInCommand command, Actor actor) {
      return ok(center.tenancy().handle(command, actor));
    }

    /** A move-in of {@code unit}, handed over and told everything, its file complete, its reading recorded. */
    MoveIn readyToMove(TenantId tenant, RoomId unit, String... comments) {
      var id = atKeyHandover(tenant, unit, comments).id();
      moveIn(new MoveInCommand.SignKeyHandoverForm(id(), TOWER, id), CLERK);
      moveIn(new MoveInCommand.ConfirmMeterReading(id(), TOWER, id, "E-" + unit, new BigDecimal("1520.5")), CLERK);
      moveIn(new MoveInCommand.RecordMeterReading(id(), TOWER, id, "E-" + unit, new BigDecimal("1520.50")), ENGINEER);
      for (OrientationItem item : OrientationItem.values()) {
        moveIn(new MoveInCommand.Introduce(id(), TOWER, id, item, null), CLERK);
      }
      for (ClientDocument kind : List.of(ClientDocument.ID_COPY, ClientDocument.COMPANY_REGISTRATION_COPY, ClientDocument.PROPERTY_TITLE_COPY,
          ClientDocument.LEASE_COPY)) {
        moveIn(new MoveInCommand.FileDocument(id(), TOWER, id, kind, "ARC-" + kind.ordinal()), CLERK);
      }
      return moveIn(new MoveInCommand.RecordClientContacts(id(), TOWER, id, List.of(ClientContact.of("欧阳娜娜", "13912345678", "经理"))), CLERK);
    }

    /** A move-in of {@code unit} whose equipment is accepted and whose tenant holds a door key: the handover form comes next. */
    MoveIn atKeyHandover(TenantId tenant, RoomId unit, String... comments) {
      MoveIn m = moveIn(new MoveInCommand.ReceiveMoveInNotice(id(), TOWER, tenant, "上海某某贸易有限公司", List.of(unit), LocalDate.of(2026, 3, 1),
          LocalDate.of(2028, 4, 30), "行政-031"), CLERK);
      var id = m.id();
      moveIn(new MoveInCommand.PrepareForms(id(), TOWER, id), CLERK);
      moveIn(new MoveInCommand.VerifyIdentity(id(), TOWER, id, IdentityDocument.original(IdentityDocumentKind.RESIDENT_ID_CARD,
          "310101199001011234", "欧阳娜娜")), CLERK);
      moveIn(new MoveInCommand.SendFeeNotice(id(), TOWER, id, List.of(FeeLine.of(ChargeItem.MANAGEMENT_FEE, "361.50"))), CLERK);
      moveIn(new MoveInCommand.SignManagementAgreement(id(), TOWER, id, TenancyPolicy.DEFAULT_AGREEMENT_TEMPLATE, "MA-" + unit,
          PersonName.of("欧阳娜娜")), OFFICE);
      moveIn(new MoveInCommand.DeliverHandbookAndGuide(id(), TOWER, id, PersonName.of("欧阳娜娜")), CLERK);
      moveIn(new MoveInCommand.InspectUnit(id(), TOWER, id, null), CLERK);
      MoveIn accepted = moveIn(new MoveInCommand.AcceptEquipment(id(), TOWER, id, List.of("空调", "窗帘"), List.of(comments)), CLERK);
      ok(center.keys().handle(new KeyCommand.RegisterBackup(id(), TOWER, Lock.officeDoor(unit)), KEY_DESK));
      ok(center.keys().handle(new KeyCommand.CutKey(id(), TOWER, Lock.officeDoor(unit), Holder.tenant(tenant)), KEY_DESK));
      return accepted;
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Dialect.class)
  @DisplayName("MI-4.3 KY-2.1 the key handover waits while a key is being cut for the tenant, so the form lists the keys in the audit trail's order")
  void theHandoverWaitsForAKeyBeingCut(Dialect dialect) throws Exception {
    DataSource database = Databases.empty(dialect);
    ManualClock clock = new ManualClock(START);
    BusinessCenter center = node(JdbcStorage.on(database), dialect + "-hold", clock);
    TenantId tenant = TenantId.of("T-hold");
    MoveIn m = new Walk(center, clock, dialect + "-hold").atKeyHandover(tenant, RoomId.of("1601"));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch cutDone = new CountDownLatch(1);
    try {
      // a key cut for the tenant, in flight on another node: its unit of work holds the name key control holds
      Transactions otherNode = JdbcStorage.on(database).transactions();
      Future<Either<Rejection, Object>> cutting = nodes.submit(() -> otherNode.inTransaction(() -> {
        otherNode.exclusive(TOWER, "keys:holder:" + Holder.tenant(tenant).reference());
        held.countDown();
        await(cutDone);
        return Either.right("cut");
      }));
      assertTrue(held.await(30, TimeUnit.SECONDS), "the other node holds the tenant's keys");
      Future<Either<Rejection, MoveIn>> signing = nodes.submit(() ->
          center.tenancy().handle(new MoveInCommand.SignKeyHandoverForm(CommandId.of("sign"), TOWER, m.id()), CLERK));
      assertThrows(TimeoutException.class, () -> signing.get(700, TimeUnit.MILLISECONDS), "the handover waits for the cut to end");
      cutDone.countDown();
      assertTrue(cutting.get(30, TimeUnit.SECONDS).isRight());
      assertTrue(signing.get(30, TimeUnit.SECONDS).isRight(), "once the cut ends, the handover is signed");
    } finally {
      cutDone.countDown();
      nodes.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName("MI-1.1 MI-4.5 MI-6.1 MI-6.3 MO-1.1 MO-2.1 MO-2.2 MO-2.3 MO-3.1 MO-3.2 MO-3.3 GS-6: a tenancy from notice to directory, read back by another node")
  void aTenancyReadsBack(String name, Supplier<JdbcStorage> database) {
    JdbcStorage storage = database.get();
    ManualClock clock = new ManualClock(START);
    BusinessCenter center = node(storage, name + "-a", clock);
    Walk walk = new Walk(center, clock, name);
    TenantId acme = TenantId.of("T-acme");
    RoomId unit = RoomId.of("1203");

    MoveIn m = walk.readyToMove(acme, unit, "窗帘轨道松动");
    m = walk.moveIn(new MoveInCommand.CloseRectificationItem(walk.id(), TOWER, m.id(), "R1", "已修复"), ENGINEER);
    m = walk.moveIn(new MoveInCommand.BookMove(walk.id(), TOWER, m.id(), "F1", START.plus(Duration.ofDays(10)), START.plus(Duration.ofDays(10))
        .plus(Duration.ofHours(3))), CLERK);
    MoveInCommand.CompleteMoveIn complete = new MoveInCommand.CompleteMoveIn(walk.id(), TOWER, m.id());
    MoveIn completed = walk.moveIn(complete, CLERK);

    // another node on the same database, as after a restart
    BusinessCenter restarted = node(storage, name + "-b", clock);
    assertEquals(completed, restarted.tenancy().find(CLERK, TOWER, m.id()).get());
    assertEquals(completed, restarted.tenancy().handle(complete, CLERK).get(), "a repeated command gets its first answer from the database");
    List<AuditEntry> trail = restarted.tenancy().trail(CLERK, TOWER, m.id()).get();
    assertEquals(completed.version(), trail.size());
    assertEquals(new MoveInEvent.FeeNoticeSent(completed.feeNotice().get()), trail.get(3).events().get(0));
    assertEquals(List.of(m.id()), restarted.tenancy().elevatorBookings(CLERK, TOWER, "F1", START, START.plus(Duration.ofDays(30))).stream()
        .map(MoveIn::id).toList());
    RenewalVisit lease = restarted.tenancy().leaseOf(CLERK, TOWER, m.id()).get();
    assertEquals(LocalDate.of(2028, 2, 29), lease.visitDue());
    assertEquals(unit, restarted.tenancy().directory(CLERK, TOWER).get().entries().get(0).unit());

    // the client leaves at the renewal visit, the move-out opens; damage and a lost key on the statement
    Walk out = new Walk(restarted, clock, name + "-out");
    out.ok(restarted.tenancy().handle(new RenewalVisitCommand.RecordIntent(out.id(), TOWER, lease.id(), ClientIntent.LEAVE, null), CLERK));
    MoveOut moveOut = restarted.tenancy().moveOutOf(CLERK, TOWER, m.id()).get();
    moveOut = out.ok(restarted.tenancy().handle(new MoveOutCommand.TakeJointInventory(out.id(), TOWER, moveOut.id(), ENGINEER.staff(), List.of(
        new InventoryLine("空调", ItemCondition.DAMAGED, null), new InventoryLine("窗帘", ItemCondition.INTACT, "完好"))), CLERK));
    moveOut = out.ok(restarted.tenancy().handle(new MoveOutCommand.RecordMeterReading(out.id(), TOWER, moveOut.id(), "E-1203",
        new BigDecimal("2890")), ENGINEER));
    moveOut = out.ok(restarted.tenancy().handle(new MoveOutCommand.AssessDamage(out.id(), TOWER, moveOut.id(),
        List.of(new Compensation("空调", Money.yuan("800.00")))), ENGINEER));
    Key key = restarted.keys().stillHeldBy(TOWER, acme).get(0);
    assertInstanceOf(TenancyRejection.KeysStillHeld.class, restarted.tenancy().handle(new MoveOutCommand.Vacate(out.id(), TOWER, moveOut.id()),
        CLERK).getLeft());
    out.ok(restarted.keys().handle(new KeyCommand.ReportLost(out.id(), TOWER, key.id(), "未交回"), KEY_DESK));
    moveOut = out.ok(restarted.tenancy().handle(new MoveOutCommand.Vacate(out.id(), TOWER, moveOut.id()), CLERK));
    moveOut = out.ok(restarted.tenancy().handle(new MoveOutCommand.ArchiveClientFile(out.id(), TOWER, moveOut.id(), "档案-1"), CLERK));
    moveOut = out.ok(restarted.tenancy().handle(new MoveOutCommand.UpdateDirectoryAndNameplate(out.id(), TOWER, moveOut.id(), null), CLERK));

    assertEquals(MoveOutState.COMPLETED, moveOut.state());
    assertEquals(moveOut, center.tenancy().find(CLERK, TOWER, moveOut.id()).get(), "the first node reads the move-out back");
    assertEquals(List.of(new KeyCompensation(key.id().value(), unit, KeyKind.DOOR, Money.yuan("200.00"))), moveOut.lostKeys());
    assertEquals(Money.yuan("1000.00"), moveOut.totalCharges());
    assertEquals(RenewalVisitState.ENDED, center.tenancy().find(CLERK, TOWER, lease.id()).get().state(), "MO-3.3 the client left: the watch ended");
    assertEquals(List.of(), center.tenancy().directory(CLERK, TOWER).get().entries());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName("MI-6.1 MI-1.1 four nodes booking the freight elevator for one slot, and receiving notices for one unit, at the same moment: one each")
  void nodesCannotDoubleBook(String name, Supplier<JdbcStorage> database) throws InterruptedException {
    JdbcStorage storage = database.get();
    int nodes = 4;
    ManualClock clock = new ManualClock(START);
    BusinessCenter first = node(storage, name + "-setup", clock);
    Walk walk = new Walk(first, clock, name + "-setup");
    List<MoveIn> ready = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      ready.add(walk.readyToMove(TenantId.of("T-" + n), RoomId.of("150" + n)));
    }
    List<BusinessCenter> centers = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      centers.add(node(storage, name + "-node" + n, new ManualClock(clock.instant())));
    }
    Instant slot = START.plus(Duration.ofDays(20));

    List<Either<Rejection, MoveIn>> bookings = race(nodes, n -> centers.get(n).tenancy().handle(new MoveInCommand.BookMove(
        CommandId.of("book-" + n), TOWER, ready.get(n).id(), "F1", slot.plus(Duration.ofMinutes(30L * n)), slot.plus(Duration.ofHours(3))), CLERK));
    assertEquals(1, bookings.stream().filter(Either::isRight).count(), "MI-6.1 exactly one booking of the slot: " + bookings);
    bookings.stream().filter(Either::isLeft).forEach(r -> assertInstanceOf(TenancyRejection.FreightElevatorAlreadyBooked.class, r.getLeft()));

    List<Either<Rejection, MoveIn>> notices = race(nodes, n -> centers.get(n).tenancy().handle(new MoveInCommand.ReceiveMoveInNotice(
        CommandId.of("notice-" + n), TOWER, TenantId.of("T-new-" + n), "新公司", List.of(RoomId.of("1801")), LocalDate.of(2026, 6, 1),
        LocalDate.of(2028, 5, 31), "N-" + n), CLERK));
    assertEquals(1, notices.stream().filter(Either::isRight).count(), "MI-1.1 exactly one tenant for the unit: " + notices);
    notices.stream().filter(Either::isLeft).forEach(r -> assertInstanceOf(TenancyRejection.UnitOccupied.class, r.getLeft()));
  }

  private static List<Either<Rejection, MoveIn>> race(int nodes, java.util.function.IntFunction<Either<Rejection, MoveIn>> command)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    CountDownLatch start = new CountDownLatch(1);
    Queue<Either<Rejection, MoveIn>> answers = new ConcurrentLinkedQueue<>();
    Queue<Throwable> escaped = new ConcurrentLinkedQueue<>();
    for (int n = 0; n < nodes; n++) {
      int node = n;
      pool.execute(() -> {
        try {
          start.await();
          answers.add(command.apply(node));
        } catch (Throwable e) {
          escaped.add(e);
        }
      });
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    assertEquals(List.of(), List.copyOf(escaped));
    return List.copyOf(answers);
  }
}
