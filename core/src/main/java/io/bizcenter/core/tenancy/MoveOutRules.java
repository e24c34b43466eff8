package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.procedure.DeclaredDuties;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * Plugs the move-out into the one command path: its declaration (steps, their decisions, and what they hold: a move-in is
 * moved out of once, the tenant's keys while it leaves), field checks and duties.
 */
final class MoveOutRules implements ProcedureRules<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> {
  private final Function<CenterId, TenancyPolicy> policies;
  private final ProcedureDefinition<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> definition;
  // asked after every decision: built once
  private final Duties<MoveOut> duties;

  MoveOutRules(MoveOuts moveOuts, TenancyRecords records, KeysHeld keysHeld, Function<CenterId, TenancyPolicy> policies) {
    this.policies = policies;
    this.definition = MoveOutProcedure.declare(moveOuts, records, keysHeld);
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

  public Duties<MoveOut> duties() {
    return duties;
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
