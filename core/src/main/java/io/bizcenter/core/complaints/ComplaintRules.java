package io.bizcenter.core.complaints;

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
import java.util.function.Function;

/** Plugs complaint handling into the one command path: its declaration, its field checks, its decisions. */
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

  public ComplaintAction action(ComplaintCommand command) {
    return command.action();
  }

  public Option<String> target(ComplaintCommand command) {
    return command instanceof ComplaintCommand.OnComplaint on ? Option.of(on.complaintId().value()) : Option.none();
  }

  public Either<Rejection, Decision<Complaint>> open(ComplaintCommand command, Step<ComplaintState> step) {
    return Either.right(Complaint.open((ComplaintCommand.Opening) command, step));
  }

  public Either<Rejection, Decision<Complaint>> decide(Complaint current, ComplaintCommand command, Step<ComplaintState> step) {
    return Either.right(current.decide((ComplaintCommand.OnComplaint) command, step));
  }

  public Duties<Complaint> duties() {
    return duties;
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
