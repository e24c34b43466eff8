package io.bizcenter.testkit.complaints;

import static io.bizcenter.core.complaints.ComplaintAction.*;
import static io.bizcenter.core.complaints.ComplaintState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.complaints.ComplaintFixture.Expect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A phone complaint within Operations' remit (CP-1.1, CP-1.2)")
class PhoneComplaintWithinRemitTest {
  private final ComplaintFixture fixture = new ComplaintFixture();

  @Test
  @DisplayName("CP-1.1, CP-1.2, GS-6, GS-7: recorded, triaged, fix told, fixed, apology call; each step audited, notified and on the agenda")
  void operationsTakesTheCallToItsApology() {
    Complaint closed = walk(fixture.operations);

    assertEquals(Optional.of(ComplaintFixture.FIX), closed.fix());
    assertEquals(Optional.of(ComplaintFixture.FIXED), closed.fixedNote());
    assertEquals(Optional.of(new ComplaintEvent.Apologised(false, Optional.empty())), closed.apology());
  }

  @Test
  @DisplayName("CP-0.1, CP-1.2: the Management dept may take every step Operations takes")
  void theManagementDeptMayHandleItToo() {
    walk(fixture.management);
  }

  @Test
  @DisplayName("GS-7: each step left past its due time shows as overdue for Operations, and may still be taken late")
  void stepsLeftTooLongAreOverdue() {
    fixture.takeEveryStepLate();
    walk(fixture.operations);
  }

  /** The branch in the source's order: listen and record, tell the fix, fix it, call back to apologise. */
  private Complaint walk(Actor clerk) {
    // given a caller on the complaint line
    Complaint c = fixture.step(fixture.phoneComplaint(), clerk,
        Expect.step(RECORD_PHONE_COMPLAINT, "CP-1.1", PHONE_RECEIVED, fixture.recordedByPhone())
            .thenMay(TRIAGE_WITHIN_REMIT, TRIAGE_OUTSIDE_REMIT, TRIAGE_HARD_CASE));
    ComplaintId id = c.id();
    // when Operations can fix it itself, tells the caller how, fixes it and calls back
    fixture.step(fixture.triage(id, Remit.WITHIN), clerk,
        Expect.step(TRIAGE_WITHIN_REMIT, "CP-1.2", PHONE_WITHIN_REMIT, new ComplaintEvent.Triaged(Remit.WITHIN)).thenMay(TELL_FIX));
    fixture.step(fixture.tellFix(id), clerk,
        Expect.step(TELL_FIX, "CP-1.2", PHONE_FIX_PROMISED, new ComplaintEvent.FixTold(ComplaintFixture.FIX)).thenMay(RECORD_FIXED));
    fixture.step(fixture.recordFixed(id), clerk,
        Expect.step(RECORD_FIXED, "CP-1.2", PHONE_FIXED, new ComplaintEvent.FixRecorded(ComplaintFixture.FIXED)).thenMay(APOLOGISE));
    // then the apology call closes it, with nothing left on anyone's agenda
    return fixture.step(fixture.apologiseByPhone(id), clerk,
        Expect.step(APOLOGISE, "CP-1.2", CLOSED, new ComplaintEvent.Apologised(false, Optional.empty())));
  }

  @Test
  @DisplayName("CP-1.2: the apology may be backed by a letter where needed; it then names the reply")
  void theApologyMayBeWritten() {
    Complaint fixed = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.WITHIN), fixture::tellFix, fixture::recordFixed);

    Complaint closed = fixture.accepted(fixture.apologiseInWriting(fixed.id()), fixture.operations);

    assertEquals(CLOSED, closed.state());
    assertEquals(Optional.of(new ComplaintEvent.Apologised(true, Optional.of(ComplaintFixture.REPLY))), closed.apology());
  }

  @Test
  @DisplayName("CP-1.1, CP-1.2: no fix before triage, no 'fixed' before the fix was told, no apology before the fix is done")
  void stepsComeInTheSourcesOrder() {
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    ComplaintId id = received.id();

    Rejection fixBeforeTriage = fixture.rejected(fixture.tellFix(id), fixture.operations);
    assertRejection(fixBeforeTriage, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.1", PHONE_RECEIVED, TELL_FIX);

    fixture.accepted(fixture.triage(id, Remit.WITHIN), fixture.operations);
    Rejection fixedBeforeTold = fixture.rejected(fixture.recordFixed(id), fixture.operations);
    assertRejection(fixedBeforeTold, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.2", PHONE_WITHIN_REMIT, RECORD_FIXED);
    Rejection apologyBeforeFix = fixture.rejected(fixture.apologiseByPhone(id), fixture.operations);
    assertRejection(apologyBeforeFix, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.2", PHONE_WITHIN_REMIT, APOLOGISE);

    fixture.accepted(fixture.tellFix(id), fixture.operations);
    Rejection apologyBeforeFixed = fixture.rejected(fixture.apologiseByPhone(id), fixture.operations);
    assertRejection(apologyBeforeFixed, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.2", PHONE_FIX_PROMISED, APOLOGISE);
    // a phone complaint has no letter to archive
    Rejection archive = fixture.rejected(fixture.archive(id), fixture.operations);
    assertRejection(archive, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.2", PHONE_FIX_PROMISED, ARCHIVE_LETTER_AND_REPLY);

    assertEquals(PHONE_FIX_PROMISED, fixture.stored(id).state());
  }

  @Test
  @DisplayName("CP-0.1, CP-1.1: Operations, the Management dept and the Management Office may record a call; Security may not")
  void whoMayRecordACall() {
    Rejection bySecurity = fixture.rejected(fixture.phoneComplaint(), fixture.security);
    assertRejection(bySecurity, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-1.1",
        RECORD_PHONE_COMPLAINT, Role.STAFF, Department.SECURITY);

    for (Actor intake : List.of(fixture.operations, fixture.management, fixture.managementOffice)) {
      Complaint recorded = fixture.accepted(fixture.phoneComplaint(), intake);
      assertEquals(intake.department(), fixture.trail(recorded.id()).get(0).department());
      assertEquals(intake.staff(), recorded.receivedBy());
    }
    assertEquals(3, fixture.storage.complaints().all(TOWER).size());
  }

  @Test
  @DisplayName("CP-0.1, CP-1.2: the Management Office records complaints but does not triage or handle them")
  void theManagementOfficeDoesNotTriage() {
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.managementOffice);

    Rejection triage = fixture.rejected(fixture.triage(received.id(), Remit.WITHIN), fixture.managementOffice);

    assertRejection(triage, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-1.2",
        TRIAGE_WITHIN_REMIT, Role.CUSTOMER_SERVICE_SUPERVISOR, Department.MANAGEMENT_OFFICE);
    assertEquals(List.of(), fixture.desk().availableActions(fixture.managementOffice, TOWER, received.id()).get());
  }
}
