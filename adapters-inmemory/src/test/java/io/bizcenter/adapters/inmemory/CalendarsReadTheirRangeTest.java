package io.bizcenter.adapters.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.services.Client;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.EquipmentUseApplication;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseId;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.core.tenancy.ElevatorBooking;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 22.4: the room calendar, the key register, the freight elevator's calendar and the device calendars answer from
 * their files, so a question takes out of the store only the cases of its key and time range (the rows the JDBC
 * store's index range holds), the same few whether the center keeps a handful of other cases or thousands. Each center
 * below holds the same cases of the question's own, plus {@code others} cases it must not read: other rooms, elevators,
 * devices and holders at the same time, the same ones long before and long after, and the same key in another center.
 */
class CalendarsReadTheirRangeTest {
  private static final CenterId TOWER = CenterId.of("tower");
  private static final CenterId ANNEX = CenterId.of("annex");
  private static final PolicyVersion POLICY = PolicyVersion.of("test");
  private static final Instant NOON = Instant.parse("2026-03-10T04:00:00Z");
  private static final int FEW = 10;
  private static final int MANY = 3_000;

  @Test
  void theRoomCalendarReadsTheRoomsMeetingsAroundTheSlot() {
    RoomId room = RoomId.of("501");
    Function<InMemoryMeetings, List<?>> overlapping = s -> s.overlapping(TOWER, room, NOON, NOON.plus(Duration.ofHours(2)));
    // one meeting holds the slot, one ended before it (a candidate of the range, left out by the overlap)
    Function<InMemoryMeetings, List<?>> own = s -> List.of(
        save(s, meeting(TOWER, "own-1", room, NOON.plus(Duration.ofHours(1)), NOON.plus(Duration.ofHours(3)))),
        save(s, meeting(TOWER, "own-2", room, NOON.minus(Duration.ofHours(3)), NOON.minus(Duration.ofHours(1)))));
    IntFunction<Meeting> other = i -> switch (i % 4) {
      case 0 -> meeting(TOWER, "o" + i, RoomId.of("R" + i), NOON, NOON.plus(Duration.ofHours(2)));
      case 1 -> meeting(TOWER, "o" + i, room, NOON.minus(Duration.ofDays(2 + i)), NOON.minus(Duration.ofDays(2 + i)).plus(Duration.ofHours(1)));
      case 2 -> meeting(TOWER, "o" + i, room, NOON.plus(Duration.ofDays(1 + i)), NOON.plus(Duration.ofDays(1 + i)).plus(Duration.ofHours(1)));
      default -> meeting(ANNEX, "o" + i, room, NOON, NOON.plus(Duration.ofHours(2)));
    };
    assertReadsOnly(2, 1, () -> (InMemoryMeetings) new InMemoryStorage().meetings(), own, other, overlapping);
  }

  @Test
  void theMeetingsStartingInAWindowAreReadFromTheCentersStarts() {
    Function<InMemoryMeetings, List<?>> starting = s -> s.startingBetween(TOWER, NOON, NOON.plus(Duration.ofDays(1)));
    Function<InMemoryMeetings, List<?>> own = s -> List.of(
        save(s, meeting(TOWER, "own-1", RoomId.of("501"), NOON, NOON.plus(Duration.ofHours(2)))),
        save(s, meeting(TOWER, "own-2", RoomId.of("502"), NOON.plus(Duration.ofHours(5)), NOON.plus(Duration.ofHours(6)))));
    IntFunction<Meeting> other = i -> i % 2 == 0
        ? meeting(TOWER, "o" + i, RoomId.of("R" + i), NOON.plus(Duration.ofDays(2 + i)), NOON.plus(Duration.ofDays(2 + i)).plus(Duration.ofHours(1)))
        : meeting(ANNEX, "o" + i, RoomId.of("501"), NOON, NOON.plus(Duration.ofHours(2)));
    assertReadsOnly(2, 2, () -> (InMemoryMeetings) new InMemoryStorage().meetings(), own, other, starting);
  }

  @Test
  void theFreightElevatorsCalendarReadsItsBookingsAroundTheMove() {
    Function<InMemoryMoveIns, List<?>> bookings = s -> s.elevatorBookings(TOWER, "F1", NOON, NOON.plus(Duration.ofHours(3)));
    Function<InMemoryMoveIns, List<?>> own = s -> List.of(
        save(s, moveIn(TOWER, "own-1", Optional.of(new ElevatorBooking("F1", NOON.plus(Duration.ofHours(2)), NOON.plus(Duration.ofHours(5)))))),
        save(s, moveIn(TOWER, "own-2", Optional.of(new ElevatorBooking("F1", NOON.minus(Duration.ofHours(4)), NOON.minus(Duration.ofHours(1)))))));
    IntFunction<MoveIn> other = i -> switch (i % 5) {
      case 0 -> moveIn(TOWER, "o" + i, Optional.of(new ElevatorBooking("F" + (i + 2), NOON, NOON.plus(Duration.ofHours(3)))));
      case 1 -> moveIn(TOWER, "o" + i, Optional.of(new ElevatorBooking("F1", NOON.minus(Duration.ofDays(2 + i)), NOON.minus(Duration.ofDays(2 + i)).plus(Duration.ofHours(3)))));
      case 2 -> moveIn(TOWER, "o" + i, Optional.of(new ElevatorBooking("F1", NOON.plus(Duration.ofDays(1 + i)), NOON.plus(Duration.ofDays(1 + i)).plus(Duration.ofHours(3)))));
      case 3 -> moveIn(TOWER, "o" + i, Optional.empty());
      default -> moveIn(ANNEX, "o" + i, Optional.of(new ElevatorBooking("F1", NOON, NOON.plus(Duration.ofHours(3)))));
    };
    assertReadsOnly(2, 1, () -> (InMemoryMoveIns) new InMemoryStorage().moveIns(), own, other, bookings);
  }

  @Test
  void aDevicesCalendarReadsItsOrdersAroundTheSlot() {
    DeviceId printer = DeviceId.of("printer-1");
    Slot during = Slot.of(NOON, NOON.plus(Duration.ofHours(2)));
    Function<InMemoryServiceOrders, List<?>> onDevice = s -> s.onDevice(TOWER, printer, during);
    Function<InMemoryServiceOrders, List<?>> own = s -> List.of(
        save(s, order(TOWER, "own-1", Optional.of(printer), Slot.of(NOON.plus(Duration.ofHours(1)), NOON.plus(Duration.ofHours(4))), ServiceOrderState.DEPOSIT_TAKEN)),
        save(s, order(TOWER, "own-2", Optional.of(printer), Slot.of(NOON.minus(Duration.ofHours(3)), NOON), ServiceOrderState.SETTLED)));
    IntFunction<ServiceOrder> other = i -> switch (i % 5) {
      case 0 -> order(TOWER, "o" + i, Optional.of(DeviceId.of("d" + i)), during, ServiceOrderState.SERVING);
      case 1 -> order(TOWER, "o" + i, Optional.of(printer), Slot.of(NOON.minus(Duration.ofDays(93 + i)), NOON.minus(Duration.ofDays(93 + i)).plus(Duration.ofHours(1))), ServiceOrderState.SETTLED);
      case 2 -> order(TOWER, "o" + i, Optional.of(printer), Slot.of(NOON.plus(Duration.ofDays(1 + i)), NOON.plus(Duration.ofDays(1 + i)).plus(Duration.ofHours(1))), ServiceOrderState.DEPOSIT_TAKEN);
      case 3 -> order(TOWER, "o" + i, Optional.empty(), during, ServiceOrderState.SERVING);
      default -> order(ANNEX, "o" + i, Optional.of(printer), during, ServiceOrderState.SERVING);
    };
    assertReadsOnly(2, 1, () -> (InMemoryServiceOrders) new InMemoryStorage().serviceOrders(), own, other, onDevice);
    Function<InMemoryServiceOrders, List<?>> serving = s -> s.servingOn(TOWER, printer);
    Function<InMemoryServiceOrders, List<?>> servingOwn = s -> List.of(
        save(s, order(TOWER, "own-1", Optional.of(printer), during, ServiceOrderState.SERVING)));
    assertReadsOnly(1, 1, () -> (InMemoryServiceOrders) new InMemoryStorage().serviceOrders(), servingOwn, other, serving);
  }

  @Test
  void aDevicesCalendarReadsItsInternalUsesAroundTheSlot() {
    DeviceId printer = DeviceId.of("printer-1");
    Slot during = Slot.of(NOON, NOON.plus(Duration.ofHours(2)));
    Function<InMemoryInternalUses, List<?>> onDevice = s -> s.onDevice(TOWER, printer, during);
    Function<InMemoryInternalUses, List<?>> own = s -> List.of(
        save(s, use(TOWER, "own-1", printer, Slot.of(NOON.plus(Duration.ofHours(1)), NOON.plus(Duration.ofHours(4))), InternalUseState.APPROVED)),
        save(s, use(TOWER, "own-2", printer, Slot.of(NOON.minus(Duration.ofHours(3)), NOON), InternalUseState.SETTLED)));
    IntFunction<InternalUse> other = i -> switch (i % 4) {
      case 0 -> use(TOWER, "o" + i, DeviceId.of("d" + i), during, InternalUseState.IN_USE);
      case 1 -> use(TOWER, "o" + i, printer, Slot.of(NOON.minus(Duration.ofDays(93 + i)), NOON.minus(Duration.ofDays(93 + i)).plus(Duration.ofHours(1))), InternalUseState.SETTLED);
      case 2 -> use(TOWER, "o" + i, printer, Slot.of(NOON.plus(Duration.ofDays(1 + i)), NOON.plus(Duration.ofDays(1 + i)).plus(Duration.ofHours(1))), InternalUseState.APPROVED);
      default -> use(ANNEX, "o" + i, printer, during, InternalUseState.IN_USE);
    };
    assertReadsOnly(2, 1, () -> (InMemoryInternalUses) new InMemoryStorage().internalUses(), own, other, onDevice);
    Function<InMemoryInternalUses, List<?>> inUse = s -> s.inUseOn(TOWER, printer);
    Function<InMemoryInternalUses, List<?>> inUseOwn = s -> List.of(save(s, use(TOWER, "own-1", printer, during, InternalUseState.IN_USE)));
    assertReadsOnly(1, 1, () -> (InMemoryInternalUses) new InMemoryStorage().internalUses(), inUseOwn, other, inUse);
  }

  @Test
  void theKeyRegisterReadsTheHoldersAndTheRoomsKeys() {
    RoomId room = RoomId.of("1203");
    Holder acme = Holder.tenant(TenantId.of("T-acme"));
    Function<InMemoryKeys, List<?>> own = s -> List.of(
        save(s, key(TOWER, "own-1", Lock.officeDoor(room), KeyState.HELD, Optional.of(acme))),
        save(s, key(TOWER, "own-2", Lock.officeDoor(room), KeyState.HELD, Optional.of(acme))));
    IntFunction<Key> other = i -> i % 2 == 0
        ? key(TOWER, "o" + i, Lock.officeDoor(RoomId.of("R" + i)), KeyState.HELD, Optional.of(Holder.tenant(TenantId.of("T-" + i))))
        : key(ANNEX, "o" + i, Lock.officeDoor(room), KeyState.HELD, Optional.of(acme));
    Function<InMemoryKeys, List<?>> heldBy = s -> s.heldBy(TOWER, acme);
    assertReadsOnly(2, 2, () -> (InMemoryKeys) new InMemoryStorage().keys(), own, other, heldBy);
    Function<InMemoryKeys, List<?>> ofRoom = s -> s.ofRoom(TOWER, room);
    assertReadsOnly(2, 2, () -> (InMemoryKeys) new InMemoryStorage().keys(), own, other, ofRoom);
  }

  /** The measure itself: listing every move-in of the center, as a scan would, reads every case the center keeps. */
  @Test
  void aScanIsSeenToGrowWithTheCenter() {
    IntFunction<MoveIn> other = i -> moveIn(TOWER, "o" + i, Optional.of(new ElevatorBooking("F" + i, NOON, NOON.plus(Duration.ofHours(3)))));
    for (int others : List.of(FEW, MANY)) {
      InMemoryMoveIns store = (InMemoryMoveIns) new InMemoryStorage().moveIns();
      for (int i = 0; i < others; i++) {
        save(store, other.apply(i));
      }
      long before = store.casesRead();
      List<MoveIn> scanned = store.all(TOWER).stream().filter(m -> m.move().orElseThrow().overlaps(NOON, NOON.plusSeconds(60))).toList();
      assertEquals(others, scanned.size());
      assertEquals(others, store.casesRead() - before, "a scan of " + others + " move-ins");
    }
  }

  /**
   * Fills one store with the question's own cases and {@value #FEW} others, another with the same and {@value #MANY}
   * others, and asks both: the same answer ({@code found} cases, the question's own), and {@code read} cases taken out
   * of each store, whatever the number of others.
   */
  private static <S extends InMemoryCases<C>, C extends Case<?, C>> void assertReadsOnly(int read, int found,
      Supplier<S> store, Function<S, List<?>> own, IntFunction<C> other, Function<S, List<?>> question) {
    List<?> first = null;
    for (int others : List.of(FEW, MANY)) {
      S s = store.get();
      own.apply(s);
      for (int i = 0; i < others; i++) {
        save(s, other.apply(i));
      }
      long before = s.casesRead();
      List<?> answer = question.apply(s);
      assertEquals(read, s.casesRead() - before, "cases read beside " + others + " others");
      assertEquals(found, answer.size(), "answer beside " + others + " others: " + answer);
      assertTrue(first == null || first.equals(answer), "the same answer beside " + others + " others");
      first = answer;
    }
  }

  private static <C extends Case<?, C>> C save(InMemoryCases<C> store, C kase) {
    return store.save(kase, 0).getOrElseThrow(conflict -> new IllegalStateException(conflict.toString()));
  }

  private static Meeting meeting(CenterId center, String id, RoomId room, Instant from, Instant to) {
    Meeting.Builder b = Meeting.builder();
    b.id(MeetingId.of(id)).center(center).version(1).state(MeetingState.CONFIRMED).stateEnteredAt(NOON.minus(Duration.ofDays(30)))
        .policy(POLICY).room(room).startsAt(from).endsAt(to)
        .client(io.bizcenter.core.meetings.Client.of("上海某某贸易有限公司", "王小明", "13800138000")).subject("季度经营分析会")
        .bookedAt(NOON.minus(Duration.ofDays(30))).bookedBy(StaffId.of("sv-1")).scheduledAt(NOON.minus(Duration.ofDays(30))).lateBooking(false);
    return b.build();
  }

  private static MoveIn moveIn(CenterId center, String id, Optional<ElevatorBooking> move) {
    MoveIn.Builder m = MoveIn.builder();
    m.id(MoveInId.of(id)).center(center).version(1).state(MoveInState.MOVE_BOOKED).stateEnteredAt(NOON.minus(Duration.ofDays(30)))
        .policy(POLICY).tenant(TenantId.of("T-" + id)).company("上海某某贸易有限公司").addUnits(RoomId.of("U-" + id))
        .leaseStart(LocalDate.of(2026, 3, 1)).leaseExpiry(LocalDate.of(2029, 2, 28)).noticeReference("行政-" + id)
        .receivedAt(NOON.minus(Duration.ofDays(30))).receivedBy(StaffId.of("sv-clk-1")).move(move);
    return m.build();
  }

  private static ServiceOrder order(CenterId center, String id, Optional<DeviceId> device, Slot slot, ServiceOrderState state) {
    return ServiceOrder.builder().id(ServiceOrderId.of(id)).center(center).version(1).state(state).stateEnteredAt(NOON.minus(Duration.ofDays(1)))
        .policy(POLICY).client(Client.of("欧阳娜娜", "13912345678", "上海某某贸易有限公司")).service(ServiceCode.of(StandardService.PRINTING))
        .quantity(100).requirements("双面打印").slot(slot).device(device).assignee(StaffId.of("bc-2"))
        .takenAt(NOON.minus(Duration.ofDays(1))).takenBy(StaffId.of("bc-1")).build();
  }

  private static InternalUse use(CenterId center, String id, DeviceId device, Slot slot, InternalUseState state) {
    return InternalUse.builder().id(InternalUseId.of(id)).center(center).version(1).state(state).stateEnteredAt(NOON.minus(Duration.ofDays(1)))
        .policy(POLICY).application(new EquipmentUseApplication(device, slot, "打印季度报告", "quarterly report", StaffId.of("en-5"),
            Department.ENGINEERING, NOON.minus(Duration.ofDays(1))))
        .build();
  }

  private static Key key(CenterId center, String id, Lock lock, KeyState state, Optional<Holder> holder) {
    Key.Builder key = Key.builder();
    key.id(KeyId.of(id)).center(center).version(1).state(state).stateEnteredAt(NOON).policy(POLICY).lock(lock).origin(KeyOrigin.CUT)
        .registeredAt(NOON).registeredBy(StaffId.of("bc-sup-1")).holder(holder);
    return key.build();
  }
}
