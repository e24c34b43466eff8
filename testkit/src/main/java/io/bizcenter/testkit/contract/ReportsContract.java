package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.ROOM;
import static io.bizcenter.testkit.contract.Samples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.reports.ComplaintBranch;
import io.bizcenter.core.reports.ComplaintHandling;
import io.bizcenter.core.reports.KeyCustody;
import io.bizcenter.core.reports.OverdueDuties;
import io.bizcenter.core.reports.ReportDesk;
import io.bizcenter.core.reports.ReportPeriod;
import io.bizcenter.core.reports.RoomUse;
import io.bizcenter.core.reports.ServiceRevenue;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderState;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The store queries the reports read ({@code Keys.inState}, {@code Complaints.inState}, {@code Meetings.startingBetween},
 * {@code ServiceOrders.inState}): each a range within one center, from included to until excluded, earliest first and
 * then in the order cases were first saved; a case that moves on leaves the old answer, a refused unit of work changes
 * no answer. And the report desk over the store gives the answers the saved cases add up to.
 */
public abstract class ReportsContract extends PortContract {
  private static final RoomId OTHER_ROOM = RoomId.of("502");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private <C extends Case<?, C>> C saved(CaseStore<C> store, C next) {
    Either<Rejection, C> answer = storage.transactions().inTransaction(() -> store.save(next, next.version() - 1).<Rejection>mapLeft(c -> c));
    assertTrue(answer.isRight(), () -> "saving " + next.id() + " v" + next.version() + " answered " + answer);
    return answer.get();
  }

  private static <C extends Case<?, C>> List<String> ids(List<C> cases) {
    return cases.stream().map(c -> c.id().value()).toList();
  }

  private Key key(CenterId center, String id, long version, long minutes, Lock lock, KeyState state) {
    return saved(storage.keys(), KeySamples.key(center, id, version, at(minutes), lock, KeyOrigin.CUT, state,
        state == KeyState.HELD ? Optional.of(KeySamples.CLEANER) : Optional.empty()));
  }

  /** A phone complaint received at {@code receivedMinute}, now in {@code state} since {@code stateMinute}, triaged within remit. */
  private Complaint complaint(CenterId center, String id, long receivedMinute, ComplaintState state, long stateMinute) {
    Complaint received = saved(storage.complaints(), Samples.complaint(center, id, 1, at(receivedMinute)));
    return state == ComplaintState.PHONE_RECEIVED ? received : saved(storage.complaints(), triagedWithinRemit(received, state, at(stateMinute)));
  }

  /** The complaint one version on, triaged within remit and now in {@code state} since {@code at}. */
  private static Complaint triagedWithinRemit(Complaint received, ComplaintState state, Instant at) {
    return Complaint.builder()
        .id(received.id())
        .center(received.center())
        .version(received.version() + 1)
        .state(state)
        .stateEnteredAt(at)
        .policy(received.policy())
        .channel(received.channel())
        .complainant(received.complainant())
        .content(received.content())
        .receivedAt(received.receivedAt())
        .receivedBy(received.receivedBy())
        .remit(Remit.WITHIN)
        .build();
  }

  /** A printing order standing in {@code state} since {@code enteredAt}, everything before it filled in. */
  private ServiceOrder order(CenterId center, String id, ServiceOrderState state, Instant enteredAt) {
    return saved(storage.serviceOrders(), ServiceSamples.order(center, id, 1, enteredAt, state, Optional.of(DeviceId.of("printer-1")),
        ServiceSamples.slot(2, 3)));
  }

  private Meeting meeting(CenterId center, String id, RoomId room, long fromMinute, long toMinute, MeetingState state) {
    return saved(storage.meetings(), Samples.meeting(center, id, room, at(fromMinute), at(toMinute), state));
  }

  @Test
  @DisplayName("KY-1.3 the keys lost now, of every category, longest lost first; a key found or of another center is not among them")
  void lostKeysLongestLostFirst() {
    key(CENTER_A, "door", 1, 30, KeySamples.DOOR_1203, KeyState.LOST);
    Key master = key(CENTER_A, "master", 1, 10, KeySamples.MASTER, KeyState.LOST);
    key(CENTER_A, "held", 1, 5, KeySamples.MASTER, KeyState.HELD);
    key(CENTER_B, "elsewhere", 1, 1, KeySamples.MASTER, KeyState.LOST);

    assertEquals(List.of("master", "door"), ids(storage.keys().inState(CENTER_A, KeyState.LOST)));
    assertEquals(List.of("held"), ids(storage.keys().inState(CENTER_A, KeyState.HELD)));

    key(CENTER_A, "master", master.version() + 1, 40, KeySamples.MASTER, KeyState.RETIRED);
    assertEquals(List.of("door"), ids(storage.keys().inState(CENTER_A, KeyState.LOST)));
    assertEquals(List.of("elsewhere"), ids(storage.keys().inState(CENTER_B, KeyState.LOST)));
  }

