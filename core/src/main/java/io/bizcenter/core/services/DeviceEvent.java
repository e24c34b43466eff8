package io.bizcenter.core.services;

import io.bizcenter.core.kernel.DomainEvent;

/** What happened to a device, in the past tense. */
public sealed interface DeviceEvent extends DomainEvent {
  record DeviceRegistered(EquipmentKind kind, String name, int maintenanceEveryDays) implements DeviceEvent {}

  record MaintenanceRecorded(String note) implements DeviceEvent {}

  record FaultReported(String fault) implements DeviceEvent {}

  record RepairRecorded(String repairedBy, String report) implements DeviceEvent {}

  record DeviceRetired(String reason) implements DeviceEvent {}
}
