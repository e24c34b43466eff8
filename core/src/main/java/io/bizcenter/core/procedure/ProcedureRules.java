package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;

/** What a procedure plugs into the one command path ({@link CasePath}): its declaration and its decisions. */
public interface ProcedureRules<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> {
  ProcedureDefinition<S, A, C, M> definition();

  Class<C> caseType();

  /** Field checks of a command beyond its id and center, every error collected. */
  Validation<Seq<FieldError>, M> validate(M command);

  /** The declared action a (valid) command asks for. */
  A action(M command);

  /** The id of the case a command acts on; empty for a command that opens a case. */
  Option<String> target(M command);

  /** The new case, standing in the opening step's target state. */
  Either<Rejection, Decision<C>> open(M command, Step<S> step);

  /** The case after the step, decided purely from the case, the command and the step. */
  Either<Rejection, Decision<C>> decide(C current, M command, Step<S> step);

  /** What a case owes after each decision, for the agenda; usually {@link DeclaredDuties} over the policy's limits. */
  Duties<C> duties();

  /**
   * The resources a command must hold alone while it is decided (a room's calendar, the master-key count):
   * rules that span several cases stay true when nodes decide at the same time. Most commands need none.
   */
  default List<String> exclusiveTo(M command) {
    return List.of();
  }

  PolicyVersion policy(CenterId center);
}