  @Test
  @DisplayName("CP-0.1 the complaints in a state entered from 'from' (included) to 'until' (excluded), earliest first, ties oldest first")
  void complaintsInAStateWithinARange() {
    complaint(CENTER_A, "at-from", 0, ComplaintState.CLOSED, 100);
    complaint(CENTER_A, "tie-saved-first", 0, ComplaintState.CLOSED, 130);
    complaint(CENTER_A, "tie-saved-second", 0, ComplaintState.CLOSED, 130);
    complaint(CENTER_A, "earlier", 0, ComplaintState.CLOSED, 110);
    complaint(CENTER_A, "at-until", 0, ComplaintState.CLOSED, 160);
    complaint(CENTER_A, "before", 0, ComplaintState.CLOSED, 99);
    complaint(CENTER_A, "open", 0, ComplaintState.PHONE_FIXED, 120);
    complaint(CENTER_B, "elsewhere", 0, ComplaintState.CLOSED, 120);

    assertEquals(List.of("at-from", "earlier", "tie-saved-first", "tie-saved-second"),
        ids(storage.complaints().inState(CENTER_A, ComplaintState.CLOSED, at(100), at(160))));
    assertEquals(List.of("open"), ids(storage.complaints().inState(CENTER_A, ComplaintState.PHONE_FIXED, at(0), at(1000))));
    assertEquals(List.of(), ids(storage.complaints().inState(CENTER_A, ComplaintState.CLOSED, at(160), at(160))));
  }

  @Test
  @DisplayName("CP-0.1 a complaint that moves on leaves its old state's answer; a refused unit of work changes no answer")
  void movingOnAndRefusing() {
    Complaint received = complaint(CENTER_A, "c-1", 0, ComplaintState.PHONE_RECEIVED, 0);
    Complaint closed = triagedWithinRemit(received, ComplaintState.CLOSED, at(50));

    Either<Rejection, Complaint> refused = storage.transactions().inTransaction(() -> storage.complaints().save(closed, received.version())
        .<Rejection>mapLeft(c -> c)
        .flatMap(saved -> Either.left(new Rejection.VersionConflict("complaints", "c-1", 1, 2))));
    assertTrue(refused.isLeft(), () -> "the unit of work was refused: " + refused);
    assertEquals(List.of("c-1"), ids(storage.complaints().inState(CENTER_A, ComplaintState.PHONE_RECEIVED, at(0), at(1))));
    assertEquals(List.of(), ids(storage.complaints().inState(CENTER_A, ComplaintState.CLOSED, at(0), at(100))));

    saved(storage.complaints(), closed);
    assertEquals(List.of(), ids(storage.complaints().inState(CENTER_A, ComplaintState.PHONE_RECEIVED, at(0), at(1))));
    assertEquals(List.of("c-1"), ids(storage.complaints().inState(CENTER_A, ComplaintState.CLOSED, at(0), at(100))));
  }

  @Test
  @DisplayName("MR-0.1 the meetings of every room starting from 'from' (included) to 'until' (excluded), earliest first; cancelled ones do not hold a room")
  void meetingsStartingWithinARange() {
    meeting(CENTER_A, "at-from", ROOM, 600, 660, MeetingState.BOOKED);
    meeting(CENTER_A, "other-room", OTHER_ROOM, 630, 700, MeetingState.CLOSED);
    meeting(CENTER_A, "tie-saved-first", ROOM, 700, 720, MeetingState.IN_SESSION);
    meeting(CENTER_A, "tie-saved-second", OTHER_ROOM, 700, 760, MeetingState.ENDED);
    meeting(CENTER_A, "cancelled", ROOM, 640, 650, MeetingState.CANCELLED);
    meeting(CENTER_A, "at-until", ROOM, 900, 960, MeetingState.BOOKED);
    meeting(CENTER_A, "started-before", ROOM, 500, 610, MeetingState.CLOSED);
    meeting(CENTER_B, "elsewhere", ROOM, 630, 660, MeetingState.BOOKED);

    assertEquals(List.of("at-from", "other-room", "tie-saved-first", "tie-saved-second"),
        ids(storage.meetings().startingBetween(CENTER_A, at(600), at(900))));
    assertEquals(List.of("elsewhere"), ids(storage.meetings().startingBetween(CENTER_B, at(0), at(10_000))));

    Meeting moved = Samples.meeting(CENTER_A, "at-from", OTHER_ROOM, at(2000), at(2060), MeetingState.CONFIRMED, 2);
    saved(storage.meetings(), moved);
    assertEquals(List.of("other-room", "tie-saved-first", "tie-saved-second"), ids(storage.meetings().startingBetween(CENTER_A, at(600), at(900))));
    assertEquals(List.of("at-from"), ids(storage.meetings().startingBetween(CENTER_A, at(2000), at(2001))));
  }

