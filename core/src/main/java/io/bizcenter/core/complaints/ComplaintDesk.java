package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.CasePath;
import io.bizcenter.core.procedure.DeskPorts;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;

/**
 * Complaint handling for a vendor's code: {@link #handle} takes any complaint command (each record of
 * {@link ComplaintCommand} is a step of the source) and answers the complaint after the step or the typed rejection that
 * says why not. Every command takes the same path ({@link CasePath}).
 */
public final class ComplaintDesk {
  private final CasePath<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> path;

  public ComplaintDesk(Complaints complaints, DeskPorts ports, Function<CenterId, ComplaintPolicy> policies) {
    this.path = new CasePath<>(new ComplaintRules(policies), complaints, ports);
  }

  /**
   * Carries out one complaint command, named after the source's step ({@code new TellFix(...)}, {@code new
   * ForwardToDepartment(...)}): the complaint after the step, or the typed rejection that says why not.
   */
  public Either<Rejection, Complaint> handle(ComplaintCommand command, Actor actor) {
    return path.handle(command, actor);
  }

  /** The complaint, if the actor works for its center; otherwise answered as an unknown id. */
  public Either<Rejection, Complaint> find(Actor actor, CenterId center, ComplaintId id) {
    return path.find(actor, center, id == null ? null : id.value());
  }

  /** What this actor may do on the complaint now: the answer for a vendor's screen (GS-3). */
  public Either<Rejection, List<ComplaintAction>> availableActions(Actor actor, CenterId center, ComplaintId id) {
    return path.availableActions(actor, center, id == null ? null : id.value());
  }

  /** With which actions this actor may open a complaint. */
  public List<ComplaintAction> openingActions(Actor actor) {
    return actor == null ? List.of() : definition().openingActions(actor);
  }

  /** The complaint's audit trail (GS-6). */
  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, ComplaintId id) {
    return path.trail(actor, center, id == null ? null : id.value());
  }

  public ProcedureDefinition<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> definition() {
    return path.definition();
  }

  /** What a complaint owes the agenda under the center's policies (GS-7), as this desk writes it. */
  public Duties<Complaint> duties() {
    return path.duties();
  }
}
