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

  /** The declared action a (valid) command asks for: the one the declaration's steps name for its type. */
  default A action(M command) {
    return definition().actionOf(command);
  }

  /** The id of the case a command acts on; empty for a command that opens a case. */
  default Option<String> target(M command) {
    return command instanceof Command.OnCase on ? Option.of(on.caseId()) : Option.none();
  }

  /** Before issue 18: the new case, for a declaration whose opening steps name no decision. */
  @Deprecated(forRemoval = true)
  default Either<Rejection, Decision<C>> open(M command, Step<S> step) {
    throw new IllegalStateException("the declared opening step decides " + command.getClass().getSimpleName());
  }

  /** Before issue 18: the case after the step, for a declaration whose steps name no decision. */
  @Deprecated(forRemoval = true)
  default Either<Rejection, Decision<C>> decide(C current, M command, Step<S> step) {
    throw new IllegalStateException("the declared step decides " + command.getClass().getSimpleName());
  }

  /** What a case owes after each decision, for the agenda; usually {@link DeclaredDuties} over the policy's limits. */
  Duties<C> duties();

  /** Before issue 18: resources held outside the declaration ({@code holds} in the declaration now). */
  @Deprecated(forRemoval = true)
  default List<String> exclusiveTo(M command) {
    return List.of();
  }

  PolicyVersion policy(CenterId center);
}
