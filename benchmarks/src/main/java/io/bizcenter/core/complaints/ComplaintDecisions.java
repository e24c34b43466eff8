package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.procedure.Step;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;

/**
 * For the decision-path benchmark only: what {@code CasePath} asks of complaint handling for one command, without
 * storage: the declaration's check (table, seat, guards) and the aggregate's pure decision, advanced into the
 * declared state. It lives in core's package because {@link Complaint}'s decisions are package-private (a vendor goes
 * through the desk); it is in the benchmarks module, and nothing in the library refers to it.
 */
public final class ComplaintDecisions {
  private ComplaintDecisions() {}

  public static Either<Rejection, Decision<Complaint>> open(ComplaintCommand.Opening command, Actor actor, String id, Instant at,
      PolicyVersion policy) {
    return ComplaintProcedure.DEFINITION.permitsOpening(ComplaintProcedure.DEFINITION.actionOf(command), command, actor).map(t -> {
      Step<ComplaintState> step = new Step<>(id, command.center(), actor, at, Optional.empty(), t.to(), t.clause(), policy);
      Decision<Complaint> decided = t.decision().decide(null, command, step);
      return new Decision<>(decided.state().advancedTo(t.to(), at, policy), decided.events(), decided.notices());
    });
  }

  public static Either<Rejection, Decision<Complaint>> step(Complaint current, ComplaintCommand.OnComplaint command, Actor actor, Instant at,
      PolicyVersion policy) {
    return ComplaintProcedure.DEFINITION.permits(current.state(), current, ComplaintProcedure.DEFINITION.actionOf(command), command, actor).map(t -> {
      Step<ComplaintState> step = new Step<>(current.id().value(), current.center(), actor, at, Optional.of(current.state()), t.to(), t.clause(),
          policy);
      Decision<Complaint> decided = t.decision().decide(current, command, step);
      return new Decision<>(decided.state().advancedTo(t.to(), at, policy), decided.events(), decided.notices());
    });
  }
}
