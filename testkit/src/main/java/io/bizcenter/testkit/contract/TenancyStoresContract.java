package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.POLICY;
import static io.bizcenter.testkit.contract.Samples.at;
import static io.bizcenter.testkit.contract.TenancySamples.ACME;
import static io.bizcenter.testkit.contract.TenancySamples.BETA;
import static io.bizcenter.testkit.contract.TenancySamples.ELEVATOR;
import static io.bizcenter.testkit.contract.TenancySamples.ROOM_1203;
import static io.bizcenter.testkit.contract.TenancySamples.ROOM_1204;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.ElevatorBooking;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInEvent;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInProcedure;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveIns;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutEvent;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.MoveOutProcedure;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitEvent;
import io.bizcenter.core.tenancy.RenewalVisitProcedure;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Receipt;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of tenancy's stores' own questions: a move-in's tenant and units, the freight elevator's calendar
 * (MI-6.1: no two bookings overlap), the move-out and lease watch of a move-in, a tenant's cases; and that every kind of
 * tenancy event and a tenancy case as a receipt's answer read back equal from the event log and receipts.
 */
public abstract class TenancyStoresContract extends PortContract {
  private MoveIns moveIns() {
    return storage.moveIns();
  }

  private MoveIn saved(MoveIn m) {
    committed(() -> assertTrue(moveIns().save(m, m.version() - 1).isRight(), () -> "saving " + m.id()));
    return m;
  }

  private MoveIn booked(CenterId center, String id, String elevator, Instant from, Instant to) {
    return saved(TenancySamples.moveIn(center, id, 1, at(0), ACME, List.of(RoomId.of("u-" + id)), MoveInState.MOVE_BOOKED,
        Optional.of(new ElevatorBooking(elevator, from, to))));
  }

  private static List<String> ids(List<MoveIn> found) {
    return found.stream().map(m -> m.id().value()).toList();
  }

  @Test
  @DisplayName("MI-1.1 KY-2.1 a tenant's move-ins and a unit's move-ins, oldest first, in every state; other centers and units apart")
  void byTenantAndByUnit() {
    MoveIn first = saved(TenancySamples.moveIn(CENTER_A, "zeta", 1, at(1), ACME, List.of(ROOM_1203, ROOM_1204), MoveInState.WITHDRAWN,
        Optional.empty()));
    MoveIn second = saved(TenancySamples.moveIn(CENTER_A, "alpha", 1, at(2), BETA, List.of(ROOM_1203), MoveInState.NOTICE_RECEIVED,
        Optional.empty()));
    MoveIn third = saved(TenancySamples.moveIn(CENTER_A, "mid", 1, at(3), ACME, List.of(RoomId.of("1501")), MoveInState.COMPLETED,
        Optional.empty()));
    saved(TenancySamples.moveIn(CENTER_B, "other", 1, at(4), ACME, List.of(ROOM_1203), MoveInState.NOTICE_RECEIVED, Optional.empty()));
    // a later step keeps the move-in where it was, units and all
    MoveIn secondNext = saved(second.advancedTo(MoveInState.FORMS_PREPARED, at(5), POLICY));

    assertEquals(List.of(first, third), moveIns().ofTenant(CENTER_A, ACME));
    assertEquals(List.of(secondNext), moveIns().ofTenant(CENTER_A, BETA));
    assertEquals(List.of(first, secondNext), moveIns().ofUnit(CENTER_A, ROOM_1203));
    assertEquals(List.of(first), moveIns().ofUnit(CENTER_A, ROOM_1204));
    assertEquals(List.of("other"), ids(moveIns().ofUnit(CENTER_B, ROOM_1203)));
    assertEquals(List.of(), moveIns().ofUnit(CENTER_B, ROOM_1204));
    assertEquals(List.of(), moveIns().ofTenant(CENTER_B, BETA));
  }

  @Test
  @DisplayName("MI-1.1 a new move-in that is rolled back leaves no trace in the questions either")
  void aRolledBackMoveInLeavesNoTrace() {
    Either<Rejection, String> answer = storage.transactions().inTransaction(() -> {
      moveIns().save(TenancySamples.moveIn(CENTER_A, "m-1", 1, at(0)), 0);
      return Either.left(new Rejection.CaseNotFound("move-ins", "rolled back on purpose"));
    });

    assertTrue(answer.isLeft());
    assertEquals(List.of(), moveIns().ofUnit(CENTER_A, ROOM_1203));
    assertEquals(List.of(), moveIns().ofTenant(CENTER_A, ACME));
    assertEquals(List.of(), moveIns().elevatorBookings(CENTER_A, ELEVATOR, at(0), at(100_000)));
    // and the same id can then be saved for real
    saved(TenancySamples.moveIn(CENTER_A, "m-1", 1, at(0)));
    assertEquals(List.of("m-1"), ids(moveIns().ofUnit(CENTER_A, ROOM_1203)));
  }

