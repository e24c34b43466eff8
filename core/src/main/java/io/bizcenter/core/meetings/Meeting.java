package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.meetings.MeetingCommand.BookMeetingRoom;
import io.bizcenter.core.meetings.MeetingCommand.CancelMeeting;
import io.bizcenter.core.meetings.MeetingCommand.CheckDevices;
import io.bizcenter.core.meetings.MeetingCommand.CleanAndInspectVenue;
import io.bizcenter.core.meetings.MeetingCommand.CleanVenue;
import io.bizcenter.core.meetings.MeetingCommand.ClearRoadsAndParking;
import io.bizcenter.core.meetings.MeetingCommand.CloseMeeting;
import io.bizcenter.core.meetings.MeetingCommand.CollectEquipment;
import io.bizcenter.core.meetings.MeetingCommand.ConfirmMeeting;
import io.bizcenter.core.meetings.MeetingCommand.EndMeeting;
import io.bizcenter.core.meetings.MeetingCommand.GuideAttendees;
import io.bizcenter.core.meetings.MeetingCommand.LogIncident;
import io.bizcenter.core.meetings.MeetingCommand.RecordClientContact;
import io.bizcenter.core.meetings.MeetingCommand.RecordSoundAndLighting;
import io.bizcenter.core.meetings.MeetingCommand.RecordTeaService;
import io.bizcenter.core.meetings.MeetingCommand.RescheduleMeeting;
import io.bizcenter.core.meetings.MeetingCommand.SeeOffAndInvoice;
import io.bizcenter.core.meetings.MeetingCommand.SetUpVenue;
import io.bizcenter.core.meetings.MeetingCommand.StartMeeting;
import io.bizcenter.core.meetings.MeetingCommand.WaiveTask;
import io.bizcenter.core.meetings.MeetingEvent.AttendeesGuided;
import io.bizcenter.core.meetings.MeetingEvent.ClientContactRecorded;
import io.bizcenter.core.meetings.MeetingEvent.DevicesChecked;
import io.bizcenter.core.meetings.MeetingEvent.EquipmentCollected;
import io.bizcenter.core.meetings.MeetingEvent.GuestsSeenOffAndInvoiced;
import io.bizcenter.core.meetings.MeetingEvent.IncidentLogged;
import io.bizcenter.core.meetings.MeetingEvent.MeetingCancelled;
import io.bizcenter.core.meetings.MeetingEvent.MeetingClosed;
import io.bizcenter.core.meetings.MeetingEvent.MeetingConfirmed;
import io.bizcenter.core.meetings.MeetingEvent.MeetingEnded;
import io.bizcenter.core.meetings.MeetingEvent.MeetingRescheduled;
import io.bizcenter.core.meetings.MeetingEvent.MeetingRoomBooked;
import io.bizcenter.core.meetings.MeetingEvent.MeetingStarted;
import io.bizcenter.core.meetings.MeetingEvent.RoadsClearedAndParkingArranged;
import io.bizcenter.core.meetings.MeetingEvent.SoundAndLightingRecorded;
import io.bizcenter.core.meetings.MeetingEvent.TaskWaived;
import io.bizcenter.core.meetings.MeetingEvent.TeaServiceRecorded;
import io.bizcenter.core.meetings.MeetingEvent.VenueCleaned;
import io.bizcenter.core.meetings.MeetingEvent.VenueCleanedAndInspected;
import io.bizcenter.core.meetings.MeetingEvent.VenueSetUp;
import io.bizcenter.core.procedure.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * One meeting: the booking of a meeting room for a client, the client's contact kept throughout (MR-0.1), and every
 * department's task with its window on the meeting's own timeline ({@link Timeline}). Immutable: every decision
 * answers a new meeting and the events that led to it. Which step may come next is decided by
 * {@link MeetingProcedure}; this class only records what each allowed step does, and plans the timeline again after
 * each one under the policy of that step.
 */
