package io.bizcenter.testkit.complaints;

import static io.bizcenter.core.complaints.ComplaintAction.*;
import static io.bizcenter.core.complaints.ComplaintState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintRejection;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.complaints.ComplaintFixture.Expect;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A letter complaint outside Operations' remit (CP-2.1, CP-2.3)")
class LetterComplaintOutsideRemitTest {
  private final ComplaintFixture fixture = new ComplaintFixture();

  @Test
  @DisplayName("CP-2.1, CP-2.3, GS-6, GS-7: department called with a copy of the letter, complainant told, follow-up, written apology, archive")
  void passedOnWithTheLetterAndArchivedLast() {
    Complaint closed = walk(fixture.operations);

    assertEquals(Optional.of(Department.ENGINEERING), closed.concernedDepartment());
    assertEquals(Optional.of(ComplaintFixture.ARCHIVE), closed.archive());
    assertEquals(Optional.empty(), closed.handler(), "a letter case learns no plan or handler");
  }

  @Test
  @DisplayName("CP-0.1, CP-2.3: the Management dept may take every step Operations takes")
  void theManagementDeptMayHandleItToo() {
    walk(fixture.management);
  }

  @Test
  @DisplayName("GS-7: each step left past its due time shows as overdue for Operations, and may still be taken late")
  void stepsLeftTooLongAreOverdue() {
    fixture.takeEveryStepLate();
    walk(fixture.operations);
  }

  /** The branch in the source's order: call the department, give it the copy, tell the complainant, follow up, apologise, archive. */
  private Complaint walk(Actor clerk) {
    // given a complaint letter about something another department must solve
    Complaint informed = untilInformed(clerk);
    ComplaintId id = informed.id();
    // when the follow-up call finds it finally solved
    fixture.step(fixture.followUp(id, true), clerk,
        Expect.step(CONFIRM_SOLVED, "CP-2.3", LETTER_SOLVED, new ComplaintEvent.FollowedUp(true, ComplaintFixture.FOLLOW_UP_NOTE))
            .thenMay(APOLOGISE));
    // then Operations explains and apologises in writing, and last archives the letter and its reply
    Complaint apologised = fixture.step(fixture.apologiseInWriting(id), clerk,
        Expect.step(APOLOGISE, "CP-2.3", LETTER_SOLVED_APOLOGISED, new ComplaintEvent.Apologised(true, Optional.of(ComplaintFixture.REPLY)))
            .thenMay(ARCHIVE_LETTER_AND_REPLY));
    assertFalse(apologised.isClosed(), "CP-2.3: last, the letter and our reply are archived");
    return fixture.step(fixture.archive(id), clerk,
        Expect.step(ARCHIVE_LETTER_AND_REPLY, "CP-2.3", CLOSED, new ComplaintEvent.LetterAndReplyArchived(ComplaintFixture.ARCHIVE)));
  }

  private Complaint untilInformed(Actor clerk) {
    Complaint c = fixture.step(fixture.letterComplaint(), clerk,
        Expect.step(RECORD_LETTER_COMPLAINT, "CP-2.1", LETTER_RECEIVED, fixture.recordedByLetter())
            .thenMay(TRIAGE_WITHIN_REMIT, TRIAGE_OUTSIDE_REMIT));
    ComplaintId id = c.id();
    fixture.step(fixture.triage(id, Remit.OUTSIDE), clerk,
        Expect.step(TRIAGE_OUTSIDE_REMIT, "CP-2.3", LETTER_OUTSIDE_REMIT, new ComplaintEvent.Triaged(Remit.OUTSIDE))
            .thenMay(FORWARD_TO_DEPARTMENT));
    // the copy of the letter goes with the written notice: the notice names the letter
    fixture.step(fixture.forward(id, Department.ENGINEERING), clerk,
        Expect.step(FORWARD_TO_DEPARTMENT, "CP-2.3", LETTER_FORWARDED, new ComplaintEvent.ForwardedToDepartment(Department.ENGINEERING))
            .thenMay(INFORM_COMPLAINANT)
            .notifying(Department.ENGINEERING, "CP_LETTER_FORWARDED", ComplaintFixture.LETTER));
    return fixture.step(fixture.informComplainant(id), clerk,
        Expect.step(INFORM_COMPLAINANT, "CP-2.3", LETTER_COMPLAINANT_INFORMED, new ComplaintEvent.ComplainantInformed())
            .thenMay(CONFIRM_SOLVED, REPORT_UNSOLVED));
  }

  @Test
  @DisplayName("CP-2.3: a follow-up that finds it unsolved reminds the department with a second notice; the complainant is told again")
  void unsolvedRemindsTheDepartment() {
    ComplaintId id = untilInformed(fixture.operations).id();

    fixture.step(fixture.followUp(id, false), fixture.operations,
        Expect.step(REPORT_UNSOLVED, "CP-2.3", LETTER_FORWARDED, new ComplaintEvent.FollowedUp(false, ComplaintFixture.FOLLOW_UP_NOTE))
            .thenMay(INFORM_COMPLAINANT)
            .notifying(Department.ENGINEERING, "CP_COMPLAINT_STILL_UNSOLVED"));
    fixture.step(fixture.informComplainant(id), fixture.operations,
        Expect.step(INFORM_COMPLAINANT, "CP-2.3", LETTER_COMPLAINANT_INFORMED, new ComplaintEvent.ComplainantInformed())
            .thenMay(CONFIRM_SOLVED, REPORT_UNSOLVED));
    Complaint solved = fixture.step(fixture.followUp(id, true), fixture.operations,
        Expect.step(CONFIRM_SOLVED, "CP-2.3", LETTER_SOLVED, new ComplaintEvent.FollowedUp(true, ComplaintFixture.FOLLOW_UP_NOTE))
            .thenMay(APOLOGISE));

    assertEquals(2, solved.followUps().size());
  }

