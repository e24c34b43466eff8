package io.bizcenter.testkit.complaints;

import static io.bizcenter.core.complaints.ComplaintAction.*;
import static io.bizcenter.core.complaints.ComplaintState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintCommand.Apologise;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintRejection;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.complaints.ComplaintFixture.Expect;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A letter complaint within Operations' remit (CP-2.1, CP-2.2)")
class LetterComplaintWithinRemitTest {
  private final ComplaintFixture fixture = new ComplaintFixture();

  @Test
  @DisplayName("CP-2.1, CP-2.2, GS-6, GS-7: letter read and recorded, fix told by phone, fixed, written apology, letter and reply archived")
  void operationsAnswersTheLetterAndArchivesIt() {
    Complaint closed = walk(fixture.operations);

    assertEquals(Optional.of(ComplaintFixture.LETTER), closed.letter());
    assertEquals(Optional.of(new ComplaintEvent.Apologised(true, Optional.of(ComplaintFixture.REPLY))), closed.apology());
    assertEquals(Optional.of(ComplaintFixture.ARCHIVE), closed.archive());
  }

  @Test
  @DisplayName("CP-0.1, CP-2.2: the Management dept may take every step Operations takes")
  void theManagementDeptMayHandleItToo() {
    walk(fixture.management);
  }

  @Test
  @DisplayName("GS-7: each step left past its due time shows as overdue for Operations, and may still be taken late")
  void stepsLeftTooLongAreOverdue() {
    fixture.takeEveryStepLate();
    walk(fixture.operations);
  }

  /** The branch in the source's order: read and record, call with the fix, fix it, apologise in writing, archive. */
  private Complaint walk(Actor clerk) {
    // given a complaint letter in the mailbox
    Complaint c = fixture.step(fixture.letterComplaint(), clerk,
        Expect.step(RECORD_LETTER_COMPLAINT, "CP-2.1", LETTER_RECEIVED, fixture.recordedByLetter())
            .thenMay(TRIAGE_WITHIN_REMIT, TRIAGE_OUTSIDE_REMIT));
    ComplaintId id = c.id();
    // when Operations can fix it itself, calls with the fix and fixes it
    fixture.step(fixture.triage(id, Remit.WITHIN), clerk,
        Expect.step(TRIAGE_WITHIN_REMIT, "CP-2.2", LETTER_WITHIN_REMIT, new ComplaintEvent.Triaged(Remit.WITHIN)).thenMay(TELL_FIX));
    fixture.step(fixture.tellFix(id), clerk,
        Expect.step(TELL_FIX, "CP-2.2", LETTER_FIX_PROMISED, new ComplaintEvent.FixTold(ComplaintFixture.FIX)).thenMay(RECORD_FIXED));
    fixture.step(fixture.recordFixed(id), clerk,
        Expect.step(RECORD_FIXED, "CP-2.2", LETTER_FIXED, new ComplaintEvent.FixRecorded(ComplaintFixture.FIXED)).thenMay(APOLOGISE));
    // then it explains and apologises in writing, and only the archive of letter and reply closes the case
    Complaint apologised = fixture.step(fixture.apologiseInWriting(id), clerk,
        Expect.step(APOLOGISE, "CP-2.2", LETTER_APOLOGISED, new ComplaintEvent.Apologised(true, Optional.of(ComplaintFixture.REPLY)))
            .thenMay(ARCHIVE_LETTER_AND_REPLY));
    assertFalse(apologised.isClosed(), "CP-2.2: the letter and our reply are still to be archived");
    return fixture.step(fixture.archive(id), clerk,
        Expect.step(ARCHIVE_LETTER_AND_REPLY, "CP-2.2", CLOSED, new ComplaintEvent.LetterAndReplyArchived(ComplaintFixture.ARCHIVE)));
  }

