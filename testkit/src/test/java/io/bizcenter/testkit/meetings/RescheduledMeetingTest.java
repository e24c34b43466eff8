package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.meetings.MeetingFixture.OTHER_ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static io.bizcenter.testkit.meetings.MeetingFixture.toldWhat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.meetings.TaskStatus;
import io.bizcenter.core.port.OutboxNotice;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A rescheduled meeting: the timeline is planned again and the departments told (MR-0.1, MR-1.1 to MR-1.5)")
class RescheduledMeetingTest {
  private final MeetingFixture fixture = new MeetingFixture();

  @Test
  @DisplayName("MR-0.1 MR-1.2 MR-1.3 MR-1.5: moved after the preparations, they are reopened on the new day, the form stands, the departments are told")
  void movedAfterThePreparations() {
    // given a confirmed meeting on Tuesday 10 March, already set up and checked on the 9th
    MeetingId id = fixture.confirmed().id();
    fixture.deliver();
    fixture.clock.set(local("2026-03-09T10:00"));
    fixture.accepted(fixture.setUp(id), fixture.cleaningClerk);
    fixture.accepted(fixture.check(id), fixture.engineer);

    // when the client moves it to Friday 13 March, 14:00, in room 502
    fixture.clock.set(local("2026-03-09T15:00"));
    Meeting moved = fixture.accepted(fixture.reschedule(id, OTHER_ROOM, local("2026-03-13T14:00"), local("2026-03-13T16:00")),
        fixture.serviceClerk);

    // then the state and the confirmation stand, what was prepared for Tuesday is to be done again for Friday
    assertEquals(MeetingState.CONFIRMED, moved.state());
    assertEquals(OTHER_ROOM, moved.room());
    assertEquals(TaskStatus.DONE, moved.status(Task.CONFIRM_AND_REQUEST_FORM));
    assertEquals(TaskStatus.OPEN, moved.status(Task.SET_UP_VENUE));
    assertEquals(TaskStatus.OPEN, moved.status(Task.CHECK_DEVICES));
    assertEquals(List.of(new MeetingEvent.MeetingRescheduled(OTHER_ROOM, local("2026-03-13T14:00"), local("2026-03-13T16:00"), "客户要求改期",
        false, List.of(Task.SET_UP_VENUE, Task.CHECK_DEVICES))), fixture.trail(id).get(fixture.trail(id).size() - 1).events());
    // the windows follow the new day: the check on Thursday the 12th, parking in place by 13:00 on the 13th
    AgendaItem check = fixture.itemOf(fixture.engineer, id, Task.CHECK_DEVICES);
    assertEquals(local("2026-03-12T00:00"), check.availableFrom());
    assertEquals(local("2026-03-13T00:00"), check.dueAt());
    assertEquals(local("2026-03-13T13:00"), fixture.itemOf(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING).dueAt());
    assertEquals(local("2026-03-13T16:00"), fixture.itemOf(fixture.engineer, id, Task.COLLECT_EQUIPMENT).availableFrom());
    // the departments already told of Tuesday are told of Friday
    List<OutboxNotice> told = fixture.deliver();
    assertEquals(List.of("SERVICE MR_MEETING_RESCHEDULED", "ENGINEERING MR_MEETING_RESCHEDULED", "SECURITY MR_MEETING_RESCHEDULED"),
        toldWhat(told));
    assertEquals(List.of(id.value(), "502", "2026-03-13 14:00", "2026-03-13 16:00"), told.get(0).notice().arguments());
  }

  @Test
  @DisplayName("MR-0.1 MR-1.1: moved before the confirmation, nobody else was told, so nobody is told; the confirmation is due from the new date")
  void movedBeforeTheConfirmation() {
    MeetingId id = fixture.booked().id();

    Meeting moved = fixture.accepted(fixture.reschedule(id, ROOM, local("2026-03-20T09:00"), local("2026-03-20T10:00")), fixture.serviceClerk);

    assertEquals(MeetingState.BOOKED, moved.state());
    assertEquals(List.of(), fixture.deliver());
    assertEquals(local("2026-03-19T00:00"), fixture.itemOf(fixture.cleaningClerk, id, Task.CONFIRM_AND_REQUEST_FORM).dueAt());
  }

