package io.bizcenter.core.complaints;

import static io.bizcenter.core.complaints.ComplaintAction.*;
import static io.bizcenter.core.complaints.ComplaintState.*;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
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
      ProcedureDefinition.<ComplaintState, ComplaintAction, Complaint, ComplaintCommand>declare("complaints", ComplaintState.class, ComplaintAction.class)
          .opens(RECORD_PHONE_COMPLAINT, PHONE_RECEIVED, INTAKE, "CP-1.1")
          .opens(RECORD_LETTER_COMPLAINT, LETTER_RECEIVED, INTAKE, "CP-2.1")
          // phone, within remit: tell the fix, fix it, call back to apologise (CP-1.2)
          .step(PHONE_RECEIVED, TRIAGE_WITHIN_REMIT, PHONE_WITHIN_REMIT, HANDLERS, "CP-1.2")
          .step(PHONE_WITHIN_REMIT, TELL_FIX, PHONE_FIX_PROMISED, HANDLERS, "CP-1.2")
          .step(PHONE_FIX_PROMISED, RECORD_FIXED, PHONE_FIXED, HANDLERS, "CP-1.2")
          .step(PHONE_FIXED, APOLOGISE, CLOSED, HANDLERS, "CP-1.2")
          // phone, outside remit: assure, forward, learn the plan, inform with the handler, follow up (CP-1.3)
          .step(PHONE_RECEIVED, TRIAGE_OUTSIDE_REMIT, PHONE_OUTSIDE_REMIT, HANDLERS, "CP-1.3")
          .step(PHONE_OUTSIDE_REMIT, ASSURE_CALLER, PHONE_CALLER_ASSURED, HANDLERS, "CP-1.3")
          .step(PHONE_CALLER_ASSURED, FORWARD_TO_DEPARTMENT, PHONE_FORWARDED, HANDLERS, "CP-1.3", notToOperations("CP-1.3"))
          .step(PHONE_FORWARDED, RECORD_PLAN, PHONE_PLAN_KNOWN, HANDLERS, "CP-1.3")
          .step(PHONE_PLAN_KNOWN, INFORM_COMPLAINANT, PHONE_COMPLAINANT_INFORMED, HANDLERS, "CP-1.3")
          .step(PHONE_COMPLAINANT_INFORMED, CONFIRM_SOLVED, CLOSED, HANDLERS, "CP-1.3")
          .step(PHONE_COMPLAINANT_INFORMED, REPORT_UNSOLVED, PHONE_FORWARDED, HANDLERS, "CP-1.3")
          // hard case: visit, contact the departments, report to the General Office, resolve (CP-1.4)
          .step(PHONE_RECEIVED, TRIAGE_HARD_CASE, HARD_CASE, HANDLERS, "CP-1.4")
          .step(HARD_CASE, VISIT_COMPANY, HARD_CASE_VISITED, HANDLERS, "CP-1.4")
          .step(HARD_CASE_VISITED, CONTACT_DEPARTMENTS, HARD_CASE_DEPARTMENTS_CONTACTED, HANDLERS, "CP-1.4", noOperationsContacted())
          .step(HARD_CASE_DEPARTMENTS_CONTACTED, REPORT_TO_GENERAL_OFFICE, HARD_CASE_REPORTED, HANDLERS, "CP-1.4")
          .step(HARD_CASE_REPORTED, RECORD_RESOLUTION, CLOSED, RESOLVERS, "CP-1.4")
          // letter, within remit: call with the fix, fix it, apologise in writing, archive (CP-2.2)
          .step(LETTER_RECEIVED, TRIAGE_WITHIN_REMIT, LETTER_WITHIN_REMIT, HANDLERS, "CP-2.2")
          .step(LETTER_WITHIN_REMIT, TELL_FIX, LETTER_FIX_PROMISED, HANDLERS, "CP-2.2")
          .step(LETTER_FIX_PROMISED, RECORD_FIXED, LETTER_FIXED, HANDLERS, "CP-2.2")
          .step(LETTER_FIXED, APOLOGISE, LETTER_APOLOGISED, HANDLERS, "CP-2.2", inWriting("CP-2.2"))
          .step(LETTER_APOLOGISED, ARCHIVE_LETTER_AND_REPLY, CLOSED, HANDLERS, "CP-2.2")
          // letter, outside remit: forward with a copy, inform, follow up, apologise in writing, archive (CP-2.3)
          .step(LETTER_RECEIVED, TRIAGE_OUTSIDE_REMIT, LETTER_OUTSIDE_REMIT, HANDLERS, "CP-2.3")
          .step(LETTER_OUTSIDE_REMIT, FORWARD_TO_DEPARTMENT, LETTER_FORWARDED, HANDLERS, "CP-2.3", notToOperations("CP-2.3"))
          .step(LETTER_FORWARDED, INFORM_COMPLAINANT, LETTER_COMPLAINANT_INFORMED, HANDLERS, "CP-2.3")
          .step(LETTER_COMPLAINANT_INFORMED, CONFIRM_SOLVED, LETTER_SOLVED, HANDLERS, "CP-2.3")
          .step(LETTER_COMPLAINANT_INFORMED, REPORT_UNSOLVED, LETTER_FORWARDED, HANDLERS, "CP-2.3")
          .step(LETTER_SOLVED, APOLOGISE, LETTER_SOLVED_APOLOGISED, HANDLERS, "CP-2.3", inWriting("CP-2.3"))
          .step(LETTER_SOLVED_APOLOGISED, ARCHIVE_LETTER_AND_REPLY, CLOSED, HANDLERS, "CP-2.3")
          .finals(CLOSED)
          // the department concerned is given the complaint to handle (CP-1.3, a copy of the letter CP-2.3), and those a
          // hard case contacts are told of it (CP-1.4): they read it without a step of their own
          .readers(ComplaintProcedure::departmentsConcerned)
          .stateClause(CLOSED, "CP-0.1")
          .build();

  private ComplaintProcedure() {}

  private static Guard<Complaint, ComplaintCommand> inWriting(String clause) {
    return Guard.of("apology in writing", clause, (complaint, command) ->
        ((ComplaintCommand.Apologise) command).inWriting()
            ? Option.none()
            : Option.some(new ComplaintRejection.WrittenApologyRequired(Clause.of(clause))));
  }

  private static Guard<Complaint, ComplaintCommand> notToOperations(String clause) {
    return Guard.of("department concerned is not Operations", clause, (complaint, command) -> {
      Department to = ((ComplaintCommand.ForwardToDepartment) command).department();
      return to == Department.OPERATIONS
          ? Option.some(new ComplaintRejection.DepartmentConcernedIsOperations(to, Clause.of(clause)))
          : Option.<Rejection.RuleBroken>none();
    });
  }

  private static Guard<Complaint, ComplaintCommand> noOperationsContacted() {
    return Guard.of("departments concerned exclude Operations", "CP-1.4", (complaint, command) ->
        ((ComplaintCommand.ContactDepartments) command).departments().contains(Department.OPERATIONS)
            ? Option.some(new ComplaintRejection.DepartmentConcernedIsOperations(Department.OPERATIONS, Clause.of("CP-1.4")))
            : Option.none());
  }
}
