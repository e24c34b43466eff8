package io.bizcenter.core.complaints;

import static io.bizcenter.core.complaints.ComplaintAction.*;
import static io.bizcenter.core.complaints.ComplaintState.*;

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
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.vavr.control.Option;

/**
 * Complaint handling (投诉处理规程), declared once. Read top to bottom, it is the source's text: intake by phone
 * or letter, triage, then each branch's steps in the source's order.
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>Who: complaints reach the Management Office's complaint line and mailbox or Operations directly, and
 *       Operations handles them or helps the Management dept (CP-0.1), so those two take every step; the
 *       Management Office may also record an incoming complaint; the General Office, to which a hard case is
 *       reported, may record its resolution.
 *   <li>A hard case (CP-1.4) is a phone complaint only: the source places it in the phone section.
 *   <li>A follow-up call that finds the problem unsolved sends the complaint back to the department concerned,
 *       which owes a new plan (phone) or is reminded (letter); the complainant is then informed again.
 *   <li>Phone within remit: the apology call may be backed by a letter "where needed" (CP-1.2); for letters the
 *       apology is always written (CP-2.2, CP-2.3).
 *   <li>Separation of duties: no step checks another member of staff's step. Confirming that a complaint was solved is the
 *       complainant's answer to the follow-up call, which the handler records.
 * </ul>
 */
public final class ComplaintProcedure {
  /** The procedure's name in ids, logs, the audit trail and the agenda. */
  public static final String NAME = "complaints";

  /** Where complaints come in (CP-0.1). */
  static final Who INTAKE = Who.anyOf(Seat.in(Department.OPERATIONS), Seat.in(Department.MANAGEMENT), Seat.in(Department.MANAGEMENT_OFFICE));
  /** Who handles them (CP-0.1). */
  static final Who HANDLERS = Who.anyOf(Seat.in(Department.OPERATIONS), Seat.in(Department.MANAGEMENT));
  /** A hard case is reported to the General Office, which may record how it was resolved (CP-1.4). */
  static final Who RESOLVERS = Who.anyOf(Seat.in(Department.OPERATIONS), Seat.in(Department.MANAGEMENT), Seat.in(Department.GENERAL_OFFICE));

  private static Who departmentsConcerned(Complaint c) {
    return new Who(java.util.stream.Stream.concat(c.concernedDepartment().stream(), c.contactedDepartments().stream())
        .distinct().map(Seat::in).toList());
  }

