package io.bizcenter.core.imports;

import io.bizcenter.core.services.EquipmentKind;
import java.time.LocalDate;

/**
 * A device of the equipment register, in service (SV-1.1): what it is, how often it is maintained (SV-1.2), and the day
 * it was last maintained, in the center's zone (null: not since it was installed).
 */
public record DeviceRow(EquipmentKind kind, String name, int maintenanceEveryDays, LocalDate lastMaintained) {}