  @Test
  @DisplayName("SV-2.4 the orders settled or cancelled from 'from' (included) to 'until' (excluded), earliest first; other states and centers apart")
  void ordersInAStateWithinARange() {
    order(CENTER_A, "settled-late", ServiceOrderState.SETTLED, at(500));
    order(CENTER_A, "settled-at-from", ServiceOrderState.SETTLED, at(100));
    order(CENTER_A, "settled-at-until", ServiceOrderState.SETTLED, at(600));
    order(CENTER_A, "cancelled", ServiceOrderState.CANCELLED, at(200));
    order(CENTER_A, "written", ServiceOrderState.RECEIPT_WRITTEN, at(200));
    order(CENTER_B, "elsewhere", ServiceOrderState.SETTLED, at(200));

    assertEquals(List.of("settled-at-from", "settled-late"), ids(storage.serviceOrders().inState(CENTER_A, ServiceOrderState.SETTLED, at(100), at(600))));
    assertEquals(List.of("cancelled"), ids(storage.serviceOrders().inState(CENTER_A, ServiceOrderState.CANCELLED, at(0), at(600))));
    assertEquals(List.of("elsewhere"), ids(storage.serviceOrders().inState(CENTER_B, ServiceOrderState.SETTLED, at(0), at(600))));
  }