  public static final ProcedureDefinition<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> DEFINITION =
      ProcedureDefinition.<ComplaintState, ComplaintAction, Complaint, ComplaintCommand>declare(NAME, ComplaintState.class, ComplaintAction.class)
          .opens(RECORD_PHONE_COMPLAINT, RecordPhoneComplaint.class, PHONE_RECEIVED, INTAKE, "CP-1.1", Complaint::open)
          .opens(RECORD_LETTER_COMPLAINT, RecordLetterComplaint.class, LETTER_RECEIVED, INTAKE, "CP-2.1", Complaint::open)
          // phone, within remit: tell the fix, fix it, call back to apologise (CP-1.2)
          .step(PHONE_RECEIVED, TRIAGE_WITHIN_REMIT, Triage.class, PHONE_WITHIN_REMIT, HANDLERS, "CP-1.2", Complaint::triage)
          .step(PHONE_WITHIN_REMIT, TELL_FIX, TellFix.class, PHONE_FIX_PROMISED, HANDLERS, "CP-1.2", Complaint::tellFix)
          .step(PHONE_FIX_PROMISED, RECORD_FIXED, RecordFixed.class, PHONE_FIXED, HANDLERS, "CP-1.2", Complaint::recordFixed)
          .step(PHONE_FIXED, APOLOGISE, Apologise.class, CLOSED, HANDLERS, "CP-1.2", Complaint::apologise)
          // phone, outside remit: assure, forward, learn the plan, inform with the handler, follow up (CP-1.3)
          .step(PHONE_RECEIVED, TRIAGE_OUTSIDE_REMIT, Triage.class, PHONE_OUTSIDE_REMIT, HANDLERS, "CP-1.3", Complaint::triage)
          .step(PHONE_OUTSIDE_REMIT, ASSURE_CALLER, AssureCaller.class, PHONE_CALLER_ASSURED, HANDLERS, "CP-1.3", Complaint::assureCaller)
          .step(PHONE_CALLER_ASSURED, FORWARD_TO_DEPARTMENT, ForwardToDepartment.class, PHONE_FORWARDED, HANDLERS, "CP-1.3", Complaint::forward, notToOperations())
          .step(PHONE_FORWARDED, RECORD_PLAN, RecordPlan.class, PHONE_PLAN_KNOWN, HANDLERS, "CP-1.3", Complaint::recordPlan)
          .step(PHONE_PLAN_KNOWN, INFORM_COMPLAINANT, InformComplainant.class, PHONE_COMPLAINANT_INFORMED, HANDLERS, "CP-1.3", Complaint::informComplainant)
          .step(PHONE_COMPLAINANT_INFORMED, CONFIRM_SOLVED, FollowUp.class, CLOSED, HANDLERS, "CP-1.3", Complaint::followUp)
          .step(PHONE_COMPLAINANT_INFORMED, REPORT_UNSOLVED, FollowUp.class, PHONE_FORWARDED, HANDLERS, "CP-1.3", Complaint::followUp)
          // hard case: visit, contact the departments, report to the General Office, resolve (CP-1.4)
          .step(PHONE_RECEIVED, TRIAGE_HARD_CASE, Triage.class, HARD_CASE, HANDLERS, "CP-1.4", Complaint::triage)
          .step(HARD_CASE, VISIT_COMPANY, VisitCompany.class, HARD_CASE_VISITED, HANDLERS, "CP-1.4", Complaint::visitCompany)
          .step(HARD_CASE_VISITED, CONTACT_DEPARTMENTS, ContactDepartments.class, HARD_CASE_DEPARTMENTS_CONTACTED, HANDLERS, "CP-1.4", Complaint::contactDepartments, noOperationsContacted())
          .step(HARD_CASE_DEPARTMENTS_CONTACTED, REPORT_TO_GENERAL_OFFICE, ReportToGeneralOffice.class, HARD_CASE_REPORTED, HANDLERS, "CP-1.4", Complaint::reportToGeneralOffice)
          .step(HARD_CASE_REPORTED, RECORD_RESOLUTION, RecordResolution.class, CLOSED, RESOLVERS, "CP-1.4", Complaint::recordResolution)
          // letter, within remit: call with the fix, fix it, apologise in writing, archive (CP-2.2)
          .step(LETTER_RECEIVED, TRIAGE_WITHIN_REMIT, Triage.class, LETTER_WITHIN_REMIT, HANDLERS, "CP-2.2", Complaint::triage)
          .step(LETTER_WITHIN_REMIT, TELL_FIX, TellFix.class, LETTER_FIX_PROMISED, HANDLERS, "CP-2.2", Complaint::tellFix)
          .step(LETTER_FIX_PROMISED, RECORD_FIXED, RecordFixed.class, LETTER_FIXED, HANDLERS, "CP-2.2", Complaint::recordFixed)
          .step(LETTER_FIXED, APOLOGISE, Apologise.class, LETTER_APOLOGISED, HANDLERS, "CP-2.2", Complaint::apologise, inWriting())
          .step(LETTER_APOLOGISED, ARCHIVE_LETTER_AND_REPLY, ArchiveLetterAndReply.class, CLOSED, HANDLERS, "CP-2.2", Complaint::archive)
          // letter, outside remit: forward with a copy, inform, follow up, apologise in writing, archive (CP-2.3)
          .step(LETTER_RECEIVED, TRIAGE_OUTSIDE_REMIT, Triage.class, LETTER_OUTSIDE_REMIT, HANDLERS, "CP-2.3", Complaint::triage)
          .step(LETTER_OUTSIDE_REMIT, FORWARD_TO_DEPARTMENT, ForwardToDepartment.class, LETTER_FORWARDED, HANDLERS, "CP-2.3", Complaint::forward, notToOperations())
          .step(LETTER_FORWARDED, INFORM_COMPLAINANT, InformComplainant.class, LETTER_COMPLAINANT_INFORMED, HANDLERS, "CP-2.3", Complaint::informComplainant)
          .step(LETTER_COMPLAINANT_INFORMED, CONFIRM_SOLVED, FollowUp.class, LETTER_SOLVED, HANDLERS, "CP-2.3", Complaint::followUp)
          .step(LETTER_COMPLAINANT_INFORMED, REPORT_UNSOLVED, FollowUp.class, LETTER_FORWARDED, HANDLERS, "CP-2.3", Complaint::followUp)
          .step(LETTER_SOLVED, APOLOGISE, Apologise.class, LETTER_SOLVED_APOLOGISED, HANDLERS, "CP-2.3", Complaint::apologise, inWriting())
          .step(LETTER_SOLVED_APOLOGISED, ARCHIVE_LETTER_AND_REPLY, ArchiveLetterAndReply.class, CLOSED, HANDLERS, "CP-2.3", Complaint::archive)
          // triage and the follow-up call each lead to one of several steps: what was found decides which
          .chooses(Triage.class, triage -> switch (triage.remit()) {
            case WITHIN -> TRIAGE_WITHIN_REMIT;
            case OUTSIDE -> TRIAGE_OUTSIDE_REMIT;
            case HARD_CASE -> TRIAGE_HARD_CASE;
          })
          .chooses(FollowUp.class, followUp -> followUp.solved() ? CONFIRM_SOLVED : REPORT_UNSOLVED)
          .finals(CLOSED)
          // the department concerned is given the complaint to handle (CP-1.3, a copy of the letter CP-2.3), and those a
          // hard case contacts are told of it (CP-1.4): they read it without a step of their own
          .readers(ComplaintProcedure::departmentsConcerned)
          .stateClause(CLOSED, "CP-0.1")
          .build();

  private ComplaintProcedure() {}

  /** A letter is answered in writing (CP-2.2, CP-2.3). */
  private static Guard<Complaint, Apologise> inWriting() {
    return Guard.of("apology in writing", (complaint, apology, rule) ->
        apology.inWriting() ? Option.none() : Option.some(new ComplaintRejection.WrittenApologyRequired(rule)));
  }

  /** The department concerned is never Operations itself (CP-1.3, CP-2.3). */
  private static Guard<Complaint, ForwardToDepartment> notToOperations() {
    return Guard.of("department concerned is not Operations", (complaint, forward, rule) ->
        forward.department() == Department.OPERATIONS
            ? Option.some(new ComplaintRejection.DepartmentConcernedIsOperations(forward.department(), rule))
            : Option.none());
  }

  /** Operations does not contact itself about a hard case (CP-1.4). */
  private static Guard<Complaint, ContactDepartments> noOperationsContacted() {
    return Guard.of("departments concerned exclude Operations", (complaint, contact, rule) ->
        contact.departments().contains(Department.OPERATIONS)
            ? Option.some(new ComplaintRejection.DepartmentConcernedIsOperations(Department.OPERATIONS, rule))
            : Option.none());
  }
}
