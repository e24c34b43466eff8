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
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.ContactNote;
import io.bizcenter.core.meetings.Incident;
import io.bizcenter.core.meetings.Invoice;
import io.bizcenter.core.meetings.InvoiceLine;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingPolicy;
import io.bizcenter.core.meetings.MeetingProcedure;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ScheduledTask;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.ServiceOrder;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.meetings.TaskStatus;
import io.bizcenter.core.meetings.Timeline;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Receipt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

  /** Who sends the sample commands: the Operations manager of the sample audit entries. */
  static final Receipt.Sender SENDER = new Receipt.Sender(StaffId.of("ops-1"), Role.OPERATIONS_MANAGER, Department.OPERATIONS);

  /** The first answer to a command: the complaint it opened, as the command path records it, with its sender. */
  static Receipt receipt(CenterId center, String commandId, String caseId) {
    return new Receipt(center, CommandId.of(commandId), COMPLAINTS, caseId, ComplaintAction.RECORD_PHONE_COMPLAINT.name(),
        complaint(center, caseId, 1), SENDER, Instant.parse("2026-03-02T01:00:00Z"));
  }

  /** What a seat owes a complaint from two hours before {@code dueAt} until then. */
  static AgendaItem item(CenterId center, String caseId, Seat seat, Instant dueAt) {
    return new AgendaItem(center, COMPLAINTS, caseId, ComplaintState.PHONE_RECEIVED.name(),
        List.of(ComplaintAction.TRIAGE_WITHIN_REMIT.name(), ComplaintAction.TRIAGE_OUTSIDE_REMIT.name()), seat,
        dueAt.minus(java.time.Duration.ofHours(2)), dueAt, Clause.of("CP-1.2"));
  }

  static final String MEETINGS = MeetingProcedure.NAME;
  static final RoomId ROOM = RoomId.of("501");

  /**
   * A meeting over and invoiced, every part of its document filled (form, contacts, incidents, a waiver, money):
   * what an adapter must read back equal. It was held in room 501 from {@code openedAt} plus two days, for two hours.
   */
  static Meeting meeting(CenterId center, String id, long version, Instant openedAt) {
    Instant starts = openedAt.plus(Duration.ofDays(2));
    Instant ends = starts.plus(Duration.ofHours(2));
    List<ScheduledTask> tasks = tasks(starts, ends, openedAt).stream().map(t -> switch (t.task().phase()) {
      case BEFORE -> new ScheduledTask(t.task(), t.task() == Task.CLEAR_ROADS_AND_PARKING ? TaskStatus.WAIVED : TaskStatus.DONE,
          t.availableFrom(), t.dueAt(), Optional.of(starts.minus(Duration.ofHours(3))),
          Optional.of(t.task() == Task.CLEAR_ROADS_AND_PARKING ? "车库施工，访客改停邻楼" : "好"));
      case DURING -> new ScheduledTask(t.task(), TaskStatus.DONE, t.availableFrom(), t.dueAt(), Optional.of(ends), Optional.empty());
      case AFTER -> t.task() == Task.SEE_OFF_AND_INVOICE
          ? new ScheduledTask(t.task(), TaskStatus.DONE, t.availableFrom(), t.dueAt(), Optional.of(ends.plusSeconds(600)), Optional.of("FP-0042"))
          : t;
    }).toList();
    Invoice invoice = new Invoice("FP-0042", List.of(
        new InvoiceLine(ServiceItem.ROOM, 2, Money.yuan("300.00"), Money.yuan("600.00")),
        new InvoiceLine(ServiceItem.MICROPHONE, 4, Money.yuan("50.00"), Money.yuan("200.00")),
        new InvoiceLine(ServiceItem.TEA, 25, Money.yuan("15.50"), Money.yuan("387.50"))), Money.yuan("1187.50"));
    return booked(center, id, ROOM, starts, ends, MeetingState.ENDED, version, openedAt)
        .addAllTasks(tasks)
        .requestForm(RequestForm.of(25, List.of(ServiceOrder.of(ServiceItem.MICROPHONE, 4)), "主席台摆放鲜花"))
        .addContactLog(new ContactNote(openedAt.plusSeconds(3600), StaffId.of("sv-1"), "客户确认人数 25 人"))
        .addIncidents(new Incident(starts.plusSeconds(1800), StaffId.of("sv-2"), "投影仪闪烁，已更换"))
        .teaServings(25)
        .startedAt(starts)
        .endedAt(ends)
        .invoice(invoice)
        .build();
  }

  /** A meeting in {@code state} holding (unless cancelled) {@code room} from {@code from} to {@code to}, booked at {@link #T0}. */
  static Meeting meeting(CenterId center, String id, RoomId room, Instant from, Instant to, MeetingState state) {
    return meeting(center, id, room, from, to, state, 1);
  }

  static Meeting meeting(CenterId center, String id, RoomId room, Instant from, Instant to, MeetingState state, long version) {
    return booked(center, id, room, from, to, state, version, T0).addAllTasks(tasks(from, to, T0)).build();
  }

  /** Every task open, on the default timeline of the slot in Shanghai. */
  private static List<ScheduledTask> tasks(Instant from, Instant to, Instant bookedAt) {
    Map<Task, Timeline.Window> plan = Timeline.plan(from, to, bookedAt, Optional.empty(), Optional.empty(), MeetingPolicy.defaults(),
        java.time.ZoneId.of("Asia/Shanghai"));
    return plan.entrySet().stream().map(e -> ScheduledTask.open(e.getKey(), e.getValue().availableFrom(), e.getValue().dueAt())).toList();
  }

  private static Meeting.Builder booked(CenterId center, String id, RoomId room, Instant from, Instant to, MeetingState state, long version,
      Instant bookedAt) {
    Meeting.Builder b = Meeting.builder();
    b.id(MeetingId.of(id))
        .center(center)
        .version(version)
        .state(state)
        .stateEnteredAt(bookedAt)
        .policy(POLICY)
        .room(room)
        .startsAt(from)
        .endsAt(to)
        .client(Client.of("上海某某贸易有限公司", "王小明", "13800138000"))
        .subject("季度经营分析会")
        .bookedAt(bookedAt)
        .bookedBy(StaffId.of("sv-1"))
        .scheduledAt(bookedAt)
        .lateBooking(false);
    return b;
  }
}
