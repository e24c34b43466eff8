package io.bizcenter.core.services;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.CaseStore;
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
}
