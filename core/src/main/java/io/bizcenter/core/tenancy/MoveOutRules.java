package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.procedure.DeclaredDuties;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.bizcenter.core.procedure.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Plugs the move-out into the one command path. Opening holds its move-in ({@code "move-out-of:<id>"}) so a move-in is
 * moved out of once; leaving (MO-3.3) holds the tenant as a key holder, the resource key control holds when it puts a
 * key into the tenant's hands ({@code "keys:holder:TENANT:<id>"}), so no key can be cut for the tenant while it leaves.
 */
final class MoveOutRules implements ProcedureRules<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> {
  private final MoveOuts moveOuts;
  private final TenancyRecords records;
  private final KeysHeld keysHeld;
  private final Function<CenterId, TenancyPolicy> policies;
  private final ProcedureDefinition<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> definition;
  // asked after every decision: built once
  private final Duties<MoveOut> duties;

  MoveOutRules(MoveOuts moveOuts, TenancyRecords records, KeysHeld keysHeld, Function<CenterId, TenancyPolicy> policies) {
    this.moveOuts = moveOuts;
    this.records = records;
    this.keysHeld = keysHeld;
    this.policies = policies;
    this.definition = MoveOutProcedure.declare(records, keysHeld);
    this.duties = new DeclaredDuties<>(definition, (center, state) -> policies.apply(center).timeAllowed(state));
  }

  public ProcedureDefinition<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> definition() {
    return definition;
  }

  public Class<MoveOut> caseType() {
    return MoveOut.class;
  }

  public Validation<Seq<FieldError>, MoveOutCommand> validate(MoveOutCommand command) {
    return command.check();
  }

  public MoveOutAction action(MoveOutCommand command) {
    return command.action();
  }

  public Option<String> target(MoveOutCommand command) {
    return command instanceof MoveOutCommand.OnMoveOut on ? Option.of(on.moveOutId().value()) : Option.none();
  }

  public Either<Rejection, Decision<MoveOut>> open(MoveOutCommand command, Step<MoveOutState> step) {
    MoveOutCommand.OpenMoveOut opening = (MoveOutCommand.OpenMoveOut) command;
    return records.moveIn(step.center(), opening.moveIn())
        .<Either<Rejection, Decision<MoveOut>>>map(m -> {
          LocalDate expiry = records.leaseOf(step.center(), m.id()).map(RenewalVisit::leaseExpiry).orElse(m.leaseExpiry());
          return Either.right(MoveOut.open(opening, m, expiry, step));
        })
        .orElseGet(() -> Either.left(new Rejection.CaseNotFound(MoveInProcedure.NAME, opening.moveIn().value())));
  }

  public Either<Rejection, Decision<MoveOut>> decide(MoveOut current, MoveOutCommand command, Step<MoveOutState> step) {
    // what the register charged for the keys not brought back, asked when the client leaves
    List<KeyCompensation> lost = command instanceof MoveOutCommand.Vacate
        ? keysHeld.lostSince(step.center(), current.tenant(), Set.copyOf(current.units()), current.openedAt())
        : List.of();
    return Either.right(current.decide((MoveOutCommand.OnMoveOut) command, step, lost));
  }

  public Duties<MoveOut> duties() {
    return duties;
  }

  @Override
  public List<String> exclusiveTo(MoveOutCommand command) {
    TreeSet<String> resources = new TreeSet<>();
    if (command instanceof MoveOutCommand.OpenMoveOut opening) {
      resources.add("move-out-of:" + opening.moveIn().value());
    }
    if (command instanceof MoveOutCommand.Vacate || command instanceof MoveOutCommand.UpdateDirectoryAndNameplate) {
      // the same name key control gives the tenant as a holder (Holder.reference()), so the two wait for each other
      target(command).forEach(id -> moveOuts.find(command.center(), id).forEach(m -> resources.add("keys:holder:TENANT:" + m.tenant().value())));
    }
    return List.copyOf(resources);
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
