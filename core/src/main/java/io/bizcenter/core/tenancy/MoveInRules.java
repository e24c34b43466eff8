package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.bizcenter.core.procedure.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Plugs the move-in into the one command path: its declaration, field checks and decisions, its duties (Service's next
 * step, Engineering's tasks), and the rules that span cases: a notice holds its units ({@code "unit:<id>"}) while it
 * checks they are free (MI-1.1), and a booking holds the freight elevator's calendar ({@code "elevator:<id>"}) while it
 * looks for a clash (MI-6.1), so two nodes cannot take the same unit or slot at once; the key handover holds the
 * tenant's keys ({@code "keys:holder:TENANT:<id>"}) while the form lists them (MI-4.3).
 */
final class MoveInRules implements ProcedureRules<MoveInState, MoveInAction, MoveIn, MoveInCommand> {
  private final MoveIns moveIns;
  private final KeysHeld keysHeld;
  private final Function<CenterId, TenancyPolicy> policies;
  private final Function<CenterId, ZoneId> zones;
  private final ProcedureDefinition<MoveInState, MoveInAction, MoveIn, MoveInCommand> definition;

  MoveInRules(MoveIns moveIns, TenancyRecords records, KeysHeld keysHeld, Function<CenterId, TenancyPolicy> policies,
      Function<CenterId, ZoneId> zones) {
    this.moveIns = moveIns;
    this.keysHeld = keysHeld;
    this.policies = policies;
    this.zones = zones;
    this.definition = MoveInProcedure.declare(records, keysHeld, policies);
  }

  public ProcedureDefinition<MoveInState, MoveInAction, MoveIn, MoveInCommand> definition() {
    return definition;
  }

  public Class<MoveIn> caseType() {
    return MoveIn.class;
  }

  public Validation<Seq<FieldError>, MoveInCommand> validate(MoveInCommand command) {
    return command.check();
  }

  public MoveInAction action(MoveInCommand command) {
    return command.action();
  }

  public Option<String> target(MoveInCommand command) {
    return command instanceof MoveInCommand.OnMoveIn on ? Option.of(on.moveInId().value()) : Option.none();
  }

  public Either<Rejection, Decision<MoveIn>> open(MoveInCommand command, Step<MoveInState> step) {
    if (command instanceof MoveInCommand.ImportTenancy imported) {
      return Either.right(MoveIn.imported(imported, step));
    }
    return Either.right(MoveIn.receive((MoveInCommand.ReceiveMoveInNotice) command, step));
  }

  public Either<Rejection, Decision<MoveIn>> decide(MoveIn current, MoveInCommand command, Step<MoveInState> step) {
    if (command instanceof MoveInCommand.BookMove booking) {
      Optional<Rejection> refused = elevatorRefuses(booking, current, step);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
    }
    // the key register is asked only when the form is signed: what the form lists is what it says then
    List<HeldKey> held = command instanceof MoveInCommand.SignKeyHandoverForm ? keysHeld.stillHeldBy(step.center(), current.tenant()) : List.of();
    return Either.right(current.decide((MoveInCommand.OnMoveIn) command, step, policies.apply(step.center()), held));
  }

  public Duties<MoveIn> duties() {
    return new MoveInDuties(definition, policies);
  }

  /** A notice holds its units; a booking holds its elevator; the key handover holds the tenant's keys. Sorted, so two commands take their resources in the same order. */
  @Override
  public List<String> exclusiveTo(MoveInCommand command) {
    TreeSet<String> resources = new TreeSet<>();
    if (command instanceof MoveInCommand.ReceiveMoveInNotice notice) {
      notice.units().forEach(unit -> resources.add(unitResource(unit)));
    }
    if (command instanceof MoveInCommand.ImportTenancy imported) {
      imported.units().forEach(unit -> resources.add(unitResource(unit)));
    }
    if (command instanceof MoveInCommand.BookMove booking) {
      resources.add("elevator:" + booking.elevator());
    }
    if (command instanceof MoveInCommand.SignKeyHandoverForm signing) {
      // the form lists the tenant's keys: wait for a key being cut for the tenant (key control holds the same name,
      // Holder.reference()), so the handover and the cut take place in the order of the audit trail
      moveIns.find(command.center(), signing.moveInId().value())
          .forEach(m -> resources.add("keys:holder:TENANT:" + m.tenant().value()));
    }
    return List.copyOf(resources);
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }

  static String unitResource(RoomId unit) {
    return "unit:" + unit.value();
  }

  /** MI-6.1: a slot still to come, in which no other move holds the elevator (the booking's own move-in aside). */
  private Optional<Rejection> elevatorRefuses(MoveInCommand.BookMove booking, MoveIn self, Step<MoveInState> step) {
    ZoneId zone = zones.apply(step.center());
    if (!booking.startsAt().isAfter(step.at())) {
      return Optional.of(new TenancyRejection.MoveStartsInThePast(booking.startsAt().atZone(zone).toLocalDateTime()));
    }
    return moveIns.elevatorBookings(step.center(), booking.elevator(), booking.startsAt(), booking.endsAt()).stream()
        .filter(other -> !other.id().equals(self.id()))
        .findFirst()
        .map(other -> {
          ElevatorBooking held = other.move().orElseThrow();
          return (Rejection) new TenancyRejection.FreightElevatorAlreadyBooked(held.elevator(), other.id(),
              held.startsAt().atZone(zone).toLocalDateTime(), held.endsAt().atZone(zone).toLocalDateTime());
        });
  }
}
