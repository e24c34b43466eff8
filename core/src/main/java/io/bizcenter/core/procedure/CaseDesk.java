package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CaseId;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.CaseStore;
import io.vavr.control.Either;
import java.util.List;

/**
 * One procedure's desk for a vendor's code: {@link #handle} takes any of its commands (each command record is a step of
 * the source) and answers the case after the step or the typed rejection that says why not; the reads answer a screen's
 * questions (the case, what this person may do now, its trail). Every command takes the same path ({@link CasePath}).
 * A procedure's own desk extends this with the queries only it answers.
 *
 * @param <I> the procedure's case id
 */
public class CaseDesk<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command, I extends CaseId> {
  private final CasePath<S, A, C, M> path;

  public CaseDesk(ProcedureRules<S, A, C, M> rules, CaseStore<C> store, DeskPorts ports) {
    this.path = new CasePath<>(rules, store, ports);
  }

  /** Carries out one command for one actor: the case after its step, or why not. */
  public Either<Rejection, C> handle(M command, Actor actor) {
    return path.handle(command, actor);
  }

  /** The case, if the actor works for its center and may read it; otherwise answered as an unknown id. */
  public Either<Rejection, C> find(Actor actor, CenterId center, I id) {
    return path.find(actor, center, id == null ? null : id.value());
  }

  /** What this actor may do on the case now: the answer for a vendor's screen (GS-3). */
  public Either<Rejection, List<A>> availableActions(Actor actor, CenterId center, I id) {
    return path.availableActions(actor, center, id == null ? null : id.value());
  }

  /** With which actions this actor may open a case. */
  public List<A> openingActions(Actor actor) {
    return actor == null ? List.of() : definition().openingActions(actor);
  }

  /** The case's audit trail (GS-6). */
  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, I id) {
    return path.trail(actor, center, id == null ? null : id.value());
  }

  public ProcedureDefinition<S, A, C, M> definition() {
    return path.definition();
  }

  /** What a case owes the agenda under the center's policies (GS-7), as this desk writes it. */
  public Duties<C> duties() {
    return path.duties();
  }

  /** The one path, for a procedure's own queries that read as its desk does. */
  protected CasePath<S, A, C, M> path() {
    return path;
  }
}
