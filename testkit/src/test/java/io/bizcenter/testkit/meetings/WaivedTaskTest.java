package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static io.bizcenter.testkit.meetings.MeetingFixture.toldWhat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.meetings.TaskStatus;
import io.bizcenter.core.port.AuditEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A preparation waived by a manager: the meeting may start without it, the reason on the audit trail (MR-1.1 to MR-1.5, GS-6)")
class WaivedTaskTest {
  private final MeetingFixture fixture = new MeetingFixture();

  /** Confirmed and prepared by everyone but Security (MR-1.4). */
  private MeetingId preparedButParking() {
    MeetingId id = fixture.confirmed().id();
    fixture.deliver();
    fixture.accepted(fixture.setUp(id), fixture.cleaningClerk);
    fixture.accepted(fixture.check(id), fixture.engineer);
    fixture.accepted(fixture.cleanBefore(id), fixture.serviceClerk);
    fixture.accepted(fixture.guide(id), fixture.receptionist);
    return id;
  }

  @Test
  @DisplayName("MR-1.4 MR-2.1: with roads and parking open, the meeting cannot start, and the refusal names the task under its clause")
  void noStartWhileAPreparationIsOpen() {
    MeetingId id = preparedButParking();
    fixture.clock.set(local("2026-03-10T09:00"));

    Rejection rejection = fixture.rejected(fixture.start(id), fixture.serviceClerk);

    assertRejection(rejection, MeetingRejection.PreparationIncomplete.class, "MR_PREPARATION_INCOMPLETE", "MR-1.4", 1);
    assertEquals(List.of(Task.CLEAR_ROADS_AND_PARKING), ((MeetingRejection.PreparationIncomplete) rejection).open());
    assertTrue(rejection.message(Messages.ZH_CN).contains("确保大厦道路畅通"), rejection.message(Messages.ZH_CN));
  }

  @Test
  @DisplayName("MR-1.4 MR-2.1 GS-6: Service's manager waives roads and parking with a reason; Security is told, it leaves its agenda, the meeting starts")
  void aManagerWaivesAndTheMeetingStarts() {
    MeetingId id = preparedButParking();
    fixture.clock.set(local("2026-03-10T08:30"));

    Meeting waived = fixture.accepted(fixture.waive(id, Task.CLEAR_ROADS_AND_PARKING), fixture.serviceManager);

    assertEquals(TaskStatus.WAIVED, waived.status(Task.CLEAR_ROADS_AND_PARKING));
    assertEquals(Optional.of("车库施工，访客改停邻楼"), waived.task(Task.CLEAR_ROADS_AND_PARKING).note());
    assertEquals(Optional.of(local("2026-03-10T08:30")), waived.task(Task.CLEAR_ROADS_AND_PARKING).settledAt());
    assertEquals(List.of(), fixture.agendaOf(fixture.guard, id), "off Security's agenda");
    assertEquals(List.of("SECURITY MR_WAIVED_CLEAR_ROADS_AND_PARKING"), toldWhat(fixture.deliver()));
    // GS-6: who waived, when, why, under which task
    List<AuditEntry> trail = fixture.trail(id);
    AuditEntry entry = trail.get(trail.size() - 1);
    assertEquals(MeetingAction.WAIVE_TASK.name(), entry.action());
    assertEquals(fixture.serviceManager.staff(), entry.staff());
    assertEquals(Role.DEPARTMENT_MANAGER, entry.role());
    assertEquals(Department.SERVICE, entry.department());
    assertEquals(local("2026-03-10T08:30"), entry.at());
    assertEquals(List.of(new MeetingEvent.TaskWaived(Task.CLEAR_ROADS_AND_PARKING, "车库施工，访客改停邻楼")), entry.events());

    fixture.clock.set(local("2026-03-10T09:00"));
    Meeting started = fixture.accepted(fixture.start(id), fixture.serviceClerk);
    assertEquals(MeetingState.IN_SESSION, started.state());
    assertEquals(List.of(new MeetingEvent.MeetingStarted(List.of(Task.CLEAR_ROADS_AND_PARKING))),
        fixture.trail(id).get(fixture.trail(id).size() - 1).events());
  }

  @Test
  @DisplayName("MR-1.2 MR-0.1: Service & Cleaning's manager may waive too; staff, and managers of other departments, may not")
  void whoMayWaive() {
    MeetingId id = fixture.confirmed().id();

    for (var notAllowed : List.of(fixture.serviceClerk, fixture.cleaningClerk, fixture.engineeringManager, fixture.guard)) {
      assertRejection(fixture.rejected(fixture.waive(id, Task.SET_UP_VENUE), notAllowed), Rejection.ActorNotPermitted.class,
          "ACTOR_NOT_PERMITTED", "MR-0.1", MeetingAction.WAIVE_TASK, notAllowed.role(), notAllowed.department());
    }
    fixture.accepted(fixture.waive(id, Task.SET_UP_VENUE), fixture.cleaningManager);
    assertEquals(List.of("SERVICE_AND_CLEANING MR_WAIVED_SET_UP_VENUE"), toldWhat(fixture.deliver()).subList(3, 4));
  }

  @Test
  @DisplayName("MR-1.1 MR-2.1 MR-1.3: the confirmation and the tasks during the meeting are not waived; a task done is not waived either")
  void whatMayNotBeWaived() {
    MeetingId id = fixture.confirmed().id();
    fixture.accepted(fixture.check(id), fixture.engineer);

    assertRejection(fixture.rejected(fixture.waive(id, Task.CONFIRM_AND_REQUEST_FORM), fixture.serviceManager),
        MeetingRejection.TaskNotWaivable.class, "MR_TASK_NOT_WAIVABLE", "MR-1.1", Task.CONFIRM_AND_REQUEST_FORM);
    assertRejection(fixture.rejected(fixture.waive(id, Task.TEA_SERVICE), fixture.serviceManager),
        MeetingRejection.TaskNotWaivable.class, "MR_TASK_NOT_WAIVABLE", "MR-2.1", Task.TEA_SERVICE);
    assertRejection(fixture.rejected(fixture.waive(id, Task.CHECK_DEVICES), fixture.serviceManager),
        MeetingRejection.TaskNotOpen.class, "MR_TASK_NOT_OPEN", "MR-1.3", Task.CHECK_DEVICES, TaskStatus.DONE);
  }

  @Test
  @DisplayName("MR-0.1 MR-1.1: nothing is waived before the confirmation, nor once the meeting has started")
  void onlyWhilePreparing() {
    MeetingId booked = fixture.booked().id();
    assertRejection(fixture.rejected(fixture.waive(booked, Task.SET_UP_VENUE), fixture.serviceManager), Rejection.ActionNotAllowed.class,
        "ACTION_NOT_ALLOWED", "MR-0.1", MeetingState.BOOKED, MeetingAction.WAIVE_TASK);
  }

  @Test
  @DisplayName("MR-1.2 MR-1.4: a waived task is reopened when the meeting moves: the waiver was for the old day")
  void aWaiverDoesNotSurviveAMove() {
    MeetingId id = preparedButParking();
    fixture.accepted(fixture.waive(id, Task.CLEAR_ROADS_AND_PARKING), fixture.serviceManager);

    Meeting moved = fixture.accepted(fixture.reschedule(id, MeetingFixture.ROOM, local("2026-03-17T09:00"), local("2026-03-17T10:00")),
        fixture.serviceClerk);

    assertEquals(TaskStatus.OPEN, moved.status(Task.CLEAR_ROADS_AND_PARKING));
    assertEquals(Task.values().length - 1, moved.openTasks().size(), "all but the confirmation");
  }
}
