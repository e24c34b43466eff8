package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.complaints.ComplaintFixture.HARBOUR;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A concurrent change answers a version conflict from the store; the desk loads the complaint afresh and decides
 * again, up to {@code BusinessCenter.builder().attempts(n)} times, then returns the conflict (GS-2).
 */
@DisplayName("Concurrent changes to a complaint (GS-2)")
class VersionConflictTest {
  private final InMemoryStorage storage = new InMemoryStorage();
  private final ContendedStorage contended = new ContendedStorage(storage);

  private ComplaintFixture fixtureWith(int attempts) {
    return ComplaintFixture.over(storage, contended, attempts);
  }

  @ParameterizedTest(name = "GS-2: {0} lost saves, {1} attempts")
  @CsvSource({"0, 1", "1, 2", "2, 3", "4, 5"})
  @DisplayName("GS-2, CP-1.2: fewer conflicts than attempts: the step is loaded afresh and decided again each time, and succeeds once")
  void decidedAgainUntilItSucceeds(int conflicts, int attempts) {
    ComplaintFixture fixture = fixtureWith(attempts);
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    contended.resetCounts();
    contended.loseNextSaves(conflicts);

    Complaint triaged = fixture.accepted(fixture.triage(received.id(), Remit.WITHIN), fixture.operations);

    assertEquals(ComplaintState.PHONE_WITHIN_REMIT, triaged.state());
    assertEquals(2, triaged.version());
    assertEquals(conflicts + 1, contended.saves());
    assertEquals(conflicts + 1, contended.loads(), "one fresh load per attempt");
    assertEquals(2, fixture.trail(received.id()).size(), "one audit entry, whatever the attempts");
    assertEquals(triaged, fixture.stored(received.id()));
  }

  @ParameterizedTest(name = "GS-2: {0} lost saves, {1} attempts")
  @CsvSource({"1, 1", "3, 3", "5, 3"})
  @DisplayName("GS-2, CP-1.3: as many conflicts as attempts: the conflict is returned, nothing is written, and the command may be sent again")
  void conflictReturnedWhenAttemptsRunOut(int conflicts, int attempts) {
    ComplaintFixture fixture = fixtureWith(attempts);
    Complaint assured = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), fixture::assureCaller);
    ForwardToDepartment forward = fixture.forward(assured.id(), Department.ENGINEERING);
    contended.resetCounts();
    contended.loseNextSaves(conflicts);

    Rejection rejection = fixture.rejected(forward, fixture.operations);

    assertEquals(new Rejection.VersionConflict(ComplaintFixture.PROCEDURE, assured.id().value(), assured.version(), assured.version() + 1),
        rejection);
    assertRejection(rejection, Rejection.VersionConflict.class, "VERSION_CONFLICT", "GS-2",
        assured.id().value(), assured.version(), assured.version() + 1);
    assertEquals(attempts, contended.saves(), "every attempt was tried, no more");
    assertEquals(List.of(), storage.eventLog().pendingNotices(100), "no notice to the department");

    // the store calms down: the same command id goes through, since the conflict left no receipt
    contended.loseNextSaves(0);
    Complaint forwarded = fixture.accepted(forward, fixture.operations);
    assertEquals(ComplaintState.PHONE_FORWARDED, forwarded.state());
    assertEquals(1, storage.eventLog().pendingNotices(100).size());
  }

  @ParameterizedTest(name = "GS-2: {0} lost saves, {1} attempts")
  @CsvSource({"2, 3", "3, 3"})
  @DisplayName("GS-2, CP-1.1: an opening that meets conflicts opens at most one complaint, and none once the attempts run out")
  void openingUnderConflicts(int conflicts, int attempts) {
    ComplaintFixture fixture = fixtureWith(attempts);
    contended.loseNextSaves(conflicts);
    RecordPhoneComplaint call = fixture.phoneComplaint();

    boolean accepted = fixture.send(call, fixture.operations).isRight();

    assertEquals(conflicts < attempts, accepted);
    List<Complaint> opened = storage.complaints().all(TOWER);
    assertEquals(accepted ? 1 : 0, opened.size());
    assertEquals(List.of(), storage.complaints().all(HARBOUR));
    opened.forEach(c -> assertEquals(1, fixture.trail(c.id()).size()));
    assertEquals(accepted, storage.receipts().find(TOWER, call.commandId()).isDefined());
  }

  @ParameterizedTest(name = "GS-2: {0} attempts")
  @CsvSource({"1", "2"})
  @DisplayName("GS-2, CP-1.2: a conflict on the last attempt is not retried beyond the attempts configured")
  void attemptsBoundTheRetries(int attempts) {
    ComplaintFixture fixture = fixtureWith(attempts);
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    Triage triage = fixture.triage(received.id(), Remit.WITHIN);
    contended.resetCounts();
    contended.loseNextSaves(attempts);

    assertTrue(fixture.rejected(triage, fixture.operations) instanceof Rejection.VersionConflict);
    assertEquals(attempts, contended.saves());
    assertEquals(attempts, contended.loads());
  }
}