  @Test
  @DisplayName("MI-6.1 every booking sharing a moment with the slot is found, earliest first; touching slots, other elevators, other centers and move-ins without a booking are not")
  void theElevatorsCalendar() {
    // the slot asked about: 10:00 to 12:00 (minutes 600 to 720)
    booked(CENTER_A, "inside", ELEVATOR, at(630), at(690));
    booked(CENTER_A, "over-start", ELEVATOR, at(540), at(610));
    booked(CENTER_A, "over-end", ELEVATOR, at(700), at(800));
    booked(CENTER_A, "around", ELEVATOR, at(500), at(900));
    booked(CENTER_A, "ends-at-start", ELEVATOR, at(540), at(600));
    booked(CENTER_A, "starts-at-end", ELEVATOR, at(720), at(780));
    booked(CENTER_A, "other-elevator", "F2", at(600), at(720));
    booked(CENTER_B, "other-center", ELEVATOR, at(600), at(720));
    saved(TenancySamples.moveIn(CENTER_A, "no-booking", 1, at(0), ACME, List.of(RoomId.of("9")), MoveInState.UNIT_HANDED_OVER, Optional.empty()));

    assertEquals(List.of("around", "over-start", "inside", "over-end"), ids(moveIns().elevatorBookings(CENTER_A, ELEVATOR, at(600), at(720))));
    assertEquals(List.of("other-elevator"), ids(moveIns().elevatorBookings(CENTER_A, "F2", at(600), at(720))));
    assertEquals(List.of("other-center"), ids(moveIns().elevatorBookings(CENTER_B, ELEVATOR, at(600), at(720))));
  }

  @Test
  @DisplayName("MI-6.1 a booking of the longest move that ends inside the slot is found (a store may bound its search by it)")
  void theLongestMoveIsFound() {
    booked(CENTER_A, "all-day", ELEVATOR, at(601).minus(MoveIn.LONGEST_MOVE), at(601));
    booked(CENTER_A, "day-before", ELEVATOR, at(600).minus(MoveIn.LONGEST_MOVE), at(600));

    assertEquals(List.of("all-day"), ids(moveIns().elevatorBookings(CENTER_A, ELEVATOR, at(600), at(720))));
  }

  @Test
  @DisplayName("MO-1.1 a move-in's move-out and lease watch, and a tenant's, are found; other centers' are not")
  void moveOutsAndLeasesByMoveInAndTenant() {
    MoveInId one = MoveInId.of("mi-1");
    MoveInId two = MoveInId.of("mi-2");
    MoveOut out = TenancySamples.moveOut(CENTER_A, "mo-1", 1, at(1), ACME, one, MoveOutState.LEAVING);
    MoveOut other = TenancySamples.moveOut(CENTER_A, "mo-2", 1, at(2), BETA, two, MoveOutState.COMPLETED);
    MoveOut elsewhere = TenancySamples.moveOut(CENTER_B, "mo-3", 1, at(3), ACME, one, MoveOutState.LEAVING);
    RenewalVisit lease = TenancySamples.lease(CENTER_A, "l-1", 1, at(1), ACME, one, RenewalVisitState.WATCHED);
    RenewalVisit otherLease = TenancySamples.lease(CENTER_A, "l-2", 1, at(2), BETA, two, RenewalVisitState.LEAVING);
    committed(() -> {
      List.of(out, other, elsewhere).forEach(o -> assertTrue(storage.moveOuts().save(o, 0).isRight()));
      List.of(lease, otherLease).forEach(l -> assertTrue(storage.renewalVisits().save(l, 0).isRight()));
    });

    assertEquals(List.of(out), storage.moveOuts().ofMoveIn(CENTER_A, one));
    assertEquals(List.of(other), storage.moveOuts().ofTenant(CENTER_A, BETA));
    assertEquals(List.of(elsewhere), storage.moveOuts().ofMoveIn(CENTER_B, one));
    assertEquals(List.of(), storage.moveOuts().ofMoveIn(CENTER_B, two));
    assertEquals(List.of(lease), storage.renewalVisits().ofMoveIn(CENTER_A, one));
    assertEquals(List.of(otherLease), storage.renewalVisits().ofTenant(CENTER_A, BETA));
    assertEquals(List.of(), storage.renewalVisits().ofTenant(CENTER_B, ACME));
  }

