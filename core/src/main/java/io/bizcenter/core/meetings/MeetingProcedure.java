package io.bizcenter.core.meetings;

import static io.bizcenter.core.meetings.MeetingAction.*;
import static io.bizcenter.core.meetings.MeetingState.*;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
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
import io.bizcenter.core.meetings.MeetingCommand.InSlot;
import io.bizcenter.core.meetings.MeetingCommand.LogIncident;
import io.bizcenter.core.meetings.MeetingCommand.RecordClientContact;
import io.bizcenter.core.meetings.MeetingCommand.RecordSoundAndLighting;
import io.bizcenter.core.meetings.MeetingCommand.RecordTeaService;
import io.bizcenter.core.meetings.MeetingCommand.RescheduleMeeting;
import io.bizcenter.core.meetings.MeetingCommand.SeeOffAndInvoice;
import io.bizcenter.core.meetings.MeetingCommand.SetUpVenue;
import io.bizcenter.core.meetings.MeetingCommand.StartMeeting;
import io.bizcenter.core.meetings.MeetingCommand.WaiveTask;
import io.bizcenter.core.procedure.Decides;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Step;
import io.bizcenter.core.procedure.Who;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Meeting reception (会议接待服务规程), declared once. The meeting's life is the state machine: booked, confirmed,
 * in session, ended, closed, or cancelled before it started. The departments' tasks run side by side on the
 * meeting's own timeline ({@link Timeline}); each task is a step that keeps the state, taken from the task's own seat
 * ({@link Task#seat()}) and guarded by "this task is still open", so the table says who does what and when.
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>Who coordinates: 服务部门 receives the client's request and keeps in contact until the meeting ends (MR-0.1);
 *       we read it as Service and Service &amp; Cleaning (which confirms, MR-1.1). They book, note contacts,
 *       reschedule, cancel, start, end and close a meeting. The client's contact (name, phone) is kept on the meeting
 *       from the booking on; a contact is noted until the meeting ends, not after.
 *   <li>The room's calendar: no two meetings that hold a room share a moment (a slot ending as another starts is
 *       fine). A cancelled meeting frees its slot; any other keeps it, even once over. A booking or reschedule that
 *       clashes is refused naming the other meeting ({@link MeetingRejection.RoomAlreadyBooked}), and a slot must
 *       still be to come ({@link MeetingRejection.StartsInThePast}). These two rules span cases: the guard that
 *       checks them reads the room's calendar while the room is held ({@code holds "room"}, {@code "room:<id>"}).
 *   <li>The other departments hear of the meeting from the written notice of the confirmation (MR-1.1), so until
 *       then only the confirmation is on an agenda; from then on every open task is, with its window.
 *   <li>Late booking (less than two days ahead): accepted, with the timeline compressed ({@link Timeline}); the
 *       confirmation's notice says the meeting was booked at short notice.
 *   <li>Reschedule (before the meeting starts): the timeline is planned again from the new slot and the time of the
 *       reschedule; preparations done or waived for the old slot are reopened (a venue set up for Tuesday is not set
 *       up for Friday); the confirmation and its form stand; departments already told (confirmed) get a notice.
 *   <li>Cancellation (before the meeting starts; a meeting in session is ended instead): every open task is
 *       withdrawn and leaves every agenda, the room is free, and departments already told get a notice. The source
 *       names no cancellation fee, so there is none.
 *   <li>Waivers: the meeting cannot start while a preparation is open (MR-1.2 to MR-1.5). A department manager of
 *       Service or Service &amp; Cleaning, the departments that coordinate (MR-0.1), may waive one with a reason: it
 *       goes on the audit trail and the department that owed the task is told. The confirmation (MR-1.1) cannot be
 *       waived: it is what tells the departments at all. Tasks during and after the meeting are not waived.
 *   <li>Guiding attendees (MR-1.2, 会务接待员做好引领工作) is a task of the reception staff of Service &amp;
 *       Cleaning, on the day of the meeting (当天), due at its start.
 *   <li>Security's roads and parking (MR-1.4, 会议前1小时) are due one hour before the start, not at it: visitors' cars
 *       arrive before the meeting, so the arrangements are in place by then ({@link Timeline}).
 *   <li>Engineering's check (MR-1.3) is done only when every device is confirmed working: lighting, audio-visual,
 *       microphones, projection; a device that fails is mended first.
 *   <li>During the meeting, Service records the tea served (MR-2.1, it goes on the invoice) and logs each incident;
 *       Engineering records the sound and lighting (MR-2.2). Either record may still come after the end, overdue.
 *   <li>The invoice (MR-3.1) is issued once the tea service is recorded: the room per hour or part of an hour booked
 *       (rate of the room, or the policy's room price), each service on the request form, the tea servings; exact
 *       CNY at the prices in force when issued.
 *   <li>Service closes the meeting's case once every task is done.
 *   <li>Separation of duties: no step checks another member of staff's step. The confirmation is made with the client
 *       (MR-1.1), and cleaning the venue and inspecting the cleaning are one task of Service in the source (MR-1.5).
 * </ul>
 */
public final class MeetingProcedure {
  /** The procedure's name in ids, logs, the audit trail and the agenda. */
  public static final String NAME = "meetings";

  /** Who takes the client's request and coordinates the departments until the meeting ends (MR-0.1). */
  static final Who COORDINATORS = Who.anyOf(Seat.in(Department.SERVICE), Seat.in(Department.SERVICE_AND_CLEANING));
  /** Who may let a meeting start without a preparation: the coordinating departments' managers. */
  static final Who WAIVERS = Who.anyOf(
      Seat.of(Department.SERVICE, Role.DEPARTMENT_MANAGER), Seat.of(Department.SERVICE_AND_CLEANING, Role.DEPARTMENT_MANAGER));

  private MeetingProcedure() {}

  /**
   * The declaration as a center runs it: the room's calendar read from {@code meetings}, each decision under the center's
   * policy and zone.
   */
  static ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> declare(Meetings meetings,
      Function<CenterId, MeetingPolicy> policies, Function<CenterId, ZoneId> zones) {
    Replanning replanned = new Replanning(policies, zones);
    Guard<Meeting, InSlot> roomFree = roomFree(meetings, zones);
    return ProcedureDefinition.<MeetingState, MeetingAction, Meeting, MeetingCommand>declare(NAME, MeetingState.class, MeetingAction.class)
        // the booking; Service keeps in contact and coordinates until the meeting ends (MR-0.1)
        .opens(BOOK_ROOM, BookMeetingRoom.class, BOOKED, COORDINATORS, "MR-0.1",
            (booking, step) -> Meeting.book(booking, step, policies.apply(step.center()), zones.apply(step.center())), roomFree)
        .step(BOOKED, CONFIRM, ConfirmMeeting.class, CONFIRMED, by(Task.CONFIRM_AND_REQUEST_FORM), "MR-1.1",
            replanned.after((m, c, step, policy, zone) -> m.confirm(c, step, zone)))
        .step(BOOKED, RECORD_CLIENT_CONTACT, RecordClientContact.class, BOOKED, COORDINATORS, "MR-0.1", replanned.after(Meeting::recordClientContact))
        .step(BOOKED, RESCHEDULE, RescheduleMeeting.class, BOOKED, COORDINATORS, "MR-0.1", replanned.after(Meeting::reschedule), roomFree)
        .step(BOOKED, CANCEL, CancelMeeting.class, CANCELLED, COORDINATORS, "MR-0.1",
            replanned.after((m, c, step, policy, zone) -> m.cancel(c, step, zone)))
        // before: the preparations, each once, from its own department (MR-1.2 to MR-1.5)
        .step(CONFIRMED, SET_UP_VENUE, SetUpVenue.class, CONFIRMED, by(Task.SET_UP_VENUE), "MR-1.2", replanned.after(Meeting::setUpVenue),
            open(Task.SET_UP_VENUE))
        .step(CONFIRMED, GUIDE_ATTENDEES, GuideAttendees.class, CONFIRMED, by(Task.GUIDE_ATTENDEES), "MR-1.2", replanned.after(Meeting::guideAttendees),
            open(Task.GUIDE_ATTENDEES))
        .step(CONFIRMED, CHECK_DEVICES, CheckDevices.class, CONFIRMED, by(Task.CHECK_DEVICES), "MR-1.3", replanned.after(Meeting::checkDevices),
            open(Task.CHECK_DEVICES), everyDeviceWorks())
        .step(CONFIRMED, CLEAR_ROADS_AND_PARKING, ClearRoadsAndParking.class, CONFIRMED, by(Task.CLEAR_ROADS_AND_PARKING), "MR-1.4",
            replanned.after(Meeting::clearRoadsAndParking), open(Task.CLEAR_ROADS_AND_PARKING))
        .step(CONFIRMED, CLEAN_AND_INSPECT_VENUE, CleanAndInspectVenue.class, CONFIRMED, by(Task.CLEAN_AND_INSPECT_VENUE), "MR-1.5",
            replanned.after(Meeting::cleanAndInspectVenue), open(Task.CLEAN_AND_INSPECT_VENUE))
        .step(CONFIRMED, WAIVE_TASK, WaiveTask.class, CONFIRMED, WAIVERS, "MR-0.1", replanned.after(Meeting::waiveTask), onlyAPreparation(),
            theWaivedTaskIsOpen())
        .step(CONFIRMED, RECORD_CLIENT_CONTACT, RecordClientContact.class, CONFIRMED, COORDINATORS, "MR-0.1", replanned.after(Meeting::recordClientContact))
        .step(CONFIRMED, RESCHEDULE, RescheduleMeeting.class, CONFIRMED, COORDINATORS, "MR-0.1", replanned.after(Meeting::reschedule), roomFree)
        .step(CONFIRMED, CANCEL, CancelMeeting.class, CANCELLED, COORDINATORS, "MR-0.1",
            replanned.after((m, c, step, policy, zone) -> m.cancel(c, step, zone)))
        .step(CONFIRMED, START, StartMeeting.class, IN_SESSION, COORDINATORS, "MR-2.1", replanned.after(Meeting::start), preparationComplete())
        // during: tea and incidents (MR-2.1), sound and lighting (MR-2.2)
        .step(IN_SESSION, RECORD_TEA_SERVICE, RecordTeaService.class, IN_SESSION, by(Task.TEA_SERVICE), "MR-2.1", replanned.after(Meeting::recordTeaService),
            open(Task.TEA_SERVICE))
        .step(IN_SESSION, LOG_INCIDENT, LogIncident.class, IN_SESSION, by(Task.TEA_SERVICE), "MR-2.1", replanned.after(Meeting::logIncident))
        .step(IN_SESSION, RECORD_SOUND_AND_LIGHTING, RecordSoundAndLighting.class, IN_SESSION, by(Task.SOUND_AND_LIGHTING), "MR-2.2",
            replanned.after(Meeting::recordSoundAndLighting), open(Task.SOUND_AND_LIGHTING))
        .step(IN_SESSION, RECORD_CLIENT_CONTACT, RecordClientContact.class, IN_SESSION, COORDINATORS, "MR-0.1", replanned.after(Meeting::recordClientContact))
        .step(IN_SESSION, END, EndMeeting.class, ENDED, COORDINATORS, "MR-0.1", replanned.after(Meeting::end))
        // after: see-off and invoice (MR-3.1), equipment (MR-3.2), cleaning (MR-3.3); late records of the meeting
        .step(ENDED, RECORD_TEA_SERVICE, RecordTeaService.class, ENDED, by(Task.TEA_SERVICE), "MR-2.1", replanned.after(Meeting::recordTeaService),
            open(Task.TEA_SERVICE))
        .step(ENDED, RECORD_SOUND_AND_LIGHTING, RecordSoundAndLighting.class, ENDED, by(Task.SOUND_AND_LIGHTING), "MR-2.2",
            replanned.after(Meeting::recordSoundAndLighting), open(Task.SOUND_AND_LIGHTING))
        .step(ENDED, SEE_OFF_AND_INVOICE, SeeOffAndInvoice.class, ENDED, by(Task.SEE_OFF_AND_INVOICE), "MR-3.1",
            replanned.after((m, c, step, policy, zone) -> m.seeOffAndInvoice(c, step, policy)), open(Task.SEE_OFF_AND_INVOICE), teaServiceRecorded())
        .step(ENDED, COLLECT_EQUIPMENT, CollectEquipment.class, ENDED, by(Task.COLLECT_EQUIPMENT), "MR-3.2", replanned.after(Meeting::collectEquipment),
            open(Task.COLLECT_EQUIPMENT))
        .step(ENDED, CLEAN_VENUE, CleanVenue.class, ENDED, by(Task.CLEAN_VENUE), "MR-3.3", replanned.after(Meeting::cleanVenue), open(Task.CLEAN_VENUE))
        .step(ENDED, CLOSE, CloseMeeting.class, CLOSED, COORDINATORS, "MR-0.1", replanned.after(Meeting::close), everyTaskDone())
        // the room's calendar spans meetings: a booking or a move holds the room alone while it looks for a clash (MR-0.1)
        .holds("room", "MR-0.1", InSlot.class, slot -> List.of(roomResource(slot)))
        .finals(CLOSED, CANCELLED)
        .stateClause(BOOKED, "MR-0.1")
        .stateClause(CONFIRMED, "MR-1.1")
        .stateClause(IN_SESSION, "MR-2.1")
        .stateClause(ENDED, "MR-0.1")
        .stateClause(CLOSED, "MR-0.1")
        .stateClause(CANCELLED, "MR-0.1")
        .build();
  }

  /** The seat that owes the task takes the step that does it: one source for the table and the agenda. */
  static Who by(Task task) {
    return Who.anyOf(task.seat());
  }

  /** What a booking or a move holds while it is decided: the room's calendar. */
  static String roomResource(InSlot slot) {
    return "room:" + slot.room().value();
  }

  /** Each task is done once: a second time is refused under the task's clause. */
  static Guard<Meeting, MeetingCommand> open(Task task) {
    return Guard.of(task + " is open", task.clause().id(), (meeting, command, rule) -> stillOpen(meeting, task));
  }

  private static Option<Rejection.RuleBroken> stillOpen(Meeting meeting, Task task) {
    TaskStatus status = meeting.status(task);
    return status == TaskStatus.OPEN ? Option.none() : Option.some(new MeetingRejection.TaskNotOpen(task, status));
  }

  /**
   * MR-0.1: a slot still to come, in which no other meeting holds the room (the meeting itself aside, when moved). It spans
   * meetings, so it is judged while the room is held ({@code holds "room"}), at the step: "still to come" is after the
   * step's own time.
   */
  private static Guard<Meeting, InSlot> roomFree(Meetings meetings, Function<CenterId, ZoneId> zones) {
    return Guard.atStep("the room is free for the slot", (meeting, slot, step, rule) -> {
      ZoneId zone = zones.apply(slot.center());
      if (!slot.startsAt().isAfter(step.at())) {
        return Option.some(new MeetingRejection.StartsInThePast(slot.startsAt().atZone(zone).toLocalDateTime(), rule));
      }
      Optional<MeetingId> self = Optional.ofNullable(meeting).map(Meeting::id);
      Optional<Meeting> clash = meetings.overlapping(slot.center(), slot.room(), slot.startsAt(), slot.endsAt()).stream()
          .filter(other -> self.map(id -> !id.equals(other.id())).orElse(true))
          .findFirst();
      return Option.ofOptional(clash.map(other -> new MeetingRejection.RoomAlreadyBooked(other.room(), other.id(),
          other.startsAt().atZone(zone).toLocalDateTime(), other.endsAt().atZone(zone).toLocalDateTime(), rule)));
    });
  }

  private static Guard<Meeting, CheckDevices> everyDeviceWorks() {
    return Guard.of("every device confirmed working", (meeting, check, rule) -> {
      List<Device> missing = List.copyOf(check.notConfirmed());
      return missing.isEmpty() ? Option.none() : Option.some(new MeetingRejection.DevicesNotConfirmed(missing, rule));
    });
  }

  private static Guard<Meeting, WaiveTask> onlyAPreparation() {
    return Guard.of("only a preparation other than the confirmation is waived", (meeting, waive, rule) ->
        waive.task().waivable() ? Option.none() : Option.some(new MeetingRejection.TaskNotWaivable(waive.task())));
  }

  private static Guard<Meeting, WaiveTask> theWaivedTaskIsOpen() {
    return Guard.of("the waived task is open", (meeting, waive, rule) -> stillOpen(meeting, waive.task()));
  }

  private static Guard<Meeting, MeetingCommand> preparationComplete() {
    return Guard.of("every preparation done or waived", "MR-1.2", (meeting, command, rule) -> {
      List<Task> open = meeting.openTasks(Task.Phase.BEFORE);
      return open.isEmpty() ? Option.none() : Option.<Rejection.RuleBroken>some(new MeetingRejection.PreparationIncomplete(open));
    });
  }

  private static Guard<Meeting, MeetingCommand> teaServiceRecorded() {
    return Guard.of("the tea served is recorded", (meeting, command, rule) ->
        meeting.status(Task.TEA_SERVICE) == TaskStatus.DONE ? Option.none() : Option.some(new MeetingRejection.TeaServiceNotRecorded(rule)));
  }

  private static Guard<Meeting, MeetingCommand> everyTaskDone() {
    return Guard.of("every task done", (meeting, command, rule) -> {
      List<Task> open = meeting.openTasks();
      return open.isEmpty() ? Option.none() : Option.<Rejection.RuleBroken>some(new MeetingRejection.TasksStillOpen(open));
    });
  }

  /**
   * Every step on a meeting decides, then plans the meeting's timeline again where the step moved what the plan reads
   * ({@link Meeting#replanned}), under the center's policy and zone, each looked up once per step.
   */
  private static final class Replanning {
    private final Function<CenterId, MeetingPolicy> policies;
    private final Function<CenterId, ZoneId> zones;

    Replanning(Function<CenterId, MeetingPolicy> policies, Function<CenterId, ZoneId> zones) {
      this.policies = policies;
      this.zones = zones;
    }

    /** A decision that needs neither the policy nor the zone. */
    <K> Decides<MeetingState, Meeting, K> after(Decides<MeetingState, Meeting, K> decision) {
      return after((Local<K>) (meeting, command, step, policy, zone) -> decision.decide(meeting, command, step));
    }

    /** A decision under the center's policy (offsets, prices) and zone (local days, the notices' local times). */
    <K> Decides<MeetingState, Meeting, K> after(Local<K> decision) {
      return (meeting, command, step) -> {
        MeetingPolicy policy = policies.apply(step.center());
        ZoneId zone = zones.apply(step.center());
        return meeting.replanned(decision.decide(meeting, command, step, policy, zone), step, policy, zone);
      };
    }
  }

  /** A step's decision that reads the center's meeting policy and zone. */
  @FunctionalInterface
  private interface Local<K> {
    Decision<Meeting> decide(Meeting meeting, K command, Step<MeetingState> step, MeetingPolicy policy, ZoneId zone);
  }
}
