package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.T0;
import static io.bizcenter.testkit.contract.Samples.at;
import static io.bizcenter.testkit.contract.ServiceSamples.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.Slot;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The device calendar's queries on the service stores (SV-2.2, SV-2.5): which orders and internal uses book a device
 * for part of a time range (half-open: slots that only touch do not overlap), in any state, oldest first, within one
 * center; and which of them use the device right now.
 */
public abstract class DeviceCalendarContract extends PortContract {
  private static final DeviceId PRINTER = DeviceId.of("printer-1");
  private static final DeviceId FAX = DeviceId.of("fax-1");

  private ServiceOrder order(String id, long minutes, ServiceOrderState state, Optional<DeviceId> device, Slot slot) {
    return ServiceSamples.order(CENTER_A, id, 1, at(minutes), state, device, slot);
  }

  private void saved(ServiceOrder... orders) {
    committed(() -> List.of(orders).forEach(o -> assertTrue(storage.serviceOrders().save(o, o.version() - 1).isRight())));
  }

  private void saved(InternalUse... uses) {
    committed(() -> List.of(uses).forEach(u -> assertTrue(storage.internalUses().save(u, u.version() - 1).isRight())));
  }

  private List<String> ordersOn(DeviceId device, Slot during) {
    return storage.serviceOrders().onDevice(CENTER_A, device, during).stream().map(o -> o.id().value()).toList();
  }

  private List<String> usesOn(DeviceId device, Slot during) {
    return storage.internalUses().onDevice(CENTER_A, device, during).stream().map(u -> u.id().value()).toList();
  }

  @Test
  @DisplayName("SV-2.2 orders on a device: those whose slot overlaps the range, in any state, oldest first; touching slots are apart")
  void ordersOverlappingARange() {
    saved(order("late", 1, ServiceOrderState.REQUESTED, Optional.of(PRINTER), slot(10, 12)),
        order("early", 2, ServiceOrderState.CANCELLED, Optional.of(PRINTER), slot(2, 4)),
        order("touching", 3, ServiceOrderState.SERVING, Optional.of(PRINTER), slot(4, 6)),
        order("other-device", 4, ServiceOrderState.REQUESTED, Optional.of(FAX), slot(2, 12)),
        order("no-device", 5, ServiceOrderState.REQUESTED, Optional.empty(), slot(2, 12)));

    assertEquals(List.of("late", "early", "touching"), ordersOn(PRINTER, slot(3, 11)));
    assertEquals(List.of("early"), ordersOn(PRINTER, slot(0, 4)), "a slot ending when another starts does not overlap it");
    assertEquals(List.of("touching"), ordersOn(PRINTER, slot(4, 5)));
    assertEquals(List.of(), ordersOn(PRINTER, slot(6, 10)), "the gap between two bookings is free");
    assertEquals(List.of("late", "early", "touching"), ordersOn(PRINTER, slot(0, 24)));
    assertEquals(List.of("other-device"), ordersOn(FAX, slot(11, 13)));
    assertEquals(List.of(), storage.serviceOrders().onDevice(CENTER_B, PRINTER, slot(0, 24)), "another center sees none");
  }

  @Test
  @DisplayName("SV-2.2 a range inside one booking finds it, and so does a range around it")
  void rangesInsideAndAround() {
    saved(order("o-1", 1, ServiceOrderState.DEPOSIT_TAKEN, Optional.of(PRINTER), slot(2, 8)));

    Slot inside = Slot.of(ServiceSamples.hour(3), ServiceSamples.hour(3).plus(Duration.ofMinutes(1)));
    assertEquals(List.of("o-1"), ordersOn(PRINTER, inside));
    assertEquals(List.of("o-1"), ordersOn(PRINTER, slot(1, 9)));
    assertEquals(storage.serviceOrders().find(CENTER_A, "o-1").toJavaOptional().map(List::of).orElseThrow(),
        storage.serviceOrders().onDevice(CENTER_A, PRINTER, inside), "the query answers whole orders");
  }

