package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.meetings.MeetingFixture.ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static io.bizcenter.testkit.meetings.MeetingFixture.toldWhat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.port.OutboxNotice;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A meeting booked less than two days ahead: the timeline is compressed (MR-0.1, MR-1.1 to MR-1.5)")
class LateBookingTest {
  private final MeetingFixture fixture = new MeetingFixture();

  @Test
  @DisplayName("MR-0.1 MR-1.1 MR-1.2 MR-1.3 MR-1.5: booked the evening before, the confirmation is due two hours later and its notice says short notice")
  void bookedTheEveningBefore() {
    // given it is Monday 9 March, 20:00, and a client asks for the room tomorrow at 09:00
    fixture.clock.set(local("2026-03-09T20:00"));

    Meeting booked = fixture.accepted(fixture.booking(ROOM, local("2026-03-10T09:00"), local("2026-03-10T10:00")), fixture.serviceClerk);
    MeetingId id = booked.id();

    // then it is booked, marked late, and the confirmation is due two hours on instead of two days before
    assertTrue(booked.lateBooking());
    assertEquals(List.of(new MeetingEvent.MeetingRoomBooked(ROOM, local("2026-03-10T09:00"), local("2026-03-10T10:00"), fixture.client(),
        MeetingFixture.SUBJECT, true)), fixture.trail(id).get(0).events());
    AgendaItem confirmation = fixture.itemOf(fixture.cleaningClerk, id, Task.CONFIRM_AND_REQUEST_FORM);
    assertEquals(local("2026-03-09T20:00"), confirmation.availableFrom());
    assertEquals(local("2026-03-09T22:00"), confirmation.dueAt());

    // when Service & Cleaning confirms, the departments are told it is at short notice
    fixture.clock.set(local("2026-03-09T20:30"));
    fixture.accepted(fixture.confirm(id), fixture.cleaningClerk);
    List<OutboxNotice> told = fixture.deliver();
    assertEquals(List.of("SERVICE MR_LATE_MEETING_NOTICE", "ENGINEERING MR_LATE_MEETING_NOTICE", "SECURITY MR_LATE_MEETING_NOTICE"),
        toldWhat(told));
    assertTrue(told.get(1).message(Messages.EN).contains("short notice"), told.get(1).message(Messages.EN));

    // then the day-before tasks can be done now and are due at midnight as usual (still more than two hours away)
    AgendaItem check = fixture.itemOf(fixture.engineer, id, Task.CHECK_DEVICES);
    assertEquals(local("2026-03-10T00:00"), check.dueAt());
    assertTrue(fixture.center.agenda().openNow(fixture.engineer, TOWER).contains(check), "it can be done at once");
    assertTrue(fixture.center.agenda().dueToday(fixture.engineer, TOWER).contains(check));
    fixture.prepared(id);
    fixture.clock.set(local("2026-03-10T09:00"));
    assertEquals(MeetingState.IN_SESSION, fixture.accepted(fixture.start(id), fixture.serviceClerk).state());
  }

  @Test
  @DisplayName("MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5: booked at 23:30 for 08:00, every preparation gets two hours, none beyond the start")
  void bookedLateAtNight() {
    fixture.clock.set(local("2026-03-09T23:30"));

    MeetingId id = fixture.accepted(fixture.booking(ROOM, local("2026-03-10T08:00"), local("2026-03-10T09:00")), fixture.serviceClerk).id();
    fixture.accepted(fixture.confirm(id), fixture.cleaningClerk);

    Meeting m = fixture.stored(id);
    assertEquals(local("2026-03-10T01:30"), m.task(Task.CONFIRM_AND_REQUEST_FORM).dueAt());
    // midnight would leave half an hour: the allowance moves the day-before tasks to 01:30
    assertEquals(local("2026-03-10T01:30"), m.task(Task.SET_UP_VENUE).dueAt());
    assertEquals(local("2026-03-10T01:30"), m.task(Task.CHECK_DEVICES).dueAt());
    assertEquals(local("2026-03-10T01:30"), m.task(Task.CLEAN_AND_INSPECT_VENUE).dueAt());
    // an hour before the start (MR-1.4) is already later than that; it can be seen to from the start of the day
    assertEquals(local("2026-03-10T07:00"), m.task(Task.CLEAR_ROADS_AND_PARKING).dueAt());
    assertEquals(local("2026-03-10T00:00"), m.task(Task.CLEAR_ROADS_AND_PARKING).availableFrom());
  }

  @Test
  @DisplayName("MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5: booked half an hour ahead, everything before is due at the start, and the meeting still cannot start unprepared")
  void bookedHalfAnHourAhead() {
    fixture.clock.set(local("2026-03-10T08:30"));

    MeetingId id = fixture.accepted(fixture.booking(ROOM, local("2026-03-10T09:00"), local("2026-03-10T10:00")), fixture.serviceClerk).id();
    fixture.accepted(fixture.confirm(id), fixture.cleaningClerk);

    Meeting m = fixture.stored(id);
    for (Task task : List.of(Task.CONFIRM_AND_REQUEST_FORM, Task.SET_UP_VENUE, Task.GUIDE_ATTENDEES, Task.CHECK_DEVICES,
        Task.CLEAR_ROADS_AND_PARKING, Task.CLEAN_AND_INSPECT_VENUE)) {
      assertEquals(local("2026-03-10T09:00"), m.task(task).dueAt(), task.name());
      assertFalse(m.task(task).availableFrom().isAfter(local("2026-03-10T09:00")), task.name());
    }
    fixture.clock.set(local("2026-03-10T09:00"));
    assertRejection(fixture.rejected(fixture.start(id), fixture.serviceClerk), MeetingRejection.PreparationIncomplete.class,
        "MR_PREPARATION_INCOMPLETE", "MR-1.2", 5);
  }

  @Test
  @DisplayName("MR-0.1: a meeting cannot be booked for a time already past, nor for now")
  void notInThePast() {
    fixture.clock.set(local("2026-03-10T09:00"));

    assertRejection(fixture.rejected(fixture.booking(ROOM, local("2026-03-10T08:30"), local("2026-03-10T10:00")), fixture.serviceClerk),
        MeetingRejection.StartsInThePast.class, "MR_STARTS_IN_THE_PAST", "MR-0.1", "2026-03-10 08:30");
    assertEquals(new MeetingRejection.StartsInThePast(LocalDateTime.parse("2026-03-10T09:00"), Clause.of("MR-0.1")),
        fixture.rejected(fixture.booking(ROOM, local("2026-03-10T09:00"), local("2026-03-10T10:00")), fixture.serviceClerk));
    assertEquals(List.of(), fixture.storage.meetings().all(TOWER));
  }
}