@Value.Immutable
public abstract class Meeting implements Case<MeetingState, Meeting> {
  /** The longest meeting that can be booked; stores may rely on it to bound a room's calendar query. */
  public static final Duration LONGEST = Duration.ofHours(24);

  /** The departments told in writing when the meeting is confirmed (MR-1.1: 书面通知公司其他部门), moved or called off. */
  static final List<Department> NOTIFIED = List.of(Department.SERVICE, Department.ENGINEERING, Department.SECURITY);

  @Override
  public abstract MeetingId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract MeetingState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  public abstract RoomId room();

  /** The slot booked, [start, end): the room is held for it unless the meeting is cancelled. */
  public abstract Instant startsAt();

  public abstract Instant endsAt();

  public abstract Client client();

  public abstract String subject();

  public abstract Instant bookedAt();

  public abstract StaffId bookedBy();

  /** When the current slot was set: the booking, or the latest reschedule. The late-booking rule counts from here. */
  public abstract Instant scheduledAt();

  /** Set less than the confirmation's offset ahead (two days by default): its timeline is compressed. */
  public abstract boolean lateBooking();

  /** Every task of the meeting, in the source's order, with its window and status. */
  public abstract List<ScheduledTask> tasks();

  public abstract Optional<RequestForm> requestForm();

  public abstract List<ContactNote> contactLog();

  public abstract List<Incident> incidents();

  public abstract Optional<Integer> teaServings();

  public abstract Optional<Instant> startedAt();

  public abstract Optional<Instant> endedAt();

  public abstract Optional<Invoice> invoice();

  public abstract Optional<String> cancellation();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored meeting. */
  public static final class Builder extends ImmutableMeeting.Builder {}

