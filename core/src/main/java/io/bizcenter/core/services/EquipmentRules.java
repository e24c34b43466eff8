package io.bizcenter.core.services;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TimeLimit;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.bizcenter.core.procedure.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Plugs the equipment register into the one command path: declaration, field checks, decisions, duties. */
final class EquipmentRules implements ProcedureRules<DeviceState, DeviceAction, Device, DeviceCommand> {
  private final ProcedureDefinition<DeviceState, DeviceAction, Device, DeviceCommand> definition;
  private final Function<CenterId, ServicePolicy> policies;

  EquipmentRules(Bookings bookings, Function<CenterId, ServicePolicy> policies) {
    this.definition = EquipmentProcedure.declare(bookings);
    this.policies = policies;
  }

  public ProcedureDefinition<DeviceState, DeviceAction, Device, DeviceCommand> definition() {
    return definition;
  }

  public Class<Device> caseType() {
    return Device.class;
  }

  public Validation<Seq<FieldError>, DeviceCommand> validate(DeviceCommand command) {
    return command.check();
  }

  public DeviceAction action(DeviceCommand command) {
    return command.action();
  }

  public Option<String> target(DeviceCommand command) {
    return command instanceof DeviceCommand.OnDevice on ? Option.of(on.deviceId().value()) : Option.none();
  }

  public Either<Rejection, Decision<Device>> open(DeviceCommand command, Step<DeviceState> step) {
    if (command instanceof DeviceCommand.ImportDevice imported) {
      // the register's last maintenance is a time past: one still to come is a typing error of the row
      return imported.lastMaintainedAt() != null && imported.lastMaintainedAt().isAfter(step.at())
          ? Either.left(new Rejection.InvalidInput(List.of(FieldError.of("lastMaintainedAt", FieldError.Problem.NOT_ALLOWED))))
          : Either.right(Device.imported(imported, step));
    }
    return Either.right(Device.register((DeviceCommand.RegisterDevice) command, step));
  }

  public Either<Rejection, Decision<Device>> decide(Device current, DeviceCommand command, Step<DeviceState> step) {
    return Either.right(current.decide((DeviceCommand.OnDevice) command, step));
  }

  /** A fault report and a use's start hold the same device, so a faulty device is never in use (SV-1.2). */
  @Override
  public List<String> exclusiveTo(DeviceCommand command) {
    return target(command).map(id -> List.of("device:" + id)).getOrElse(List.of());
  }

  /**
   * SV-1.2 on the agenda: a device in service owes its next maintenance to the business center from the policy's lead
   * time before it is due; a faulty one owes its repair to the center and Engineering within the policy's time.
   */
  public Duties<Device> duties() {
    return (device, zone) -> switch (device.state()) {
      case IN_SERVICE -> {
        Instant due = device.maintenanceDue(zone);
        TimeLimit lead = policies.apply(device.center()).maintenanceLead();
        Instant from = due.atZone(zone).minus(lead.days()).minus(lead.hours()).toInstant();
        yield List.of(item(device, Seat.in(Department.BUSINESS_CENTER), DeviceAction.RECORD_MAINTENANCE, from, due));
      }
      case FAULTY -> {
        Instant reported = device.faultReportedAt().orElse(device.stateEnteredAt());
        Instant due = policies.apply(device.center()).repairTimeAllowed().dueFrom(reported, zone);
        yield List.of(item(device, Seat.in(Department.BUSINESS_CENTER), DeviceAction.RECORD_REPAIR, reported, due),
            item(device, Seat.in(Department.ENGINEERING), DeviceAction.RECORD_REPAIR, reported, due));
      }
      case RETIRED -> List.of();
    };
  }

  private AgendaItem item(Device device, Seat seat, DeviceAction action, Instant from, Instant due) {
    return new AgendaItem(device.center(), definition.name(), device.id().value(), device.state().name(), List.of(action.name()), seat,
        from, due, Clause.of("SV-1.2"));
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }

}