  @Test
  @DisplayName("CP-2.2: nothing archives the case before the written apology; each earlier state refuses the archive")
  void noArchiveBeforeTheWrittenApology() {
    Complaint c = fixture.accepted(fixture.letterComplaint(), fixture.operations);
    List<Function<ComplaintId, ComplaintCommand>> toTheApology = List.of(
        id -> fixture.triage(id, Remit.WITHIN), fixture::tellFix, fixture::recordFixed);
    assertArchiveRefused(c, "CP-2.1");
    for (Function<ComplaintId, ComplaintCommand> step : toTheApology) {
      c = fixture.advance(c, step);
      assertArchiveRefused(c, "CP-2.2");
    }
    assertEquals(LETTER_FIXED, c.state());
  }

  private void assertArchiveRefused(Complaint c, String clause) {
    Rejection rejection = fixture.rejected(fixture.archive(c.id()), fixture.operations);
    assertRejection(rejection, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", clause, c.state(), ARCHIVE_LETTER_AND_REPLY);
  }

  @Test
  @DisplayName("CP-2.2: a letter is answered by a written apology; one by phone only is refused")
  void theApologyMustBeWritten() {
    Complaint fixed = fixture.advance(fixture.accepted(fixture.letterComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.WITHIN), fixture::tellFix, fixture::recordFixed);

    Rejection byPhone = fixture.rejected(fixture.apologiseByPhone(fixed.id()), fixture.operations);

    assertRejection(byPhone, ComplaintRejection.WrittenApologyRequired.class, "CP_WRITTEN_APOLOGY_REQUIRED", "CP-2.2");
    assertEquals(LETTER_FIXED, fixture.stored(fixed.id()).state());
  }

  @Test
  @DisplayName("CP-2.2: a written apology names the reply letter that is archived with the complaint's letter")
  void aWrittenApologyNamesItsReply() {
    Complaint fixed = fixture.advance(fixture.accepted(fixture.letterComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.WITHIN), fixture::tellFix, fixture::recordFixed);

    Map<String, FieldError.Problem> errors =
        fixture.fieldErrors(new Apologise(fixture.freshCommandId(), TOWER, fixed.id(), true, null), fixture.operations);

    assertEquals(Map.of("reply", FieldError.Problem.MISSING), errors);
  }

  @Test
  @DisplayName("CP-2.2: the fix is told before it is recorded as done, and the apology follows the fix")
  void stepsComeInTheSourcesOrder() {
    Complaint within = fixture.advance(fixture.accepted(fixture.letterComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.WITHIN));

    assertRejection(fixture.rejected(fixture.recordFixed(within.id()), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-2.2", LETTER_WITHIN_REMIT, RECORD_FIXED);
    assertRejection(fixture.rejected(fixture.apologiseInWriting(within.id()), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-2.2", LETTER_WITHIN_REMIT, APOLOGISE);
  }

  @Test
  @DisplayName("CP-0.1, CP-2.1: Operations, the Management dept and the Management Office may record a letter; Security may not")
  void whoMayRecordALetter() {
    Rejection bySecurity = fixture.rejected(fixture.letterComplaint(), fixture.security);
    assertRejection(bySecurity, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-2.1",
        RECORD_LETTER_COMPLAINT, Role.STAFF, Department.SECURITY);

    for (Actor intake : List.of(fixture.operations, fixture.management, fixture.managementOffice)) {
      Complaint recorded = fixture.accepted(fixture.letterComplaint(), intake);
      assertEquals(intake.department(), fixture.trail(recorded.id()).get(0).department());
    }
    assertEquals(3, fixture.storage.complaints().all(TOWER).size());
  }

  @Test
  @DisplayName("CP-0.1, CP-2.2: the Management Office records a letter but does not triage it")
  void theManagementOfficeDoesNotTriage() {
    Complaint received = fixture.accepted(fixture.letterComplaint(), fixture.managementOffice);

    Rejection triage = fixture.rejected(fixture.triage(received.id(), Remit.WITHIN), fixture.managementOffice);

    assertRejection(triage, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-2.2",
        TRIAGE_WITHIN_REMIT, Role.CUSTOMER_SERVICE_SUPERVISOR, Department.MANAGEMENT_OFFICE);
  }
}
