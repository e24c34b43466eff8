package io.bizcenter.core.services;

import static io.bizcenter.core.services.DeviceAction.*;
import static io.bizcenter.core.services.DeviceState.*;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.bizcenter.core.services.DeviceCommand.ImportDevice;
import io.bizcenter.core.services.DeviceCommand.RecordMaintenance;
import io.bizcenter.core.services.DeviceCommand.RecordRepair;
import io.bizcenter.core.services.DeviceCommand.RegisterDevice;
import io.bizcenter.core.services.DeviceCommand.ReportFault;
import io.bizcenter.core.services.DeviceCommand.RetireDevice;
import io.vavr.control.Option;
import java.util.List;

/**
 * The equipment register (商务中心的设备配置, SV-1.1, SV-1.2), declared once: a device is registered with its
 * maintenance schedule, maintained on it, taken out of use by a fault until a professional repair is recorded, and
 * retired at the end.
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>Who: the business center keeps its register and does the maintenance (商务中心人员...定期对设备进行必要的保养);
 *       a fault is reported, and a repair recorded, by the center or by Engineering; the repair names the
 *       professional who did it (a department or a firm). Only the center's department manager retires a device.
 *   <li>A fault is reported only while nobody uses the device: whoever finds it ends the running service or
 *       internal use first. So a faulty device is never in use, and no use can start on it until it is repaired
 *       ({@link ServiceOrderProcedure}, {@link InternalUseProcedure}). The same holds for retiring a device.
 *   <li>A repair does not reset the maintenance schedule: the schedule is the maker's, counted from the last
 *       maintenance (or the registration). Maintenance is on the agenda from the policy's lead time before it is due.
 *   <li>GS-6: a building's register is imported device by device, in service, by the business center, with when each
 *       was last maintained (not in the future): the next maintenance falls due on its schedule from then, as for a
 *       device registered and maintained through the library. A device faulty at the import is imported, then reported
 *       faulty.
 *   <li>A faulty or retired device takes no new booking (SV-1.2); bookings made before a fault stand (a repair usually
 *       comes first), and none can start until the repair is recorded.
 * </ul>
 */
public final class EquipmentProcedure {
  /** The procedure's name in ids, logs, the audit trail and the agenda. */
  public static final String NAME = "equipment";

  static final Who CENTER = Who.anyOf(Seat.in(Department.BUSINESS_CENTER));
  static final Who CENTER_OR_ENGINEERING = Who.anyOf(Seat.in(Department.BUSINESS_CENTER), Seat.in(Department.ENGINEERING));
  static final Who CENTER_MANAGER = Who.anyOf(Seat.of(Department.BUSINESS_CENTER, Role.DEPARTMENT_MANAGER));

  /**
   * A device's own rules, which steps of the other service procedures answer by too: it is on the register and of a
   * suitable kind (SV-1.1), and neither faulty nor retired (SV-1.2).
   */
  static final Clause ON_THE_REGISTER = Clause.of("SV-1.1");
  static final Clause USABLE = Clause.of("SV-1.2");

  private EquipmentProcedure() {}

  static ProcedureDefinition<DeviceState, DeviceAction, Device, DeviceCommand> declare(Bookings bookings) {
    return ProcedureDefinition.<DeviceState, DeviceAction, Device, DeviceCommand>declare(NAME, DeviceState.class, DeviceAction.class)
        .opens(REGISTER, RegisterDevice.class, IN_SERVICE, CENTER, "SV-1.1", Device::register)
        .step(IN_SERVICE, RECORD_MAINTENANCE, RecordMaintenance.class, IN_SERVICE, CENTER, "SV-1.2", Device::recordMaintenance)
        .step(IN_SERVICE, REPORT_FAULT, ReportFault.class, FAULTY, CENTER_OR_ENGINEERING, "SV-1.2", Device::reportFault, notInUse(bookings))
        .step(FAULTY, RECORD_REPAIR, RecordRepair.class, IN_SERVICE, CENTER_OR_ENGINEERING, "SV-1.2", Device::recordRepair)
        .step(IN_SERVICE, RETIRE, RetireDevice.class, RETIRED, CENTER_MANAGER, "SV-1.1", Device::retire, notInUse(bookings))
        .step(FAULTY, RETIRE, RetireDevice.class, RETIRED, CENTER_MANAGER, "SV-1.1", Device::retire)
        // a device in service when the building comes to the library, with its schedule and last maintenance
        .opens(IMPORT, ImportDevice.class, IN_SERVICE, CENTER, "GS-6", Device::imported)
        // a fault report and a use's start hold the same device, so a faulty device is never in use (SV-1.2)
        .holds("device", "SV-1.2", DeviceCommand.OnDevice.class, on -> List.of("device:" + on.deviceId().value()))
        .finals(RETIRED)
        .stateClause(IN_SERVICE, "SV-1.2")
        .build();
  }

  /** Nobody uses the device while it is reported faulty or retired: whoever finds it ends the use first (SV-1.1, SV-1.2). */
  private static <K extends DeviceCommand> Guard<Device, K> notInUse(Bookings bookings) {
    return Guard.of("nobody uses the device now", (device, command, rule) -> bookings.inUseBy(device.center(), device.id())
        .<Rejection.RuleBroken>map(by -> new ServiceRejection.DeviceInUse(device.id(), by, rule))
        .map(Option::some).orElse(Option.none()));
  }
}
