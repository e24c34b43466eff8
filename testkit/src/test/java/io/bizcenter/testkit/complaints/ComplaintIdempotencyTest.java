package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.complaints.ComplaintFixture.HARBOUR;
import static io.bizcenter.testkit.complaints.ComplaintFixture.PHONE_CONTENT;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.NoticeRelay;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.TellFix;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.testkit.check.StoreSnapshot;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every command carries a command id, and sending it again returns the first answer and changes nothing, so a
 * front end may retry freely (docs/security.md, "Idempotent resends"). Receipts are kept per center.
 */
@DisplayName("Sending the same command twice (GS-2, GS-6)")
class ComplaintIdempotencyTest {
  private final ComplaintFixture fixture = new ComplaintFixture();

  @Test
  @DisplayName("CP-1.1: a repeated opening command answers the same complaint and opens no second one")
  void repeatedOpening() {
    RecordPhoneComplaint call = fixture.phoneComplaint();
    Complaint first = fixture.accepted(call, fixture.operations);
    StoreSnapshot before = fixture.snapshot();

    Complaint again = fixture.accepted(call, fixture.operations);

    assertEquals(first, again);
    assertEquals(before, fixture.snapshot(), "nothing more written");
    assertEquals(1, fixture.storage.complaints().all(TOWER).size());
    assertEquals(1, fixture.trail(first.id()).size());
  }

  @Test
  @DisplayName("CP-1.3, GS-6: a repeated step answers the same, keeps the version and the trail, and sends no second notice")
  void repeatedStepSendsNoSecondNotice() {
    Complaint assured = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), fixture::assureCaller);
    ForwardToDepartment forward = fixture.forward(assured.id(), Department.ENGINEERING);
    Complaint first = fixture.accepted(forward, fixture.operations);
    assertEquals(1, fixture.center.notices().deliverPending(100).delivered());
    StoreSnapshot before = fixture.snapshot();

    Complaint again = fixture.accepted(forward, fixture.operations);

    assertEquals(first, again);
    assertEquals(before, fixture.snapshot(), "nothing more written");
    assertEquals(first.version(), fixture.stored(first.id()).version());
    assertEquals(first.version(), fixture.trail(first.id()).size());
    assertEquals(new NoticeRelay.Delivery(0, List.of()), fixture.center.notices().deliverPending(100));
    assertEquals(1, fixture.notifier.delivered().size());
  }

  @Test
  @DisplayName("CP-1.2: the repeat returns the first answer even after the complaint has moved on, and does not move it back")
  void theRepeatIsTheFirstAnswer() {
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    Triage triage = fixture.triage(received.id(), Remit.WITHIN);
    Complaint triaged = fixture.accepted(triage, fixture.operations);
    Complaint told = fixture.accepted(fixture.tellFix(received.id()), fixture.operations);

    Complaint again = fixture.accepted(triage, fixture.operations);

    assertEquals(triaged, again);
    assertEquals(told, fixture.stored(received.id()));
    assertEquals(ComplaintState.PHONE_FIX_PROMISED, fixture.stored(received.id()).state());
  }

  @Test
  @DisplayName("CP-1.2: a rejected command leaves no receipt, so once the complaint has moved on the same command id succeeds")
  void aRejectedCommandMaySimplyBeSentAgain() {
    // Receipt's Javadoc: only accepted commands leave a receipt; a rejection writes nothing
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    TellFix tooEarly = fixture.tellFix(received.id());
    assertRejection(fixture.rejected(tooEarly, fixture.operations), Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CP-1.1",
        ComplaintState.PHONE_RECEIVED, ComplaintAction.TELL_FIX);
    assertTrue(fixture.storage.receipts().find(TOWER, tooEarly.commandId()).isEmpty());

    fixture.accepted(fixture.triage(received.id(), Remit.WITHIN), fixture.operations);
    Complaint told = fixture.accepted(tooEarly, fixture.operations);

    assertEquals(ComplaintState.PHONE_FIX_PROMISED, told.state());
    assertEquals(told, fixture.accepted(tooEarly, fixture.operations), "and from now on it is a repeat");
  }

  @Test
  @DisplayName("GS-2: a command id reused for another action on the same complaint is refused; nothing is written")
  void reusedForAnotherAction() {
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    Triage triage = fixture.triage(received.id(), Remit.WITHIN);
    fixture.accepted(triage, fixture.operations);

    Rejection rejection = fixture.rejected(new TellFix(triage.commandId(), TOWER, received.id(), ComplaintFixture.FIX), fixture.operations);

    assertRejection(rejection, Rejection.CommandIdReused.class, "COMMAND_ID_REUSED", "GS-2", triage.commandId().value());
  }

  @Test
  @DisplayName("GS-2: a command id reused for the same action on another complaint is refused; nothing is written")
  void reusedForAnotherComplaint() {
    Complaint one = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    Complaint other = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    Triage triage = fixture.triage(one.id(), Remit.WITHIN);
    fixture.accepted(triage, fixture.operations);

    Rejection rejection = fixture.rejected(new Triage(triage.commandId(), TOWER, other.id(), Remit.WITHIN), fixture.operations);

    assertRejection(rejection, Rejection.CommandIdReused.class, "COMMAND_ID_REUSED", "GS-2", triage.commandId().value());
    assertEquals(ComplaintState.PHONE_RECEIVED, fixture.stored(other.id()).state());
  }

  @Test
  @DisplayName("GS-2: the command id of an opening reused for a step on the complaint it opened is refused")
  void openingIdReusedForAStep() {
    RecordPhoneComplaint call = fixture.phoneComplaint();
    Complaint received = fixture.accepted(call, fixture.operations);

    Rejection rejection = fixture.rejected(new Triage(call.commandId(), TOWER, received.id(), Remit.WITHIN), fixture.operations);

    assertRejection(rejection, Rejection.CommandIdReused.class, "COMMAND_ID_REUSED", "GS-2", call.commandId().value());
  }

  @Test
  @DisplayName("GS-5: the same command id in another center is another command: each center opens its own complaint")
  void commandIdsArePerCenter() {
    CommandId shared = fixture.freshCommandId();
    Complaint inTower = fixture.accepted(new RecordPhoneComplaint(shared, TOWER, fixture.complainant(), PHONE_CONTENT), fixture.operations);

    Complaint inHarbour = fixture.accepted(new RecordPhoneComplaint(shared, HARBOUR, fixture.complainant(), PHONE_CONTENT),
        fixture.harbourOperations);

    assertNotEquals(inTower.id(), inHarbour.id());
    assertEquals(HARBOUR, inHarbour.center());
    assertEquals(1, fixture.storage.complaints().all(TOWER).size());
    assertEquals(1, fixture.storage.complaints().all(HARBOUR).size());
    assertEquals(inHarbour, fixture.storage.receipts().find(HARBOUR, shared).get().answer());
    assertEquals(inTower, fixture.storage.receipts().find(TOWER, shared).get().answer());
  }
}
