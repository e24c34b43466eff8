package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.ServiceOrders;
import io.bizcenter.core.services.Slot;
import java.time.Instant;
import java.util.List;

/**
 * Service orders in memory: the device's calendar is a file of its orders by their slot's start, bounded below by the
 * longest slot there can be; the orders serving on a device are a file of their own, and every order is filed by its state
 * and the time it entered it. All oldest first within a moment, as on JDBC.
 */
final class InMemoryServiceOrders extends InMemoryCases<ServiceOrder> implements ServiceOrders {
  private final CaseFile<ServiceOrder, DeviceId> calendar = file(o -> o.device().map(List::of).orElse(List.of()), o -> o.slot().startsAt());
  private final CaseFile<ServiceOrder, DeviceId> serving =
      file(o -> o.state() == ServiceOrderState.SERVING ? o.device().map(List::of).orElse(List.of()) : List.of());

  private final CaseFile<ServiceOrder, ServiceOrderState> byState = file(o -> List.of(o.state()), ServiceOrder::stateEnteredAt);

  InMemoryServiceOrders(Journal journal) {
    super("service-orders", journal);
  }

  @Override
  public List<ServiceOrder> onDevice(CenterId center, DeviceId device, Slot during) {
    // a slot that ends after the start of during began less than the longest slot before it
    return read(() -> calendar.betweenOldestFirst(center, device, during.startsAt().minus(Slot.LONGEST), during.endsAt())).stream()
        .filter(o -> o.slot().endsAt().isAfter(during.startsAt()))
        .toList();
  }

  @Override
  public List<ServiceOrder> servingOn(CenterId center, DeviceId device) {
    return read(() -> serving.under(center, device));
  }

  @Override
  public List<ServiceOrder> inState(CenterId center, ServiceOrderState state, Instant from, Instant until) {
    return read(() -> byState.from(center, state, from, until));
  }
}
