package io.bizcenter.core.services;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.CaseStore;
import java.time.Instant;
import java.util.List;

/**
 * The store of clients' service orders: a port, implemented by adapters. Besides the case store it answers the
 * two questions the device's calendar asks, on indexed columns (device, slot start, slot end).
 */
public interface ServiceOrders extends CaseStore<ServiceOrder> {
  /**
   * The center's orders booking {@code device} whose slot overlaps {@code during} (half-open: slots that only touch do
   * not overlap), in any state, oldest first.
   */
  List<ServiceOrder> onDevice(CenterId center, DeviceId device, Slot during);

  /** The center's orders being served on {@code device} right now (state {@code SERVING}), oldest first. */
  List<ServiceOrder> servingOn(CenterId center, DeviceId device);

  /**
   * The center's orders now in {@code state} that entered it from {@code from} (included) to {@code until} (excluded),
   * earliest first, then oldest first: the orders settled or cancelled in a month, for the revenue report. A database
   * adapter reads its (center, state, time) index.
   */
  List<ServiceOrder> inState(CenterId center, ServiceOrderState state, Instant from, Instant until);
}