  @Test
  @DisplayName("CP-2.3: nothing archives the case before the written apology; each earlier state refuses the archive")
  void noArchiveBeforeTheWrittenApology() {
    Complaint c = fixture.accepted(fixture.letterComplaint(), fixture.operations);
    List<Function<ComplaintId, ComplaintCommand>> toTheApology = List.of(
        id -> fixture.triage(id, Remit.OUTSIDE), id -> fixture.forward(id, Department.ENGINEERING), fixture::informComplainant,
        id -> fixture.followUp(id, true));
    assertArchiveRefused(c, "CP-2.1");
    for (Function<ComplaintId, ComplaintCommand> step : toTheApology) {
      c = fixture.advance(c, step);
      assertArchiveRefused(c, "CP-2.3");
    }
    assertEquals(LETTER_SOLVED, c.state());
  }

  private void assertArchiveRefused(Complaint c, String clause) {
    Rejection rejection = fixture.rejected(fixture.archive(c.id()), fixture.operations);
    assertRejection(rejection, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", clause, c.state(), ARCHIVE_LETTER_AND_REPLY);
  }

  @Test
  @DisplayName("CP-2.3: once finally solved, the apology is written; one by phone only is refused under CP-2.3")
  void theApologyMustBeWritten() {
    Complaint solved = fixture.advance(fixture.accepted(fixture.letterComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), id -> fixture.forward(id, Department.ENGINEERING), fixture::informComplainant,
        id -> fixture.followUp(id, true));

    Rejection byPhone = fixture.rejected(fixture.apologiseByPhone(solved.id()), fixture.operations);

    assertRejection(byPhone, ComplaintRejection.WrittenApologyRequired.class, "CP_WRITTEN_APOLOGY_REQUIRED", "CP-2.3");
  }

  @Test
  @DisplayName("CP-2.3: the department is called first; the follow-up comes after the complainant was told; no apology before it is solved")
  void stepsComeInTheSourcesOrder() {
    Complaint outside = fixture.advance(fixture.accepted(fixture.letterComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE));
    ComplaintId id = outside.id();

    assertRejection(fixture.rejected(fixture.informComplainant(id), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-2.3", LETTER_OUTSIDE_REMIT, INFORM_COMPLAINANT);
    // a letter's caller is not on the line: there is no one to assure
    assertRejection(fixture.rejected(fixture.assureCaller(id), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-2.3", LETTER_OUTSIDE_REMIT, ASSURE_CALLER);
    fixture.advance(outside, i -> fixture.forward(i, Department.ENGINEERING));
    assertRejection(fixture.rejected(fixture.followUp(id, true), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-2.3", LETTER_FORWARDED, CONFIRM_SOLVED);
    fixture.advance(fixture.stored(id), fixture::informComplainant);
    assertRejection(fixture.rejected(fixture.apologiseInWriting(id), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-2.3", LETTER_COMPLAINANT_INFORMED, APOLOGISE);
  }

  @Test
  @DisplayName("CP-2.3: a letter outside the remit is never passed to Operations itself")
  void neverForwardedToOperations() {
    Complaint outside = fixture.advance(fixture.accepted(fixture.letterComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE));

    Rejection rejection = fixture.rejected(fixture.forward(outside.id(), Department.OPERATIONS), fixture.operations);

    assertRejection(rejection, ComplaintRejection.DepartmentConcernedIsOperations.class, "CP_DEPARTMENT_CONCERNED_IS_OPERATIONS",
        "CP-2.3", Department.OPERATIONS);
  }

  @Test
  @DisplayName("CP-0.1, CP-2.3: the Management Office does not pass letters on; Security does not triage them")
  void onlyTheHandlersPassItOn() {
    Complaint outside = fixture.advance(fixture.accepted(fixture.letterComplaint(), fixture.managementOffice),
        id -> fixture.triage(id, Remit.OUTSIDE));
    Complaint received = fixture.accepted(fixture.letterComplaint(), fixture.operations);

    assertRejection(fixture.rejected(fixture.forward(outside.id(), Department.ENGINEERING), fixture.managementOffice),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-2.3",
        FORWARD_TO_DEPARTMENT, Role.CUSTOMER_SERVICE_SUPERVISOR, Department.MANAGEMENT_OFFICE);
    assertRejection(fixture.rejected(fixture.triage(received.id(), Remit.OUTSIDE), fixture.security),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-2.3", TRIAGE_OUTSIDE_REMIT, Role.STAFF, Department.SECURITY);
  }
}
