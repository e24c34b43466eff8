package io.bizcenter.testkit.contract;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Receipt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The suites' test data: real complaints, events and notices (an adapter that encodes them by type must read them
 * back), at fixed whole-second instants (a database may keep no finer than microseconds).
 */
final class Samples {
  static final CenterId CENTER_A = CenterId.of("center-a");
  static final CenterId CENTER_B = CenterId.of("center-b");
  static final String COMPLAINTS = ComplaintProcedure.DEFINITION.name();
  static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  static final PolicyVersion POLICY = PolicyVersion.of("test");

  private Samples() {}

  /** {@code minutes} after {@link #T0}. */
  static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** A phone complaint just recorded, standing at {@code version}. */
  static Complaint complaint(CenterId center, String id, long version) {
    return complaint(center, id, version, T0);
  }

  static Complaint complaint(CenterId center, String id, long version, Instant receivedAt) {
    return Complaint.builder()
        .id(ComplaintId.of(id))
        .center(center)
        .version(version)
        .state(ComplaintState.PHONE_RECEIVED)
        .stateEnteredAt(receivedAt)
        .policy(POLICY)
        .channel(Channel.PHONE)
        .complainant(Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"))
        .content("空调不制冷 / the air conditioning does not cool")
        .receivedAt(receivedAt)
        .receivedBy(StaffId.of("ops-1"))
        .build();
  }

  /** The same complaint one step on (one version more), as the command path would save it. */
  static Complaint triaged(Complaint c) {
    return c.advancedTo(ComplaintState.PHONE_OUTSIDE_REMIT, c.stateEnteredAt().plus(Duration.ofMinutes(10)), POLICY);
  }

  /**
   * The audit entry of a complaint's {@code version}: version 1 records it, later versions forward it to
   * Engineering and carry {@code notices}.
   */
  static AuditEntry entry(CenterId center, String caseId, long version, OutboxNotice... notices) {
    boolean opening = version == 1;
    ComplaintAction action = opening ? ComplaintAction.RECORD_PHONE_COMPLAINT : ComplaintAction.FORWARD_TO_DEPARTMENT;
    ComplaintEvent event = opening
        ? new ComplaintEvent.ComplaintRecorded(Channel.PHONE, Complainant.of("王小明", "ACME (Shanghai) Ltd.", "13800138000"),
            "电梯故障", Optional.empty())
        : new ComplaintEvent.ForwardedToDepartment(Department.ENGINEERING);
    return new AuditEntry(center, COMPLAINTS, caseId, version, CommandId.of("cmd-" + caseId + "-" + version), StaffId.of("ops-1"),
        Role.OPERATIONS_MANAGER, Department.OPERATIONS, at(version), action.name(), Clause.of(opening ? "CP-1.1" : "CP-1.3"), POLICY,
        opening ? Optional.empty() : Optional.of(ComplaintState.PHONE_CALLER_ASSURED.name()),
        (opening ? ComplaintState.PHONE_RECEIVED : ComplaintState.PHONE_FORWARDED).name(),
        List.of(event), List.of(notices));
  }

  /** A written notice to Engineering about a case; {@code id} must be unique across centers. */
  static OutboxNotice notice(String id, CenterId center, String caseId, Instant createdAt) {
    return OutboxNotice.fresh(new NoticeId(id), center, COMPLAINTS, caseId,
        Notice.to(Department.ENGINEERING, "CP_COMPLAINT_FORWARDED", Clause.of("CP-1.3"), caseId), createdAt);
  }

  /** The first answer to a command: the complaint it opened, as the command path records it. */
  static Receipt receipt(CenterId center, String commandId, String caseId) {
    return new Receipt(center, CommandId.of(commandId), COMPLAINTS, caseId, ComplaintAction.RECORD_PHONE_COMPLAINT.name(),
        complaint(center, caseId, 1));
  }

  /** What a seat owes a complaint from two hours before {@code dueAt} until then. */
  static AgendaItem item(CenterId center, String caseId, Seat seat, Instant dueAt) {
    return new AgendaItem(center, COMPLAINTS, caseId, ComplaintState.PHONE_RECEIVED.name(),
        List.of(ComplaintAction.TRIAGE_WITHIN_REMIT.name(), ComplaintAction.TRIAGE_OUTSIDE_REMIT.name()), seat,
        dueAt.minus(java.time.Duration.ofHours(2)), dueAt, Clause.of("CP-1.2"));
  }
}
