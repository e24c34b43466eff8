package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ids are unique within a center only ({@code Ids}), so two centers on one store may count from the same start: every
 * row a store keeps by id is keyed by (center, id), and nothing of one center hides the other's.
 */
public abstract class CentersSharingIdsContract extends PortContract {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
  private final RecordingNotifier notifier = new RecordingNotifier();

  /** One node per center, each with its own id sequence starting at C-1, as two vendors' tenants set up alike would be. */
  private BusinessCenter node() {
    return BusinessCenter.builder().storage(storage).notifier(notifier).ids(new SequentialIds("C")).clock(clock).build();
  }

  @Test
  @DisplayName("CP-1.3 two centers counting ids from the same start each forward a complaint: both cases and both notices are kept and delivered")
  void twoCentersWithOneIdSequenceLoseNothing() {
    Complaint inA = forwarded(node(), CENTER_A);
    Complaint inB = forwarded(node(), CENTER_B);
    assertEquals(inA.id(), inB.id(), "the two centers gave the same case id: the point of the test");

    assertEquals(2, storage.eventLog().pendingNotices(10).size(), "both forwarding notices wait in the outbox");
    BusinessCenter relay = node();
    assertEquals(2, relay.notices().deliverPending(10).delivered());
    List<OutboxNotice> delivered = notifier.delivered();
    assertEquals(List.of(CENTER_A, CENTER_B), delivered.stream().map(OutboxNotice::center).toList(), "one notice per center, none lost");
    assertEquals(delivered.get(0).id(), delivered.get(1).id(), "with the same notice id in both centers");
    assertEquals(List.of(), storage.eventLog().pendingNotices(10), "both marked delivered, each in its own center");
    assertEquals(0, relay.notices().deliverPending(10).delivered(), "and neither is offered again");
  }

  private Complaint forwarded(BusinessCenter node, CenterId center) {
    Actor clerk = Actor.of("op-07", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, center);
    Complaint c = accepted(node.complaints().handle(new RecordPhoneComplaint(CommandId.of("ui-1"), center,
        Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "电梯故障"), clerk));
    accepted(node.complaints().handle(new Triage(CommandId.of("ui-2"), center, c.id(), Remit.OUTSIDE), clerk));
    accepted(node.complaints().handle(new AssureCaller(CommandId.of("ui-3"), center, c.id()), clerk));
    return accepted(node.complaints().handle(new ForwardToDepartment(CommandId.of("ui-4"), center, c.id(), Department.SECURITY), clerk));
  }

  private static <T> T accepted(Either<Rejection, T> answer) {
    assertTrue(answer.isRight(), () -> "expected acceptance, got " + answer.getLeft().code() + ": " + answer.getLeft().message(Locale.ENGLISH));
    return answer.get();
  }
}
