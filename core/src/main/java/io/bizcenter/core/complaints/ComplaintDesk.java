package io.bizcenter.core.complaints;

import io.bizcenter.core.complaints.ComplaintCommand.Apologise;
import io.bizcenter.core.complaints.ComplaintCommand.ArchiveLetterAndReply;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ContactDepartments;
import io.bizcenter.core.complaints.ComplaintCommand.FollowUp;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.InformComplainant;
import io.bizcenter.core.complaints.ComplaintCommand.RecordFixed;
import io.bizcenter.core.complaints.ComplaintCommand.RecordLetterComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintCommand.RecordResolution;
import io.bizcenter.core.complaints.ComplaintCommand.ReportToGeneralOffice;
import io.bizcenter.core.complaints.ComplaintCommand.TellFix;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintCommand.VisitCompany;
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
 * Complaint handling for a vendor's code: one method per step of the source, each answering the complaint after
 * the step or the typed rejection that says why not. Every command takes the same path ({@link CasePath}).
 */
public final class ComplaintDesk {
  private final CasePath<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> path;

  public ComplaintDesk(Complaints complaints, DeskPorts ports, Function<CenterId, ComplaintPolicy> policies) {
    this.path = new CasePath<>(new ComplaintRules(policies), complaints, ports);
  }

  /** Any complaint command; the methods below are this, named after the source's steps. */
  public Either<Rejection, Complaint> handle(ComplaintCommand command, Actor actor) {
    return path.handle(command, actor);
  }

  public Either<Rejection, Complaint> recordPhoneComplaint(RecordPhoneComplaint command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> recordLetterComplaint(RecordLetterComplaint command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> triage(Triage command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> tellFix(TellFix command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> recordFixed(RecordFixed command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> apologise(Apologise command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> archiveLetterAndReply(ArchiveLetterAndReply command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> assureCaller(AssureCaller command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> forward(ForwardToDepartment command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> recordPlan(RecordPlan command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> informComplainant(InformComplainant command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> followUp(FollowUp command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> visitCompany(VisitCompany command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> contactDepartments(ContactDepartments command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> reportToGeneralOffice(ReportToGeneralOffice command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Complaint> recordResolution(RecordResolution command, Actor actor) {
    return handle(command, actor);
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
