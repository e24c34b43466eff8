package io.bizcenter.core.services;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.CaseStore;
import java.util.List;

/**
 * The store of internal uses of the equipment: a port, implemented by adapters. Besides the case store it answers
 * the two questions the device's calendar asks, on indexed columns (device, booked start, booked end).
 */
public interface InternalUses extends CaseStore<InternalUse> {
  /**
   * The center's internal uses of {@code device} whose booked slot (the one on the application) overlaps
   * {@code during} (half-open), in any state, oldest first.
   */
  List<InternalUse> onDevice(CenterId center, DeviceId device, Slot during);

  /** The center's internal uses of {@code device} under way right now (state {@code IN_USE}), oldest first. */
  List<InternalUse> inUseOn(CenterId center, DeviceId device);
}