  @Test
  @DisplayName("SV-1.2 orders being served on a device: only those in SERVING, on that device, in that center")
  void ordersBeingServed() {
    saved(order("served", 1, ServiceOrderState.SERVING, Optional.of(PRINTER), slot(2, 4)),
        order("waiting", 2, ServiceOrderState.DEPOSIT_TAKEN, Optional.of(PRINTER), slot(5, 6)),
        order("fax", 3, ServiceOrderState.SERVING, Optional.of(FAX), slot(2, 4)));
    committed(() -> storage.serviceOrders().save(ServiceSamples.order(CENTER_B, "b", 1, T0, ServiceOrderState.SERVING, Optional.of(PRINTER),
        slot(2, 4)), 0));

    assertEquals(List.of("served"), storage.serviceOrders().servingOn(CENTER_A, PRINTER).stream().map(o -> o.id().value()).toList());
    assertEquals(List.of("b"), storage.serviceOrders().servingOn(CENTER_B, PRINTER).stream().map(o -> o.id().value()).toList());
  }

  @Test
  @DisplayName("SV-1.2 a new version of an order moves it between states in the queries, its booking unchanged")
  void aNewVersionIsWhatTheQueriesSee() {
    ServiceOrder waiting = order("o-1", 1, ServiceOrderState.DEPOSIT_TAKEN, Optional.of(PRINTER), slot(2, 4));
    saved(waiting);
    ServiceOrder serving = waiting.advancedTo(ServiceOrderState.SERVING, at(30), waiting.policy());
    committed(() -> assertTrue(storage.serviceOrders().save(serving, 1).isRight()));

    assertEquals(List.of(serving), storage.serviceOrders().servingOn(CENTER_A, PRINTER));
    assertEquals(List.of(serving), storage.serviceOrders().onDevice(CENTER_A, PRINTER, slot(3, 5)));
  }

  @Test
  @DisplayName("SV-2.2 a booking written in a transaction that rolls back is not there")
  void aRolledBackBookingIsNotThere() {
    Either<Rejection, String> answer = storage.transactions().inTransaction(() -> {
      storage.serviceOrders().save(order("o-1", 1, ServiceOrderState.REQUESTED, Optional.of(PRINTER), slot(2, 4)), 0);
      return Either.left(new Rejection.NotInYourCenter(CENTER_A));
    });

    assertTrue(answer.isLeft());
    assertEquals(List.of(), ordersOn(PRINTER, slot(0, 24)));
  }

  @Test
  @DisplayName("SV-2.5 internal uses of a device: those whose booked slot overlaps the range, any state, oldest first, one center")
  void internalUsesOverlappingARange() {
    saved(ServiceSamples.use(CENTER_A, "u-late", 1, at(1), InternalUseState.APPROVED, PRINTER, slot(10, 12)),
        ServiceSamples.use(CENTER_A, "u-early", 1, at(2), InternalUseState.DISPLACED, PRINTER, slot(2, 4)),
        ServiceSamples.use(CENTER_A, "u-fax", 1, at(3), InternalUseState.APPLIED, FAX, slot(2, 12)),
        ServiceSamples.use(CENTER_B, "u-b", 1, at(4), InternalUseState.APPLIED, PRINTER, slot(2, 12)));

    assertEquals(List.of("u-late", "u-early"), usesOn(PRINTER, slot(3, 11)));
    assertEquals(List.of(), usesOn(PRINTER, slot(4, 10)), "touching is not overlapping");
    assertEquals(List.of("u-fax"), usesOn(FAX, slot(0, 3)));
    assertEquals(List.of("u-b"), storage.internalUses().onDevice(CENTER_B, PRINTER, slot(0, 3)).stream().map(u -> u.id().value()).toList());
  }

  @Test
  @DisplayName("SV-1.2 internal uses under way on a device: only those in IN_USE, on that device")
  void internalUsesUnderWay() {
    saved(ServiceSamples.use(CENTER_A, "u-1", 1, at(1), InternalUseState.IN_USE, PRINTER, slot(2, 4)),
        ServiceSamples.use(CENTER_A, "u-2", 1, at(2), InternalUseState.USED, PRINTER, slot(5, 6)),
        ServiceSamples.use(CENTER_A, "u-3", 1, at(3), InternalUseState.IN_USE, FAX, slot(2, 4)));

    assertEquals(List.of("u-1"), storage.internalUses().inUseOn(CENTER_A, PRINTER).stream().map(u -> u.id().value()).toList());
    assertEquals(List.of(), storage.internalUses().inUseOn(CENTER_B, PRINTER));
  }
}
