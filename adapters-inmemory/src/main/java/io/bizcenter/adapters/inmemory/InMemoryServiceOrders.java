package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.ServiceOrders;
import io.bizcenter.core.services.Slot;
import java.util.List;
import java.util.Optional;

/** Service orders in memory; the device queries scan the center's orders, which is fine at in-memory sizes. */
final class InMemoryServiceOrders extends InMemoryCases<ServiceOrder> implements ServiceOrders {
  InMemoryServiceOrders(Journal journal) {
    super("service-orders", journal);
  }

  @Override
  public List<ServiceOrder> onDevice(CenterId center, DeviceId device, Slot during) {
    return all(center).stream()
        .filter(o -> o.device().equals(Optional.of(device)))
        .filter(o -> o.slot().startsAt().isBefore(during.endsAt()) && o.slot().endsAt().isAfter(during.startsAt()))
        .toList();
  }

  @Override
  public List<ServiceOrder> servingOn(CenterId center, DeviceId device) {
    return all(center).stream().filter(o -> o.device().equals(Optional.of(device)) && o.state() == ServiceOrderState.SERVING).toList();
  }
}
