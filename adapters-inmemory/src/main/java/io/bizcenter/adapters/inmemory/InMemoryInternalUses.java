package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.InternalUses;
import io.bizcenter.core.services.Slot;
import java.util.List;

/** Internal uses in memory; the device queries scan the center's uses, which is fine at in-memory sizes. */
final class InMemoryInternalUses extends InMemoryCases<InternalUse> implements InternalUses {
  InMemoryInternalUses(Journal journal) {
    super("internal-uses", journal);
  }

  @Override
  public List<InternalUse> onDevice(CenterId center, DeviceId device, Slot during) {
    return all(center).stream()
        .filter(u -> u.device().equals(device))
        .filter(u -> u.application().slot().startsAt().isBefore(during.endsAt()) && u.application().slot().endsAt().isAfter(during.startsAt()))
        .toList();
  }

  @Override
  public List<InternalUse> inUseOn(CenterId center, DeviceId device) {
    return all(center).stream().filter(u -> u.device().equals(device) && u.state() == InternalUseState.IN_USE).toList();
  }
}