  @Test
  @DisplayName("GS-6 every kind of tenancy event, and each tenancy case as a receipt's answer, read back equal from the event log and receipts")
  void tenancyEventsAndReceiptsReadBack() {
    MoveIn m = TenancySamples.moveIn(CENTER_A, "mi-1", 1, at(0));
    RenewalVisit l = TenancySamples.lease(CENTER_A, "l-1", 1, at(0));
    MoveOut o = TenancySamples.moveOut(CENTER_A, "mo-1", 1, at(0));
    List<DomainEvent> moveInEvents = List.of(
        new MoveInEvent.MoveInNoticeReceived(ACME, m.company(), m.units(), m.leaseStart(), m.leaseExpiry(), m.noticeReference()),
        new MoveInEvent.FormsPrepared(),
        new MoveInEvent.IdentityVerified(m.identity().get().document()),
        new MoveInEvent.FeeNoticeSent(m.feeNotice().get()),
        new MoveInEvent.ManagementAgreementSigned(m.agreement().get()),
        new MoveInEvent.HandbookAndGuideSignedFor(PersonName.of("欧阳娜娜")),
        new MoveInEvent.UnitInspected(Optional.empty()),
        new MoveInEvent.EquipmentAccepted(m.equipment(), m.rectificationItems()),
        new MoveInEvent.KeyHandoverFormSigned(m.keyHandover().get()),
        new MoveInEvent.MeterReadingConfirmed(m.confirmedReading().get()),
        new MoveInEvent.MeterReadingRecorded(m.recordedReading().get()),
        new MoveInEvent.RectificationItemClosed("R1", "已修复"),
        new MoveInEvent.Introduced(OrientationItem.ELEVATOR_USE, Optional.of("货梯在北侧")),
        new MoveInEvent.QuestionAnswered("问", "答"),
        new MoveInEvent.MoveBooked(m.move().get()),
        new MoveInEvent.RenovationManagerIntroduced("RA-7", StaffId.of("en-rm-1")),
        new MoveInEvent.FirstRenovationMeetingHeld(Optional.empty()),
        new MoveInEvent.DocumentFiled(ClientDocument.LEASE_COPY, "ARC-A-1"),
        new MoveInEvent.ClientContactsRecorded(m.contacts()),
        new MoveInEvent.MoveInCompleted(),
        new MoveInEvent.MoveInWithdrawn("客户取消"),
        new MoveInEvent.TenancyImported(ACME, m.company(), m.units(), m.leaseStart(), m.leaseExpiry(), m.contacts(),
            new ImportSource("harbour-2026-03", "tenancies", 7, "harbour-tower.json")));
    List<DomainEvent> leaseEvents = List.of(
        new RenewalVisitEvent.LeaseWatched(m.id(), ACME, m.units(), LocalDate.of(2028, 4, 30), LocalDate.of(2028, 2, 29)),
        new RenewalVisitEvent.ClientVisited(ClientIntent.RENEW, Optional.of("续签两年")),
        new RenewalVisitEvent.RenewalHandedOver("l-1/term-1"),
        new RenewalVisitEvent.NewTermRecorded(LocalDate.of(2030, 4, 30), LocalDate.of(2030, 2, 28), "C-17"),
        new RenewalVisitEvent.WatchResumed(MoveOutId.of("mo-1")),
        new RenewalVisitEvent.WatchEnded(MoveOutId.of("mo-2")));
    List<DomainEvent> moveOutEvents = List.of(
        new MoveOutEvent.MoveOutOpened(m.id(), ACME, m.units(), Optional.empty()),
        new MoveOutEvent.JointInventoryTaken(StaffId.of("en-stf-1"), o.inventory()),
        new MoveOutEvent.MeterReadingRecorded(o.meterReading().get(), o.readingCopies()),
        new MoveOutEvent.DamageAssessed(o.compensations(), Money.yuan("800.00")),
        new MoveOutEvent.Vacated(o.lostKeys()),
        new MoveOutEvent.ClientFileArchived("档案室-2028-042"),
        new MoveOutEvent.DirectoryAndNameplateUpdated(Optional.of("铭牌已拆除")),
        new MoveOutEvent.MoveOutCalledOff("客户决定续租"));
    // the lists name every event of the sealed families, so a new one cannot be forgotten here
    assertEquals(Arrays.stream(MoveInEvent.class.getPermittedSubclasses()).collect(Collectors.toSet()),
        moveInEvents.stream().map(Object::getClass).collect(Collectors.toSet()));
    assertEquals(Arrays.stream(RenewalVisitEvent.class.getPermittedSubclasses()).collect(Collectors.toSet()),
        leaseEvents.stream().map(Object::getClass).collect(Collectors.toSet()));
    assertEquals(Arrays.stream(MoveOutEvent.class.getPermittedSubclasses()).collect(Collectors.toSet()),
        moveOutEvents.stream().map(Object::getClass).collect(Collectors.toSet()));
    OutboxNotice notice = OutboxNotice.fresh(new NoticeId("n-mi-1"), CENTER_A, MoveInProcedure.NAME, "mi-1",
        Notice.to(Department.ENGINEERING, "MI_PRE_INSPECTION", Clause.of("MI-1.1"), "mi-1", "1203, 1204"), at(1));
    AuditEntry moveInEntry = new AuditEntry(CENTER_A, MoveInProcedure.NAME, "mi-1", 1, CommandId.of("cmd-mi-1"), StaffId.of("sv-clk-1"),
        Role.STAFF, Department.SERVICE, at(1), MoveInAction.RECEIVE_MOVE_IN_NOTICE.name(), Clause.of("MI-1.1"), POLICY, Optional.empty(),
        MoveInState.NOTICE_RECEIVED.name(), moveInEvents, List.of(notice));
    AuditEntry leaseEntry = new AuditEntry(CENTER_A, RenewalVisitProcedure.NAME, "l-1", 1, CommandId.of("cmd-l-1"), StaffId.of("sv-clk-1"),
        Role.STAFF, Department.SERVICE, at(1), RenewalVisitAction.WATCH_LEASE.name(), Clause.of("MO-1.1"), POLICY, Optional.empty(),
        RenewalVisitState.WATCHED.name(), leaseEvents, List.of());
    AuditEntry moveOutEntry = new AuditEntry(CENTER_A, MoveOutProcedure.NAME, "mo-1", 1, CommandId.of("cmd-mo-1"), StaffId.of("sv-clk-1"),
        Role.STAFF, Department.SERVICE, at(1), MoveOutAction.OPEN_MOVE_OUT.name(), Clause.of("MO-1.1"), POLICY, Optional.empty(),
        MoveOutState.LEAVING.name(), moveOutEvents, List.of());
    Receipt.Sender clerk = new Receipt.Sender(StaffId.of("sv-clk-1"), Role.STAFF, Department.SERVICE);
    List<Receipt> receipts = List.of(
        new Receipt(CENTER_A, CommandId.of("cmd-mi-1"), MoveInProcedure.NAME, "mi-1", MoveInAction.RECEIVE_MOVE_IN_NOTICE.name(), m, clerk, at(1)),
        new Receipt(CENTER_A, CommandId.of("cmd-l-1"), RenewalVisitProcedure.NAME, "l-1", RenewalVisitAction.WATCH_LEASE.name(), l, clerk, at(1)),
        new Receipt(CENTER_A, CommandId.of("cmd-mo-1"), MoveOutProcedure.NAME, "mo-1", MoveOutAction.OPEN_MOVE_OUT.name(), o, clerk, at(1)));

    committed(() -> {
      List.of(moveInEntry, leaseEntry, moveOutEntry).forEach(storage.eventLog()::append);
      receipts.forEach(storage.receipts()::record);
    });

    assertEquals(List.of(moveInEntry), storage.eventLog().trail(CENTER_A, MoveInProcedure.NAME, "mi-1"));
    assertEquals(List.of(leaseEntry), storage.eventLog().trail(CENTER_A, RenewalVisitProcedure.NAME, "l-1"));
    assertEquals(List.of(moveOutEntry), storage.eventLog().trail(CENTER_A, MoveOutProcedure.NAME, "mo-1"));
    for (Receipt r : receipts) {
      assertEquals(Option.of(r), storage.receipts().find(CENTER_A, r.commandId()));
    }
    assertEquals(List.of(notice), storage.eventLog().pendingNotices(10));
  }