  @Override
  public Meeting advancedTo(MeetingState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  /** The task as it stands on this meeting's timeline. */
  public ScheduledTask task(Task task) {
    return tasks().stream().filter(t -> t.task() == task).findFirst()
        .orElseThrow(() -> new IllegalStateException("meeting " + id() + " has no task " + task));
  }

  public TaskStatus status(Task task) {
    return task(task).status();
  }

  /** The tasks still owed in one part of the meeting, in the source's order. */
  public List<Task> openTasks(Task.Phase phase) {
    return tasks().stream().filter(ScheduledTask::owed).map(ScheduledTask::task).filter(t -> t.phase() == phase).toList();
  }

  public List<Task> openTasks() {
    return tasks().stream().filter(ScheduledTask::owed).map(ScheduledTask::task).toList();
  }

  /** Neither closed nor cancelled. */
  public boolean live() {
    return state() != MeetingState.CLOSED && state() != MeetingState.CANCELLED;
  }

  /** A cancelled meeting frees its room; every other one holds its slot, even once over (it is cleaned after, MR-3.3). */
  public boolean holdsRoom() {
    return state() != MeetingState.CANCELLED;
  }

  /** Whether the slot booked shares any moment with [from, to); a slot ending when another starts does not. */
  public boolean overlaps(Instant from, Instant to) {
    return startsAt().isBefore(to) && from.isBefore(endsAt());
  }

  /** MR-0.1: the booking, with every task open on a timeline planned from the slot. */
  static Decision<Meeting> book(BookMeetingRoom c, Step<MeetingState> step, MeetingPolicy policy, ZoneId zone) {
    List<ScheduledTask> tasks = new ArrayList<>();
    for (Task task : Task.values()) {
      tasks.add(ScheduledTask.open(task, step.at(), step.at()));
    }
    boolean late = Timeline.late(c.startsAt(), step.at(), policy, zone);
    ImmutableMeeting booked = (ImmutableMeeting) builder()
        .id(MeetingId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .room(c.room())
        .startsAt(c.startsAt())
        .endsAt(c.endsAt())
        .client(c.client())
        .subject(c.subject())
        .bookedAt(step.at())
        .bookedBy(step.actor().staff())
        .scheduledAt(step.at())
        .lateBooking(late)
        .addAllTasks(tasks)
        .build();
    return Decision.of(planned(booked, policy, zone),
        new MeetingRoomBooked(c.room(), c.startsAt(), c.endsAt(), c.client(), c.subject(), late));
  }

  // the steps' decisions, each named in MeetingProcedure's table beside the step it decides; the table plans the timeline
  // again after each one (replanned)

  /**
   * The meeting after one allowed step, its timeline planned again under the step's policy when the step moved a time the
   * plan reads or the policy changed since the last step (planning every task's window is most of a step's cost).
   */
  Decision<Meeting> replanned(Decision<Meeting> decided, Step<MeetingState> step, MeetingPolicy policy, ZoneId zone) {
    ImmutableMeeting next = (ImmutableMeeting) decided.state();
    boolean planStands = step.policy().equals(policy()) && next.startsAt().equals(startsAt()) && next.endsAt().equals(endsAt())
        && next.scheduledAt().equals(scheduledAt()) && next.startedAt().equals(startedAt()) && next.endedAt().equals(endedAt())
        && next.tasks().size() == tasks().size();
    return new Decision<>(planStands ? next : planned(next, policy, zone), decided.events(), decided.notices());
  }

  Decision<Meeting> recordClientContact(RecordClientContact c, Step<MeetingState> step) {
    ImmutableMeeting m = copy();
    ContactNote note = new ContactNote(step.at(), step.actor().staff(), c.note());
    return Decision.of(m.withContactLog(append(m.contactLog(), note)), new ClientContactRecorded(c.note()));
  }

  /**
   * A new slot: what was prepared (or waived) for the old one is to be done again, the confirmation and its form
   * stand; departments already told of the meeting are told of the move (MR-0.1: Service coordinates them).
   */
  Decision<Meeting> reschedule(RescheduleMeeting c, Step<MeetingState> step, MeetingPolicy policy, ZoneId zone) {
    ImmutableMeeting m = copy();
    List<Task> reopened = new ArrayList<>();
    List<ScheduledTask> tasks = m.tasks().stream().map(t -> {
      boolean redo = t.task().phase() == Task.Phase.BEFORE && t.task() != Task.CONFIRM_AND_REQUEST_FORM && !t.owed();
      if (redo) {
        reopened.add(t.task());
        return t.reopened();
      }
      return t;
    }).toList();
    boolean late = Timeline.late(c.startsAt(), step.at(), policy, zone);
    ImmutableMeeting moved = m.withRoom(c.room()).withStartsAt(c.startsAt()).withEndsAt(c.endsAt()).withScheduledAt(step.at())
        .withLateBooking(late).withTasks(tasks);
    List<Notice> notices = m.state() == MeetingState.CONFIRMED
        ? toNotified("MR_MEETING_RESCHEDULED", moved, step, zone)
        : List.of();
    return Decision.of(moved, new MeetingRescheduled(c.room(), c.startsAt(), c.endsAt(), c.reason(), late, reopened), notices);
  }

  /** Every open task is withdrawn, so it leaves every agenda; departments already told are told it is off. */
  Decision<Meeting> cancel(CancelMeeting c, Step<MeetingState> step, ZoneId zone) {
    ImmutableMeeting m = copy();
    List<Task> withdrawn = m.openTasks();
    List<ScheduledTask> tasks = m.tasks().stream()
        .map(t -> t.owed() ? t.settled(TaskStatus.WITHDRAWN, step.at(), Optional.of(c.reason())) : t)
        .toList();
    List<Notice> notices = m.state() == MeetingState.CONFIRMED ? toNotified("MR_MEETING_CANCELLED", m, step, zone) : List.of();
    return Decision.of(m.withTasks(tasks).withCancellation(c.reason()), new MeetingCancelled(c.reason(), withdrawn), notices);
  }

  /** MR-1.1: the form is kept and the other departments are told in writing; a late booking says so. */
  Decision<Meeting> confirm(ConfirmMeeting c, Step<MeetingState> step, ZoneId zone) {
    ImmutableMeeting m = copy();
    ImmutableMeeting confirmed = done(m, Task.CONFIRM_AND_REQUEST_FORM, Optional.empty(), step).withRequestForm(c.form());
    return Decision.of(confirmed, new MeetingConfirmed(c.form()),
        toNotified(m.lateBooking() ? "MR_LATE_MEETING_NOTICE" : "MR_MEETING_NOTICE", m, step, zone));
  }

  Decision<Meeting> setUpVenue(SetUpVenue c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.SET_UP_VENUE, Optional.ofNullable(c.note()), step), new VenueSetUp(Optional.ofNullable(c.note())));
  }