  @Test
  @DisplayName("GS-7 the report desk over this store adds up what was saved: revenue per month, room use per week, complaints by branch, key custody")
  void theDeskAddsUpTheSavedCases() {
    // T0 is Monday 2024-05-06, 09:00 in Shanghai; the clock reads a month later
    Instant now = Instant.parse("2024-06-10T02:00:00Z");
    ReportDesk desk = new ReportDesk(List.of(ComplaintProcedure.DEFINITION), storage.keys(), storage.agenda(), storage.complaints(), storage.meetings(), storage.serviceOrders(),
        Clock.fixed(now, SHANGHAI), center -> SHANGHAI, center -> KeyPolicy.defaults(), center -> ComplaintPolicy.defaults());
    Actor manager = Actor.of("gm-1", Role.DEPARTMENT_MANAGER, Department.MANAGEMENT, CENTER_A);
    ReportPeriod period = ReportPeriod.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30), SHANGHAI);

    ServiceOrder may = order(CENTER_A, "o-may", ServiceOrderState.SETTLED, Instant.parse("2024-05-31T15:59:00Z"));
    ServiceOrder june = order(CENTER_A, "o-june", ServiceOrderState.SETTLED, Instant.parse("2024-05-31T16:00:00Z"));
    ServiceOrder cancelled = order(CENTER_A, "o-cancelled", ServiceOrderState.CANCELLED, Instant.parse("2024-06-02T00:00:00Z"));
    order(CENTER_B, "o-elsewhere", ServiceOrderState.SETTLED, Instant.parse("2024-05-10T00:00:00Z"));

    ServiceRevenue revenue = desk.serviceRevenue(manager, CENTER_A, period).get();
    assertEquals(List.of(YearMonth.of(2024, 5), YearMonth.of(2024, 6)), revenue.months().stream().map(ServiceRevenue.Month::month).toList());
    ServiceRevenue.Month inMay = revenue.months().get(0);
    ServiceRevenue.Month inJune = revenue.months().get(1);
    assertEquals(1, inMay.settled());
    assertEquals(may.receipt().orElseThrow().settlement().total(), inMay.revenue());
    assertEquals(june.receipt().orElseThrow().settlement().deposit(), inJune.deposits());
    assertEquals(1, inJune.cancelled());
    assertEquals(cancelled.deposit().orElse(Money.ZERO), inJune.depositsReturned());
    assertEquals(inMay.revenue().plus(inJune.revenue()), revenue.revenue());

    Meeting monday = meeting(CENTER_A, "m-1", ROOM, 0, 120, MeetingState.CLOSED);
    Meeting sunday = meeting(CENTER_A, "m-2", ROOM, 6 * 24 * 60 + 13 * 60, 6 * 24 * 60 + 14 * 60, MeetingState.ENDED);
    meeting(CENTER_A, "m-3", ROOM, 7 * 24 * 60, 7 * 24 * 60 + 60, MeetingState.BOOKED);
    meeting(CENTER_A, "m-cancelled", OTHER_ROOM, 60, 120, MeetingState.CANCELLED);
    RoomUse use = desk.roomUse(manager, CENTER_A, period).get();
    assertEquals(List.of(ROOM), use.rooms());
    RoomUse.RoomWeek firstWeek = use.cell(ROOM, LocalDate.of(2024, 5, 6));
    assertEquals(2, firstWeek.meetings());
    assertEquals(Duration.between(monday.startsAt(), monday.endsAt()).plus(Duration.between(sunday.startsAt(), sunday.endsAt())), firstWeek.booked());
    assertEquals(1, use.cell(ROOM, LocalDate.of(2024, 5, 13)).meetings());

    complaint(CENTER_A, "c-closed", 0, ComplaintState.CLOSED, 60);
    complaint(CENTER_A, "c-open", 0, ComplaintState.PHONE_FIXED, 30);
    complaint(CENTER_A, "c-new", 0, ComplaintState.PHONE_RECEIVED, 0);
    ComplaintHandling handling = desk.complaintHandling(manager, CENTER_A, period).get();
    ComplaintHandling.Branch within = handling.branches().stream().filter(b -> b.branch() == ComplaintBranch.PHONE_WITHIN_REMIT).findFirst().orElseThrow();
    assertEquals(List.of("c-closed", "c-open"), within.complaints().stream().map(ComplaintHandling.Handled::complaintId).toList());
    assertEquals(1, within.closed());
    assertEquals(1, within.closedWithinLimit());
    assertEquals(1, within.openOverLimit());
    assertEquals(3, handling.total());

    key(CENTER_A, "master-held", 1, 1, KeySamples.MASTER, KeyState.HELD);
    key(CENTER_A, "master-lost", 1, 2, KeySamples.MASTER, KeyState.LOST);
    key(CENTER_A, "door-lost", 1, 3, KeySamples.DOOR_1203, KeyState.LOST);
    KeyCustody custody = desk.keyCustody(manager, CENTER_A).get();
    assertEquals(List.of("master-held", "master-lost"), custody.masterKeys().stream().map(KeyCustody.MasterKey::keyId).toList());
    assertEquals(Optional.of(KeySamples.CLEANER), custody.masterKeys().get(0).holder());
    assertEquals(List.of("master-lost", "door-lost"), custody.lostKeys().stream().map(KeyCustody.LostKey::keyId).toList());
    assertEquals(Duration.between(at(2), now), custody.lostKeys().get(0).lostFor());

    committed(() -> storage.agenda().replace(CENTER_A, Samples.COMPLAINTS, "c-open", List.of(
        Samples.item(CENTER_A, "c-open", Seat.in(Department.OPERATIONS), at(90)),
        Samples.item(CENTER_A, "c-open", Seat.in(Department.ENGINEERING), now.plusSeconds(60)))));
    OverdueDuties overdue = desk.overdueDuties(manager, CENTER_A).get();
    assertEquals(Department.values().length, overdue.departments().size());
    assertEquals(1, overdue.total());
    OverdueDuties.DepartmentDuties operations = overdue.departments().stream().filter(d -> d.department() == Department.OPERATIONS)
        .findFirst().orElseThrow();
    assertEquals(Duration.between(at(90), now), operations.duties().get(0).overdueBy());
    assertEquals(ComplaintState.PHONE_RECEIVED, operations.duties().get(0).state());

    Actor elsewhere = Actor.of("gm-2", Role.DEPARTMENT_MANAGER, Department.MANAGEMENT, CENTER_B);
    assertEquals("NOT_IN_YOUR_CENTER", desk.keyCustody(elsewhere, CENTER_A).getLeft().code());
    assertEquals(BusinessCenter.DEFAULT_ZONE, SHANGHAI);
  }
}
