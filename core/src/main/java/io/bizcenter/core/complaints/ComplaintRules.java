package io.bizcenter.core.complaints;

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

/** Plugs complaint handling into the one command path: its declaration (steps and their decisions), field checks, duties. */
final class ComplaintRules implements ProcedureRules<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> {
  private final Function<CenterId, ComplaintPolicy> policies;
  // asked after every decision: built once
  private final Duties<Complaint> duties;

  ComplaintRules(Function<CenterId, ComplaintPolicy> policies) {
    this.policies = policies;
    this.duties = new DeclaredDuties<>(definition(), (center, state) -> policies.apply(center).timeAllowed(state));
  }

  public ProcedureDefinition<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> definition() {
    return ComplaintProcedure.DEFINITION;
  }

  public Class<Complaint> caseType() {
    return Complaint.class;
  }

  public Validation<Seq<FieldError>, ComplaintCommand> validate(ComplaintCommand command) {
    return command.check();
  }

  public Duties<Complaint> duties() {
    return duties;
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
