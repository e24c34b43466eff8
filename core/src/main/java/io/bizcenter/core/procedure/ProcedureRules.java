package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * What a procedure plugs into the one command path ({@link CasePath}) beside its declaration: its case type, its field
 * checks, its duties and its policy. The declaration's steps name their commands and decisions, so nothing here
 * dispatches on a command.
 */
public interface ProcedureRules<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> {
  ProcedureDefinition<S, A, C, M> definition();

  Class<C> caseType();

  /** Field checks of a command beyond its id and center, every error collected. */
  Validation<Seq<FieldError>, M> validate(M command);

  /** What a case owes after each decision, for the agenda; usually {@link DeclaredDuties} over the policy's limits. */
  Duties<C> duties();

  /** The policy version a case of {@code center} runs under from this step on (GS-4). */
  PolicyVersion policy(CenterId center);
}
