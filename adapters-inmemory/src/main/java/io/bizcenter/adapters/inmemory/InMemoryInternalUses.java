package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.InternalUses;
import io.bizcenter.core.services.Slot;
import java.util.List;

/**
 * Internal uses in memory: the device's calendar is a file of its uses by the applied slot's start, bounded below by
 * the longest slot there can be; the uses in progress on a device are a file of their own. Both oldest first, as on JDBC.
 */
final class InMemoryInternalUses extends InMemoryCases<InternalUse> implements InternalUses {
  private final CaseFile<InternalUse, DeviceId> calendar = file(u -> List.of(u.device()), u -> u.application().slot().startsAt());
  private final CaseFile<InternalUse, DeviceId> inUse = file(u -> u.state() == InternalUseState.IN_USE ? List.of(u.device()) : List.of());

  InMemoryInternalUses(Journal journal) {
    super("internal-uses", journal);
  }

  @Override
  public List<InternalUse> onDevice(CenterId center, DeviceId device, Slot during) {
    // a slot that ends after the start of during began less than the longest slot before it
    return read(() -> calendar.betweenOldestFirst(center, device, during.startsAt().minus(Slot.LONGEST), during.endsAt())).stream()
        .filter(u -> u.application().slot().endsAt().isAfter(during.startsAt()))
        .toList();
  }

  @Override
  public List<InternalUse> inUseOn(CenterId center, DeviceId device) {
    return read(() -> inUse.under(center, device));
  }
}
