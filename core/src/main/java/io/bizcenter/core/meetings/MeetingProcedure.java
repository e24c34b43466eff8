package io.bizcenter.core.meetings;

import static io.bizcenter.core.meetings.MeetingAction.*;
import static io.bizcenter.core.meetings.MeetingState.*;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.vavr.control.Option;
import java.util.List;

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
 *       still be to come ({@link MeetingRejection.StartsInThePast}). These two rules span cases, so they are
 *       checked by {@link MeetingRules} while the room is held ({@code exclusiveTo "room:<id>"}), not by a guard.
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

  public static final ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> DEFINITION =
      ProcedureDefinition.<MeetingState, MeetingAction, Meeting, MeetingCommand>declare(NAME, MeetingState.class, MeetingAction.class)
          // the booking; Service keeps in contact and coordinates until the meeting ends (MR-0.1)
          .opens(BOOK_ROOM, BOOKED, COORDINATORS, "MR-0.1")
          .step(BOOKED, CONFIRM, CONFIRMED, by(Task.CONFIRM_AND_REQUEST_FORM), "MR-1.1")
          .step(BOOKED, RECORD_CLIENT_CONTACT, BOOKED, COORDINATORS, "MR-0.1")
          .step(BOOKED, RESCHEDULE, BOOKED, COORDINATORS, "MR-0.1")
          .step(BOOKED, CANCEL, CANCELLED, COORDINATORS, "MR-0.1")
          // before: the preparations, each once, from its own department (MR-1.2 to MR-1.5)
          .step(CONFIRMED, SET_UP_VENUE, CONFIRMED, by(Task.SET_UP_VENUE), "MR-1.2", open(Task.SET_UP_VENUE))
          .step(CONFIRMED, GUIDE_ATTENDEES, CONFIRMED, by(Task.GUIDE_ATTENDEES), "MR-1.2", open(Task.GUIDE_ATTENDEES))
          .step(CONFIRMED, CHECK_DEVICES, CONFIRMED, by(Task.CHECK_DEVICES), "MR-1.3", open(Task.CHECK_DEVICES), everyDeviceWorks())
          .step(CONFIRMED, CLEAR_ROADS_AND_PARKING, CONFIRMED, by(Task.CLEAR_ROADS_AND_PARKING), "MR-1.4", open(Task.CLEAR_ROADS_AND_PARKING))
          .step(CONFIRMED, CLEAN_AND_INSPECT_VENUE, CONFIRMED, by(Task.CLEAN_AND_INSPECT_VENUE), "MR-1.5", open(Task.CLEAN_AND_INSPECT_VENUE))
          .step(CONFIRMED, WAIVE_TASK, CONFIRMED, WAIVERS, "MR-0.1", onlyAPreparation(), theWaivedTaskIsOpen())
          .step(CONFIRMED, RECORD_CLIENT_CONTACT, CONFIRMED, COORDINATORS, "MR-0.1")
          .step(CONFIRMED, RESCHEDULE, CONFIRMED, COORDINATORS, "MR-0.1")
          .step(CONFIRMED, CANCEL, CANCELLED, COORDINATORS, "MR-0.1")
          .step(CONFIRMED, START, IN_SESSION, COORDINATORS, "MR-2.1", preparationComplete())
          // during: tea and incidents (MR-2.1), sound and lighting (MR-2.2)
          .step(IN_SESSION, RECORD_TEA_SERVICE, IN_SESSION, by(Task.TEA_SERVICE), "MR-2.1", open(Task.TEA_SERVICE))
          .step(IN_SESSION, LOG_INCIDENT, IN_SESSION, by(Task.TEA_SERVICE), "MR-2.1")
          .step(IN_SESSION, RECORD_SOUND_AND_LIGHTING, IN_SESSION, by(Task.SOUND_AND_LIGHTING), "MR-2.2", open(Task.SOUND_AND_LIGHTING))
          .step(IN_SESSION, RECORD_CLIENT_CONTACT, IN_SESSION, COORDINATORS, "MR-0.1")
          .step(IN_SESSION, END, ENDED, COORDINATORS, "MR-0.1")
          // after: see-off and invoice (MR-3.1), equipment (MR-3.2), cleaning (MR-3.3); late records of the meeting
          .step(ENDED, RECORD_TEA_SERVICE, ENDED, by(Task.TEA_SERVICE), "MR-2.1", open(Task.TEA_SERVICE))
          .step(ENDED, RECORD_SOUND_AND_LIGHTING, ENDED, by(Task.SOUND_AND_LIGHTING), "MR-2.2", open(Task.SOUND_AND_LIGHTING))
          .step(ENDED, SEE_OFF_AND_INVOICE, ENDED, by(Task.SEE_OFF_AND_INVOICE), "MR-3.1", open(Task.SEE_OFF_AND_INVOICE), teaServiceRecorded())
          .step(ENDED, COLLECT_EQUIPMENT, ENDED, by(Task.COLLECT_EQUIPMENT), "MR-3.2", open(Task.COLLECT_EQUIPMENT))
          .step(ENDED, CLEAN_VENUE, ENDED, by(Task.CLEAN_VENUE), "MR-3.3", open(Task.CLEAN_VENUE))
          .step(ENDED, CLOSE, CLOSED, COORDINATORS, "MR-0.1", everyTaskDone())
          .finals(CLOSED, CANCELLED)
          .stateClause(BOOKED, "MR-0.1")
          .stateClause(CONFIRMED, "MR-1.1")
          .stateClause(IN_SESSION, "MR-2.1")
          .stateClause(ENDED, "MR-0.1")
          .stateClause(CLOSED, "MR-0.1")
          .stateClause(CANCELLED, "MR-0.1")
          .build();

  private MeetingProcedure() {}

  /** The seat that owes the task takes the step that does it: one source for the table and the agenda. */
  static Who by(Task task) {
    return Who.anyOf(task.seat());
  }

  /** Each task is done once: a second time is refused under the task's clause. */
  static Guard<Meeting, MeetingCommand> open(Task task) {
    return Guard.of(task + " is open", task.clause().id(), (meeting, command) -> {
      TaskStatus status = meeting.status(task);
      return status == TaskStatus.OPEN ? Option.none() : Option.some(new MeetingRejection.TaskNotOpen(task, status));
    });
  }

  private static Guard<Meeting, MeetingCommand> everyDeviceWorks() {
    return Guard.of("every device confirmed working", "MR-1.3", (meeting, command) -> {
      List<Device> missing = List.copyOf(((MeetingCommand.CheckDevices) command).notConfirmed());
      return missing.isEmpty() ? Option.none() : Option.some(new MeetingRejection.DevicesNotConfirmed(missing));
    });
  }

  private static Guard<Meeting, MeetingCommand> onlyAPreparation() {
    return Guard.of("only a preparation other than the confirmation is waived", "MR-0.1", (meeting, command) -> {
      Task task = ((MeetingCommand.WaiveTask) command).task();
      return task.waivable() ? Option.none() : Option.some(new MeetingRejection.TaskNotWaivable(task));
    });
  }

  private static Guard<Meeting, MeetingCommand> theWaivedTaskIsOpen() {
    return Guard.withActor("the waived task is open", "MR-0.1", (meeting, command, actor) -> {
      Task task = ((MeetingCommand.WaiveTask) command).task();
      return open(task).check(meeting, command, actor);
    });
  }

  private static Guard<Meeting, MeetingCommand> preparationComplete() {
    return Guard.of("every preparation done or waived", "MR-1.2", (meeting, command) -> {
      List<Task> open = meeting.openTasks(Task.Phase.BEFORE);
      return open.isEmpty() ? Option.none() : Option.<Rejection.RuleBroken>some(new MeetingRejection.PreparationIncomplete(open));
    });
  }

  private static Guard<Meeting, MeetingCommand> teaServiceRecorded() {
    return Guard.of("the tea served is recorded", "MR-3.1", (meeting, command) ->
        meeting.status(Task.TEA_SERVICE) == TaskStatus.DONE ? Option.none() : Option.some(new MeetingRejection.TeaServiceNotRecorded()));
  }

  private static Guard<Meeting, MeetingCommand> everyTaskDone() {
    return Guard.of("every task done", "MR-0.1", (meeting, command) -> {
      List<Task> open = meeting.openTasks();
      return open.isEmpty() ? Option.none() : Option.<Rejection.RuleBroken>some(new MeetingRejection.TasksStillOpen(open));
    });
  }
}
