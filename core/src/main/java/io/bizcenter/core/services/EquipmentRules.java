package io.bizcenter.core.services;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TimeLimit;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/** Plugs the equipment register into the one command path: its declaration (steps and their decisions), field checks, duties. */
final class EquipmentRules implements ProcedureRules<DeviceState, DeviceAction, Device, DeviceCommand> {
  private final ProcedureDefinition<DeviceState, DeviceAction, Device, DeviceCommand> definition;
  private final Function<CenterId, ServicePolicy> policies;
  private final Clock clock;

  EquipmentRules(Bookings bookings, Function<CenterId, ServicePolicy> policies, Clock clock) {
    this.definition = EquipmentProcedure.declare(bookings);
    this.policies = policies;
    this.clock = clock;
  }

  public ProcedureDefinition<DeviceState, DeviceAction, Device, DeviceCommand> definition() {
    return definition;
  }

  public Class<Device> caseType() {
    return Device.class;
  }

  /** The command's fields, and those that must not lie ahead of now (an imported last maintenance, GS-6). */
  public Validation<Seq<FieldError>, DeviceCommand> validate(DeviceCommand command) {
    // in microseconds, as the command path decides with
    return command.check(() -> clock.instant().truncatedTo(ChronoUnit.MICROS));
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
