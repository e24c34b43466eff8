package io.bizcenter.testkit.complaints;

import static io.bizcenter.core.complaints.ComplaintAction.*;
import static io.bizcenter.core.complaints.ComplaintState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintRejection;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.complaints.ComplaintFixture.Expect;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A phone complaint outside Operations' remit (CP-1.1, CP-1.3)")
class PhoneComplaintOutsideRemitTest {
  private final ComplaintFixture fixture = new ComplaintFixture();

  @Test
  @DisplayName("CP-1.1, CP-1.3, GS-6, GS-7: caller assured, passed to Engineering with a notice, plan and handler told, follow-up call")
  void passedToTheDepartmentConcernedAndFollowedUp() {
    Complaint informed = untilInformed(fixture.operations);

    Complaint closed = fixture.step(fixture.followUp(informed.id(), true), fixture.operations,
        Expect.step(CONFIRM_SOLVED, "CP-1.3", CLOSED, new ComplaintEvent.FollowedUp(true, ComplaintFixture.FOLLOW_UP_NOTE)));

    assertEquals(Optional.of(Department.ENGINEERING), closed.concernedDepartment());
    assertEquals(Optional.of(fixture.handler()), closed.handler());
    assertEquals(1, closed.followUps().size());
  }

  @Test
  @DisplayName("CP-1.3: a follow-up that finds it unsolved sends it back to the department with a second notice; a new plan is told")
  void unsolvedGoesBackToTheDepartment() {
    Complaint informed = untilInformed(fixture.operations);
    ComplaintId id = informed.id();

    fixture.step(fixture.followUp(id, false), fixture.operations,
        Expect.step(REPORT_UNSOLVED, "CP-1.3", PHONE_FORWARDED, new ComplaintEvent.FollowedUp(false, ComplaintFixture.FOLLOW_UP_NOTE))
            .thenMay(RECORD_PLAN)
            .notifying(Department.ENGINEERING, "CP_COMPLAINT_STILL_UNSOLVED"));
    fixture.step(fixture.recordPlan(id), fixture.operations,
        Expect.step(RECORD_PLAN, "CP-1.3", PHONE_PLAN_KNOWN, new ComplaintEvent.PlanRecorded(ComplaintFixture.PLAN, fixture.handler()))
            .thenMay(INFORM_COMPLAINANT));
    fixture.step(fixture.informComplainant(id), fixture.operations,
        Expect.step(INFORM_COMPLAINANT, "CP-1.3", PHONE_COMPLAINANT_INFORMED, new ComplaintEvent.ComplainantInformed())
            .thenMay(CONFIRM_SOLVED, REPORT_UNSOLVED));
    Complaint closed = fixture.step(fixture.followUp(id, true), fixture.operations,
        Expect.step(CONFIRM_SOLVED, "CP-1.3", CLOSED, new ComplaintEvent.FollowedUp(true, ComplaintFixture.FOLLOW_UP_NOTE)));

    assertEquals(2, closed.followUps().size());
    assertEquals(2, fixture.notifier.delivered().size(), "the forward and the reminder, each once");
  }

  @Test
  @DisplayName("CP-0.1, CP-1.3: the Management dept may take every step Operations takes")
  void theManagementDeptMayHandleItToo() {
    Complaint informed = untilInformed(fixture.management);
    fixture.step(fixture.followUp(informed.id(), true), fixture.management,
        Expect.step(CONFIRM_SOLVED, "CP-1.3", CLOSED, new ComplaintEvent.FollowedUp(true, ComplaintFixture.FOLLOW_UP_NOTE)));
  }

  @Test
  @DisplayName("GS-7: each step left past its due time shows as overdue for Operations, and may still be taken late")
  void stepsLeftTooLongAreOverdue() {
    fixture.takeEveryStepLate();
    Complaint informed = untilInformed(fixture.operations);
    fixture.step(fixture.followUp(informed.id(), true), fixture.operations,
        Expect.step(CONFIRM_SOLVED, "CP-1.3", CLOSED, new ComplaintEvent.FollowedUp(true, ComplaintFixture.FOLLOW_UP_NOTE)));
  }

  /** The branch in the source's order up to the follow-up call: assure, pass on, learn the plan, tell the caller. */
  private Complaint untilInformed(Actor clerk) {
    // given a caller whose problem Operations cannot fix itself
    Complaint c = fixture.step(fixture.phoneComplaint(), clerk,
        Expect.step(RECORD_PHONE_COMPLAINT, "CP-1.1", PHONE_RECEIVED, fixture.recordedByPhone())
            .thenMay(TRIAGE_WITHIN_REMIT, TRIAGE_OUTSIDE_REMIT, TRIAGE_HARD_CASE));
    ComplaintId id = c.id();
    fixture.step(fixture.triage(id, Remit.OUTSIDE), clerk,
        Expect.step(TRIAGE_OUTSIDE_REMIT, "CP-1.3", PHONE_OUTSIDE_REMIT, new ComplaintEvent.Triaged(Remit.OUTSIDE)).thenMay(ASSURE_CALLER));
    // when the caller is told the department will be contacted, and the complaint is passed to it in writing
    fixture.step(fixture.assureCaller(id), clerk,
        Expect.step(ASSURE_CALLER, "CP-1.3", PHONE_CALLER_ASSURED, new ComplaintEvent.CallerAssured()).thenMay(FORWARD_TO_DEPARTMENT));
    fixture.step(fixture.forward(id, Department.ENGINEERING), clerk,
        Expect.step(FORWARD_TO_DEPARTMENT, "CP-1.3", PHONE_FORWARDED, new ComplaintEvent.ForwardedToDepartment(Department.ENGINEERING))
            .thenMay(RECORD_PLAN)
            .notifying(Department.ENGINEERING, "CP_COMPLAINT_FORWARDED"));
    // then its plan and handler are learnt and told to the caller
    fixture.step(fixture.recordPlan(id), clerk,
        Expect.step(RECORD_PLAN, "CP-1.3", PHONE_PLAN_KNOWN, new ComplaintEvent.PlanRecorded(ComplaintFixture.PLAN, fixture.handler()))
            .thenMay(INFORM_COMPLAINANT));
    return fixture.step(fixture.informComplainant(id), clerk,
        Expect.step(INFORM_COMPLAINANT, "CP-1.3", PHONE_COMPLAINANT_INFORMED, new ComplaintEvent.ComplainantInformed())
            .thenMay(CONFIRM_SOLVED, REPORT_UNSOLVED));
  }