  @Test
  @DisplayName("MI-6.1 a saved booking moves the move-in onto the elevator's calendar")
  void aBookingSavedLaterIsFound() {
    MoveIn waiting = saved(TenancySamples.moveIn(CENTER_A, "m-1", 1, at(0), ACME, List.of(ROOM_1203), MoveInState.UNIT_HANDED_OVER, Optional.empty()));
    assertEquals(List.of(), moveIns().elevatorBookings(CENTER_A, ELEVATOR, at(0), at(10_000)));

    MoveIn booked = saved(TenancySamples.moveIn(CENTER_A, "m-1", waiting.version() + 1, at(0), ACME, List.of(ROOM_1203), MoveInState.MOVE_BOOKED,
        Optional.of(new ElevatorBooking(ELEVATOR, at(900), at(960)))));

    assertEquals(List.of(booked), moveIns().elevatorBookings(CENTER_A, ELEVATOR, at(930), at(931)));
    assertEquals(Option.of(booked), moveIns().find(CENTER_A, "m-1"));
    assertEquals(List.of(booked), moveIns().ofUnit(CENTER_A, ROOM_1203), "the unit's rows are written once, with the new case");
    assertTrue(Duration.between(at(900), at(960)).compareTo(MoveIn.LONGEST_MOVE) < 0);
  }
}
