package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.complaints.ComplaintFixture.HARBOUR;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.NoticeRelay.Delivery;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The source's written notices leave through the outbox to the vendor's notifier at least once, each with a
 * stable id; what the notifier refuses stays pending and is reported, never lost or hidden (docs/reliability.md).
 */
@DisplayName("Written notices reach the departments (CP-1.3, CP-1.4, CP-2.3)")
class NoticeRelayTest {
  private final UnreliableNotifier messaging = new UnreliableNotifier();
  private final ComplaintFixture fixture = ComplaintFixture.notifyingThrough(messaging::passingTo);

  /** A hard case whose departments were contacted: one notice to Engineering, one to Finance (CP-1.4). */
  private List<OutboxNotice> contactEngineeringAndFinance() {
    Complaint contacted = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.HARD_CASE), fixture::visitCompany,
        id -> fixture.contactDepartments(id, Department.ENGINEERING, Department.FINANCE));
    List<OutboxNotice> written = lastEntryNotices(fixture.trail(contacted.id()));
    assertEquals(List.of(Department.ENGINEERING, Department.FINANCE), written.stream().map(n -> n.notice().to()).toList());
    return written;
  }

  @Test
  @DisplayName("CP-1.4: a notice the notifier refuses stays pending and is reported; after its back-off it goes out with the same id")
  void refusedNoticeStaysPendingAndGoesOutNextRun() {
    List<OutboxNotice> written = contactEngineeringAndFinance();
    OutboxNotice toEngineering = written.get(0);
    OutboxNotice toFinance = written.get(1);
    messaging.refuse(n -> n.notice().to() == Department.FINANCE);

    Delivery first = fixture.center.notices().deliverPending(100);

    assertEquals(new Delivery(1, List.of(toFinance.id())), first);
    assertEquals(List.of(toEngineering), fixture.notifier.delivered());
    assertEquals(List.of(toFinance.refused()), fixture.storage.eventLog().pendingNotices(100), "kept in the outbox, one attempt counted");

    messaging.recover();
    assertEquals(new Delivery(0, List.of()), fixture.center.notices().deliverPending(100), "not offered again before its back-off");
    fixture.clock.advance(java.time.Duration.ofSeconds(30));
    Delivery second = fixture.center.notices().deliverPending(100);

    assertEquals(new Delivery(1, List.of()), second);
    assertEquals(List.of(toEngineering.id(), toFinance.id()), fixture.notifier.delivered().stream().map(OutboxNotice::id).toList(),
        "the notice in the trail, same id");
    assertEquals(List.of(), fixture.storage.eventLog().pendingNotices(100));
  }

  @Test
  @DisplayName("a notice refused again and again waits twice as long each time, at most an hour, and is never dropped")
  void backOffDoublesUpToAnHour() {
    contactEngineeringAndFinance();
    messaging.refuse(n -> true);
    java.time.Duration waited = java.time.Duration.ZERO;
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertEquals(2, fixture.center.notices().deliverPending(100).refused().size(), "attempt " + attempt);
      java.time.Duration wait = java.time.Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempt - 1, 7));
      wait = wait.compareTo(java.time.Duration.ofHours(1)) > 0 ? java.time.Duration.ofHours(1) : wait;
      fixture.clock.advance(wait.minusSeconds(1));
      assertEquals(new Delivery(0, List.of()), fixture.center.notices().deliverPending(100), "still waiting after attempt " + attempt);
      fixture.clock.advance(java.time.Duration.ofSeconds(1));
      waited = waited.plus(wait);
    }
    assertEquals(10, fixture.storage.eventLog().pendingNotices(100).get(0).attempts());
    messaging.recover();
    assertEquals(2, fixture.center.notices().deliverPending(100).delivered());
    assertEquals(java.time.Duration.ofSeconds(30 + 60 + 120 + 240 + 480 + 960 + 1920 + 3600 * 3), waited);
  }

  @Test
  @DisplayName("CP-1.4: delivered notices are not delivered again")
  void deliveredNoticesAreNotOfferedAgain() {
    contactEngineeringAndFinance();
    assertEquals(new Delivery(2, List.of()), fixture.center.notices().deliverPending(100));

    Delivery again = fixture.center.notices().deliverPending(100);

    assertEquals(new Delivery(0, List.of()), again);
    assertEquals(2, messaging.offered().size(), "each offered once");
    assertEquals(2, fixture.notifier.delivered().size());
  }

  @Test
  @DisplayName("CP-1.4: at least once: a notice delivered but not acknowledged comes again with the same id, so the receiver can drop it")
  void unacknowledgedNoticeComesAgainWithTheSameId() {
    List<OutboxNotice> written = contactEngineeringAndFinance();
    messaging.loseAcknowledgementOf(n -> n.notice().to() == Department.ENGINEERING);

    Delivery first = fixture.center.notices().deliverPending(100);
    messaging.recover();
    fixture.clock.advance(java.time.Duration.ofSeconds(30));
    Delivery second = fixture.center.notices().deliverPending(100);

    assertEquals(new Delivery(1, List.of(written.get(0).id())), first);
    assertEquals(new Delivery(1, List.of()), second);
    List<NoticeId> received = fixture.notifier.delivered().stream().map(OutboxNotice::id).toList();
    assertEquals(List.of(written.get(0).id(), written.get(1).id(), written.get(0).id()), received);
    assertEquals(written.get(0).refused(), fixture.notifier.delivered().get(2), "the repeat is the very same notice, one attempt later");
  }

  @Test
  @DisplayName("CP-1.3: notices go out oldest first, at most the number asked for per run, across every center")
  void oldestFirstWithinTheLimit() {
    List<OutboxNotice> written = List.of(
        forwardedFrom(TOWER, fixture.operations), forwardedFrom(HARBOUR, fixture.harbourOperations), forwardedFrom(TOWER, fixture.operations));

    Delivery first = fixture.center.notices().deliverPending(2);

    assertEquals(new Delivery(2, List.of()), first);
    assertEquals(written.subList(0, 2), fixture.notifier.delivered());

    Delivery rest = fixture.center.notices().deliverPending(2);

    assertEquals(new Delivery(1, List.of()), rest);
    assertEquals(written, fixture.notifier.delivered());
  }

  /** A phone complaint of {@code center} passed to Security: one CP_COMPLAINT_FORWARDED notice (CP-1.3). */
  private OutboxNotice forwardedFrom(CenterId center, Actor clerk) {
    fixture.clock.advance(ComplaintFixture.PAUSE);
    Complaint c = fixture.accepted(new RecordPhoneComplaint(fixture.freshCommandId(), center, fixture.complainant(), ComplaintFixture.PHONE_CONTENT), clerk);
    fixture.accepted(new Triage(fixture.freshCommandId(), center, c.id(), Remit.OUTSIDE), clerk);
    fixture.accepted(new AssureCaller(fixture.freshCommandId(), center, c.id()), clerk);
    fixture.accepted(new ForwardToDepartment(fixture.freshCommandId(), center, c.id(), Department.SECURITY), clerk);
    List<OutboxNotice> notices = lastEntryNotices(fixture.desk().trail(clerk, center, c.id()).get());
    assertEquals(1, notices.size());
    assertEquals(center, notices.get(0).center());
    return notices.get(0);
  }

  private static List<OutboxNotice> lastEntryNotices(List<AuditEntry> trail) {
    return trail.get(trail.size() - 1).notices();
  }
}