  @Test
  @DisplayName("CP-1.3: no follow-up call before the complainant was told the plan and the handler's name and phone")
  void noFollowUpBeforeTheComplainantKnowsTheHandler() {
    Complaint planKnown = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), fixture::assureCaller, id -> fixture.forward(id, Department.ENGINEERING),
        fixture::recordPlan);

    Rejection solved = fixture.rejected(fixture.followUp(planKnown.id(), true), fixture.operations);
    Rejection unsolved = fixture.rejected(fixture.followUp(planKnown.id(), false), fixture.operations);

    assertRejection(solved, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.3", PHONE_PLAN_KNOWN, CONFIRM_SOLVED);
    assertRejection(unsolved, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.3", PHONE_PLAN_KNOWN, REPORT_UNSOLVED);
  }

  @Test
  @DisplayName("CP-1.3: the caller is assured before it is passed on; the plan is learnt before the complainant is told")
  void stepsComeInTheSourcesOrder() {
    Complaint outside = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE));
    ComplaintId id = outside.id();

    assertRejection(fixture.rejected(fixture.forward(id, Department.ENGINEERING), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.3", PHONE_OUTSIDE_REMIT, FORWARD_TO_DEPARTMENT);
    assertRejection(fixture.rejected(fixture.recordPlan(id), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.3", PHONE_OUTSIDE_REMIT, RECORD_PLAN);
    fixture.advance(outside, fixture::assureCaller, i -> fixture.forward(i, Department.ENGINEERING));
    assertRejection(fixture.rejected(fixture.informComplainant(id), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.3", PHONE_FORWARDED, INFORM_COMPLAINANT);
    // the department concerned fixes it: Operations does not record a fix of its own
    assertRejection(fixture.rejected(fixture.tellFix(id), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.3", PHONE_FORWARDED, TELL_FIX);
  }

  @Test
  @DisplayName("CP-1.3: the plan names the handler, with name and phone; every missing part is listed")
  void thePlanNamesTheHandler() {
    Complaint forwarded = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), fixture::assureCaller, id -> fixture.forward(id, Department.ENGINEERING));
    ComplaintId id = forwarded.id();

    assertEquals(Set.of("handler"), fieldsOf(planBy(id, null)));
    assertEquals(Set.of("handler.name"), fieldsOf(planBy(id, new Handler(null, PhoneNumber.of(ComplaintFixture.HANDLER_PHONE)))));
    assertEquals(Set.of("handler.phone"), fieldsOf(planBy(id, Handler.of(ComplaintFixture.HANDLER_NAME, "call the desk"))));
    assertEquals(Set.of("handler.name", "handler.phone"), fieldsOf(planBy(id, new Handler(PersonName.of("  "), PhoneNumber.of("12")))));
    assertEquals(Set.of("plan", "handler.name", "handler.phone"),
        fieldsOf(new RecordPlan(fixture.freshCommandId(), TOWER, id, " ", new Handler(null, null))));

    assertEquals(PHONE_FORWARDED, fixture.stored(id).state());
  }

  private RecordPlan planBy(ComplaintId id, Handler handler) {
    return new RecordPlan(fixture.freshCommandId(), TOWER, id, ComplaintFixture.PLAN, handler);
  }

  private Set<String> fieldsOf(RecordPlan plan) {
    return fixture.fieldErrors(plan, fixture.operations).keySet();
  }

  @Test
  @DisplayName("CP-1.3: a complaint outside the remit is never passed to Operations itself")
  void neverForwardedToOperations() {
    Complaint assured = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), fixture::assureCaller);

    Rejection rejection = fixture.rejected(fixture.forward(assured.id(), Department.OPERATIONS), fixture.operations);

    assertRejection(rejection, ComplaintRejection.DepartmentConcernedIsOperations.class, "CP_DEPARTMENT_CONCERNED_IS_OPERATIONS",
        "CP-1.3", Department.OPERATIONS);
    assertEquals(PHONE_CALLER_ASSURED, fixture.stored(assured.id()).state(), "the department concerned is still to be chosen");
  }

  @Test
  @DisplayName("CP-0.1, CP-1.3: the department concerned answers Operations; it does not record the plan itself")
  void theDepartmentConcernedDoesNotTakeOperationsSteps() {
    Complaint forwarded = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), fixture::assureCaller, id -> fixture.forward(id, Department.ENGINEERING));

    Rejection rejection = fixture.rejected(fixture.recordPlan(forwarded.id()), fixture.engineering);

    assertRejection(rejection, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-1.3",
        RECORD_PLAN, Role.RENOVATION_MANAGER, Department.ENGINEERING);
  }
}