  Decision<Meeting> guideAttendees(GuideAttendees c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.GUIDE_ATTENDEES, Optional.ofNullable(c.note()), step), new AttendeesGuided(Optional.ofNullable(c.note())));
  }

  Decision<Meeting> checkDevices(CheckDevices c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.CHECK_DEVICES, Optional.ofNullable(c.note()), step),
        new DevicesChecked(c.working().stream().distinct().toList(), Optional.ofNullable(c.note())));
  }

  Decision<Meeting> clearRoadsAndParking(ClearRoadsAndParking c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.CLEAR_ROADS_AND_PARKING, Optional.ofNullable(c.note()), step),
        new RoadsClearedAndParkingArranged(Optional.ofNullable(c.note())));
  }

  Decision<Meeting> cleanAndInspectVenue(CleanAndInspectVenue c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.CLEAN_AND_INSPECT_VENUE, Optional.ofNullable(c.note()), step),
        new VenueCleanedAndInspected(Optional.ofNullable(c.note())));
  }

  /** The department that owed the task is told it is off its agenda; the reason stays on the audit trail. */
  Decision<Meeting> waiveTask(WaiveTask c, Step<MeetingState> step) {
    ImmutableMeeting m = copy();
    ImmutableMeeting waived = with(m, c.task(), t -> t.settled(TaskStatus.WAIVED, step.at(), Optional.of(c.reason())));
    Notice notice = Notice.to(c.task().department(), "MR_WAIVED_" + c.task().name(), c.task().clause(), m.id().value());
    return Decision.of(waived, new TaskWaived(c.task(), c.reason()), notice);
  }

  Decision<Meeting> start(StartMeeting c, Step<MeetingState> step) {
    ImmutableMeeting m = copy();
    List<Task> waived = m.tasks().stream().filter(t -> t.status() == TaskStatus.WAIVED).map(ScheduledTask::task).toList();
    return Decision.of(m.withStartedAt(step.at()), new MeetingStarted(waived));
  }

  Decision<Meeting> recordTeaService(RecordTeaService c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.TEA_SERVICE, Optional.empty(), step).withTeaServings(c.servings()), new TeaServiceRecorded(c.servings()));
  }

  Decision<Meeting> logIncident(LogIncident c, Step<MeetingState> step) {
    ImmutableMeeting m = copy();
    Incident incident = new Incident(step.at(), step.actor().staff(), c.description());
    return Decision.of(m.withIncidents(append(m.incidents(), incident)), new IncidentLogged(c.description()));
  }

  Decision<Meeting> recordSoundAndLighting(RecordSoundAndLighting c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.SOUND_AND_LIGHTING, Optional.ofNullable(c.note()), step),
        new SoundAndLightingRecorded(Optional.ofNullable(c.note())));
  }

  Decision<Meeting> end(EndMeeting c, Step<MeetingState> step) {
    return Decision.of(copy().withEndedAt(step.at()), new MeetingEnded());
  }

  /** MR-3.1: the invoice from the room and the services used, at the prices of the policy in force now. */
  Decision<Meeting> seeOffAndInvoice(SeeOffAndInvoice c, Step<MeetingState> step, MeetingPolicy policy) {
    ImmutableMeeting m = copy();
    Invoice invoice = invoiceOf(m, c.invoiceNumber(), policy);
    return Decision.of(done(m, Task.SEE_OFF_AND_INVOICE, Optional.of(c.invoiceNumber()), step).withInvoice(invoice),
        new GuestsSeenOffAndInvoiced(invoice));
  }

  Decision<Meeting> collectEquipment(CollectEquipment c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.COLLECT_EQUIPMENT, Optional.of(c.lockedIn()), step), new EquipmentCollected(c.lockedIn()));
  }

  Decision<Meeting> cleanVenue(CleanVenue c, Step<MeetingState> step) {
    return Decision.of(done(copy(), Task.CLEAN_VENUE, Optional.ofNullable(c.note()), step), new VenueCleaned(Optional.ofNullable(c.note())));
  }

  Decision<Meeting> close(CloseMeeting c, Step<MeetingState> step) {
    return Decision.of(copy(), new MeetingClosed());
  }

  /** Every task's window from the meeting's slot, start and end; statuses stay as they are. */
  private static Meeting planned(ImmutableMeeting m, MeetingPolicy policy, ZoneId zone) {
    Map<Task, Timeline.Window> plan = Timeline.plan(m.startsAt(), m.endsAt(), m.scheduledAt(), m.startedAt(), m.endedAt(), policy, zone);
    List<ScheduledTask> tasks = m.tasks().stream()
        .map(t -> t.within(plan.get(t.task()).availableFrom(), plan.get(t.task()).dueAt()))
        .toList();
    return m.withTasks(tasks);
  }

  /** Every meeting is an ImmutableMeeting; the generated type stays hidden behind this one (ValueStyle). */
  private ImmutableMeeting copy() {
    return (ImmutableMeeting) ImmutableMeeting.copyOf(this);
  }

  private static ImmutableMeeting done(ImmutableMeeting meeting, Task task, Optional<String> note, Step<MeetingState> step) {
    return with(meeting, task, t -> t.settled(TaskStatus.DONE, step.at(), note));
  }

  /** A written notice to each department told of the meeting; no personal data: the recipient looks it up. */
  private static List<Notice> toNotified(String code, Meeting about, Step<MeetingState> step, ZoneId zone) {
    String from = MeetingRejection.LOCAL.format(about.startsAt().atZone(zone).toLocalDateTime());
    String until = MeetingRejection.LOCAL.format(about.endsAt().atZone(zone).toLocalDateTime());
    return NOTIFIED.stream()
        .map(d -> Notice.to(d, code, step.clause(), about.id().value(), about.room().value(), from, until))
        .toList();
  }

  /**
   * MR-3.1: the room per hour or part of an hour booked, every service on the request form at its price, and the tea
   * servings recorded (MR-2.1); in that order, each line exact to the fen.
   */
  static Invoice invoiceOf(Meeting m, String number, MeetingPolicy policy) {
    List<InvoiceLine> lines = new ArrayList<>();
    long minutes = Duration.between(m.startsAt(), m.endsAt()).toMinutes();
    lines.add(InvoiceLine.of(ServiceItem.ROOM, (minutes + 59) / 60, policy.roomRate(m.room())));
    m.requestForm().ifPresent(form -> form.services().forEach(o -> lines.add(InvoiceLine.of(o.item(), o.quantity(), policy.price(o.item())))));
    int servings = m.teaServings().orElse(0);
    if (servings > 0) {
      lines.add(InvoiceLine.of(ServiceItem.TEA, servings, policy.price(ServiceItem.TEA)));
    }
    return Invoice.of(number, lines);
  }

  private static ImmutableMeeting with(ImmutableMeeting m, Task task, UnaryOperator<ScheduledTask> change) {
    return m.withTasks(m.tasks().stream().map(t -> t.task() == task ? change.apply(t) : t).toList());
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }
}
