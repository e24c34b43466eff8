package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TimeLimit;
import io.bizcenter.core.procedure.Step;
import io.bizcenter.core.services.DeviceEvent.DeviceRegistered;
import io.bizcenter.core.services.DeviceEvent.DeviceRetired;
import io.bizcenter.core.services.DeviceEvent.FaultReported;
import io.bizcenter.core.services.DeviceEvent.MaintenanceRecorded;
import io.bizcenter.core.services.DeviceEvent.RepairRecorded;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One device of the equipment register (SV-1.1): what it is, how often it is maintained, and where it stands. A
 * fault takes it out of use until a professional repair is recorded (SV-1.2). Which step may come next is for
 * {@link EquipmentProcedure}; this class records what each allowed step does.
 */
@Value.Immutable
public abstract class Device implements Case<DeviceState, Device> {
  @Override
  public abstract DeviceId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract DeviceState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  public abstract EquipmentKind kind();

  public abstract String name();

  /** The maintenance schedule (SV-1.2): every so many calendar days, in the property's zone. */
  public abstract int maintenanceEveryDays();

  public abstract Instant registeredAt();

  public abstract Optional<Instant> lastMaintainedAt();

  /** The fault that took it out of use, while it is faulty. */
  public abstract Optional<String> fault();

  public abstract Optional<Instant> faultReportedAt();

  /** Who repaired it last (a department or a firm), for the register. */
  public abstract Optional<String> lastRepairedBy();

  public abstract Optional<String> retirement();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored device. */
  public static final class Builder extends ImmutableDevice.Builder {}

  @Override
  public Device advancedTo(DeviceState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  /** Whether it may be used now: neither faulty nor retired (SV-1.2). */
  public boolean usable() {
    return state() == DeviceState.IN_SERVICE;
  }

  /** When the next scheduled maintenance falls due: its interval after the last one, or after registration. */
  public Instant maintenanceDue(ZoneId zone) {
    return TimeLimit.ofDays(maintenanceEveryDays()).dueFrom(lastMaintainedAt().orElse(registeredAt()), zone);
  }

  static Decision<Device> register(DeviceCommand.RegisterDevice c, Step<DeviceState> step) {
    Device device = registered(c.kind(), c.name(), c.maintenanceEveryDays(), step).build();
    return Decision.of(device, new DeviceRegistered(c.kind(), c.name(), c.maintenanceEveryDays()));
  }

  /** GS-6: a device of the building's register, in service since the import, maintained last when the register says. */
  static Decision<Device> imported(DeviceCommand.ImportDevice c, Step<DeviceState> step) {
    Device device = registered(c.kind(), c.name(), c.maintenanceEveryDays(), step)
        .lastMaintainedAt(Optional.ofNullable(c.lastMaintainedAt()))
        .build();
    return Decision.of(device, new DeviceEvent.DeviceImported(c.kind(), c.name(), c.maintenanceEveryDays(),
        Optional.ofNullable(c.lastMaintainedAt()), c.source()));
  }

  /** A device entering the register at {@code step}, registered or imported: what both know of it. */
  private static Builder registered(EquipmentKind kind, String name, int maintenanceEveryDays, Step<DeviceState> step) {
    return builder()
        .id(DeviceId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .kind(kind)
        .name(name)
        .maintenanceEveryDays(maintenanceEveryDays)
        .registeredAt(step.at());
  }

  // the steps' decisions, each named in EquipmentProcedure's table beside the step it decides

  Decision<Device> recordMaintenance(DeviceCommand.RecordMaintenance m, Step<DeviceState> step) {
    return Decision.of(copy().withLastMaintainedAt(step.at()), new MaintenanceRecorded(m.note()));
  }

  Decision<Device> reportFault(DeviceCommand.ReportFault f, Step<DeviceState> step) {
    return Decision.of(copy().withFault(f.fault()).withFaultReportedAt(step.at()), new FaultReported(f.fault()));
  }

  Decision<Device> recordRepair(DeviceCommand.RecordRepair r, Step<DeviceState> step) {
    return Decision.of(copy().withFault(Optional.empty()).withFaultReportedAt(Optional.empty()).withLastRepairedBy(r.repairedBy()),
        new RepairRecorded(r.repairedBy(), r.report()));
  }

  Decision<Device> retire(DeviceCommand.RetireDevice r, Step<DeviceState> step) {
    return Decision.of(copy().withRetirement(r.reason()), new DeviceRetired(r.reason()));
  }

  private ImmutableDevice copy() {
    return (ImmutableDevice) ImmutableDevice.copyOf(this);
  }
}
