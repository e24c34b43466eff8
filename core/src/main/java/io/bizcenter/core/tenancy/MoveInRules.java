package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.procedure.DeskPorts;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * Plugs the move-in into the one command path: its declaration (steps, their decisions and the rules that span cases),
 * field checks, and its duties (Service's next step, Engineering's tasks).
 */
final class MoveInRules implements ProcedureRules<MoveInState, MoveInAction, MoveIn, MoveInCommand> {
  private final Function<CenterId, TenancyPolicy> policies;
  private final ProcedureDefinition<MoveInState, MoveInAction, MoveIn, MoveInCommand> definition;

  MoveInRules(MoveIns moveIns, TenancyRecords records, KeysHeld keysHeld, Function<CenterId, TenancyPolicy> policies, DeskPorts ports) {
    this.policies = policies;
    this.definition = MoveInProcedure.declare(moveIns, records, keysHeld, policies, ports.zones());
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

  public Duties<MoveIn> duties() {
    return new MoveInDuties(definition, policies);
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
