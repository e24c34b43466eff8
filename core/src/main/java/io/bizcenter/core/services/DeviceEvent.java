package io.bizcenter.core.services;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.ImportSource;
import java.time.Instant;
import java.util.Optional;

/** What happened to a device, in the past tense. */
public sealed interface DeviceEvent extends DomainEvent {
  /** A device joined the equipment register, with how often it is maintained (SV-1.1, SV-1.2). */
  record DeviceRegistered(EquipmentKind kind, String name, int maintenanceEveryDays) implements DeviceEvent {}

  /** The scheduled maintenance was done (SV-1.2). */
  record MaintenanceRecorded(String note) implements DeviceEvent {}

  /** The device was found faulty and is out of use until a professional repairs it (SV-1.2). */
  record FaultReported(String fault) implements DeviceEvent {}

  /** A professional, a department or a firm, repaired the device and it is back in service (SV-1.2). */
  record RepairRecorded(String repairedBy, String report) implements DeviceEvent {}

  /** The center's department manager took the device off the register, for the reason given (SV-1.1). */
  record DeviceRetired(String reason) implements DeviceEvent {}

  /**
   * GS-6: a device in service was imported from the building's register, with its schedule and when it was last
   * maintained; {@code source} names the batch, the row and what it was read from.
   */
  record DeviceImported(EquipmentKind kind, String name, int maintenanceEveryDays, Optional<Instant> lastMaintainedAt, ImportSource source)
      implements DeviceEvent {}
}