  @Test
  @DisplayName("MR-0.1 MR-1.1: moved to tomorrow morning, the reschedule is a late booking: the timeline is compressed from the time of the move")
  void movedToTomorrow() {
    MeetingId id = fixture.booked().id();
    fixture.clock.set(local("2026-03-05T21:00"));

    Meeting moved = fixture.accepted(fixture.reschedule(id, ROOM, local("2026-03-06T09:00"), local("2026-03-06T10:00")), fixture.serviceClerk);

    assertTrue(moved.lateBooking());
    assertEquals(local("2026-03-05T23:00"), moved.task(Task.CONFIRM_AND_REQUEST_FORM).dueAt());
  }

  @Test
  @DisplayName("MR-0.1: a move into another meeting's slot is refused naming it; a move overlapping only its own old slot is fine")
  void movesAndTheCalendar() {
    MeetingId first = fixture.booked().id();
    Meeting second = fixture.accepted(fixture.booking(ROOM, local("2026-03-10T14:00"), local("2026-03-10T16:00")), fixture.serviceClerk);

    Rejection clash = fixture.rejected(fixture.reschedule(first, ROOM, local("2026-03-10T13:00"), local("2026-03-10T15:00")), fixture.serviceClerk);

    assertEquals(new MeetingRejection.RoomAlreadyBooked(ROOM, second.id(), LocalDateTime.parse("2026-03-10T14:00"),
        LocalDateTime.parse("2026-03-10T16:00"), Clause.of("MR-0.1")), clash);
    assertRejection(clash, MeetingRejection.RoomAlreadyBooked.class, "MR_ROOM_ALREADY_BOOKED", "MR-0.1", "501", second.id().value(),
        "2026-03-10 14:00", "2026-03-10 16:00");
    Meeting later = fixture.accepted(fixture.reschedule(first, ROOM, local("2026-03-10T10:00"), local("2026-03-10T12:00")), fixture.serviceClerk);
    assertEquals(local("2026-03-10T10:00"), later.startsAt());
    // the old slot is free for someone else
    fixture.accepted(fixture.booking(ROOM, local("2026-03-10T09:00"), local("2026-03-10T10:00")), fixture.serviceClerk);
  }

  @Test
  @DisplayName("MR-0.1: a moved meeting frees its old room for others")
  void aMoveFreesTheOldRoom() {
    MeetingId id = fixture.booked().id();
    fixture.accepted(fixture.reschedule(id, OTHER_ROOM, local("2026-03-10T09:00"), local("2026-03-10T11:30")), fixture.serviceClerk);

    Meeting other = fixture.accepted(fixture.booking(), fixture.serviceClerk);

    assertEquals(List.of(other), fixture.desk().bookings(fixture.serviceClerk, TOWER, ROOM, local("2026-03-10T00:00"), local("2026-03-11T00:00")));
    assertEquals(Optional.of(id), fixture.desk().bookings(fixture.serviceClerk, TOWER, OTHER_ROOM, local("2026-03-10T00:00"),
        local("2026-03-11T00:00")).stream().map(Meeting::id).findFirst());
  }

  @Test
  @DisplayName("MR-0.1 MR-2.1: a meeting in session is not moved")
  void notOnceStarted() {
    MeetingId id = fixture.confirmed().id();
    fixture.prepared(id);
    fixture.clock.set(local("2026-03-10T09:00"));
    fixture.accepted(fixture.start(id), fixture.serviceClerk);

    assertRejection(fixture.rejected(fixture.reschedule(id, ROOM, local("2026-03-11T09:00"), local("2026-03-11T10:00")), fixture.serviceClerk),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "MR-2.1", MeetingState.IN_SESSION, MeetingAction.RESCHEDULE);
  }
}
