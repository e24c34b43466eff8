package io.bizcenter.core.services;

import io.bizcenter.core.kernel.CenterId;
import java.util.Optional;

/**
 * A device's calendar, read from the three stores: who holds it when, and whether anyone uses it now. The guards of
 * all three declarations ask it, inside the command's transaction and while the command holds the device
 * ({@code "device:" + id}), so what they read stays true until the command commits.
 */
final class Bookings {
  private final EquipmentRegister register;
  private final ServiceOrders orders;
  private final InternalUses uses;

  Bookings(EquipmentRegister register, ServiceOrders orders, InternalUses uses) {
    this.register = register;
    this.orders = orders;
    this.uses = uses;
  }

  Optional<Device> device(CenterId center, DeviceId id) {
    return register.find(center, id.value()).toJavaOptional();
  }

  /** Another client order holding the device for part of {@code slot}. */
  Optional<ServiceOrder> clientOrderHolding(CenterId center, DeviceId device, Slot slot, Optional<ServiceOrderId> except) {
    return orders.onDevice(center, device, slot).stream()
        .filter(o -> except.map(e -> !e.equals(o.id())).orElse(true))
        .filter(o -> o.holds().map(slot::overlaps).orElse(false))
        .findFirst();
  }

  /** An internal use that has actually taken the device (under way or done) for part of {@code slot}. */
  Optional<InternalUse> internalUseTaking(CenterId center, DeviceId device, Slot slot) {
    return uses.onDevice(center, device, slot).stream().filter(u -> u.used().map(slot::overlaps).orElse(false)).findFirst();
  }

  /** Another internal use holding the device (approved, under way or done) for part of {@code slot}. */
  Optional<InternalUse> internalUseHolding(CenterId center, DeviceId device, Slot slot, Optional<InternalUseId> except) {
    return uses.onDevice(center, device, slot).stream()
        .filter(u -> except.map(e -> !e.equals(u.id())).orElse(true))
        .filter(u -> u.holds().map(slot::overlaps).orElse(false))
        .findFirst();
  }

  /** The applied or approved internal uses a client order for {@code slot} displaces (SV-2.5), oldest first. */
  java.util.List<InternalUse> givingWayTo(CenterId center, DeviceId device, Slot slot) {
    return uses.onDevice(center, device, slot).stream().filter(u -> u.mayGiveWay() && u.application().slot().overlaps(slot)).toList();
  }

  /** The case using the device right now: an order being served or an internal use under way. */
  Optional<String> inUseBy(CenterId center, DeviceId device) {
    return orders.servingOn(center, device).stream().map(o -> o.id().value()).findFirst()
        .or(() -> uses.inUseOn(center, device).stream().map(u -> u.id().value()).findFirst());
  }

  Optional<ServiceOrder> order(CenterId center, String id) {
    return orders.find(center, id).toJavaOptional();
  }

  Optional<InternalUse> use(CenterId center, String id) {
    return uses.find(center, id).toJavaOptional();
  }
}
