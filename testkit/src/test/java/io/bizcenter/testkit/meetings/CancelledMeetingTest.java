package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static io.bizcenter.testkit.meetings.MeetingFixture.toldWhat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.meetings.TaskStatus;
import io.bizcenter.core.port.OutboxNotice;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A cancelled meeting: its tasks are withdrawn and the departments told (MR-0.1, MR-1.1)")
class CancelledMeetingTest {
  private final MeetingFixture fixture = new MeetingFixture();

  @Test
  @DisplayName("MR-0.1 MR-1.1 MR-1.3 GS-7: cancelled once confirmed, open tasks are withdrawn from every agenda, done ones stay done, the departments are told")
  void cancelledAfterTheConfirmation() {
    MeetingId id = fixture.confirmed().id();
    fixture.deliver();
    fixture.clock.set(local("2026-03-09T10:00"));
    fixture.accepted(fixture.check(id), fixture.engineer);

    Meeting cancelled = fixture.accepted(fixture.cancel(id), fixture.serviceClerk);

    assertEquals(MeetingState.CANCELLED, cancelled.state());
    assertEquals(TaskStatus.DONE, cancelled.status(Task.CHECK_DEVICES));
    assertEquals(TaskStatus.DONE, cancelled.status(Task.CONFIRM_AND_REQUEST_FORM));
    assertTrue(cancelled.tasks().stream().filter(t -> t.task() != Task.CHECK_DEVICES && t.task() != Task.CONFIRM_AND_REQUEST_FORM)
        .allMatch(t -> t.status() == TaskStatus.WITHDRAWN));
    assertEquals(java.util.Optional.of("客户取消会议"), cancelled.cancellation());
    for (var anyone : fixture.everyone()) {
      assertEquals(List.of(), fixture.agendaOf(anyone, id), "withdrawn from " + anyone.department());
    }
    MeetingEvent.MeetingCancelled event = (MeetingEvent.MeetingCancelled) fixture.trail(id).get(fixture.trail(id).size() - 1).events().get(0);
    assertEquals(List.of(Task.SET_UP_VENUE, Task.GUIDE_ATTENDEES, Task.CLEAR_ROADS_AND_PARKING, Task.CLEAN_AND_INSPECT_VENUE,
        Task.TEA_SERVICE, Task.SOUND_AND_LIGHTING, Task.SEE_OFF_AND_INVOICE, Task.COLLECT_EQUIPMENT, Task.CLEAN_VENUE), event.withdrawn());
    List<OutboxNotice> told = fixture.deliver();
    assertEquals(List.of("SERVICE MR_MEETING_CANCELLED", "ENGINEERING MR_MEETING_CANCELLED", "SECURITY MR_MEETING_CANCELLED"), toldWhat(told));
    assertTrue(told.get(2).message(Messages.ZH_CN).contains("已取消"), told.get(2).message(Messages.ZH_CN));
  }

  @Test
  @DisplayName("MR-0.1 MR-1.1: cancelled before the confirmation, nobody else was told, so nobody is told; the room is free at once")
  void cancelledBeforeTheConfirmation() {
    Meeting booked = fixture.booked();

    fixture.accepted(fixture.cancel(booked.id()), fixture.serviceClerk);

    assertEquals(List.of(), fixture.deliver());
    assertEquals(List.of(), fixture.agendaOf(fixture.cleaningClerk, booked.id()));
    Meeting again = fixture.accepted(fixture.booking(), fixture.serviceClerk);
    assertEquals(List.of(again), fixture.desk().bookings(fixture.serviceClerk, TOWER, MeetingFixture.ROOM, booked.startsAt(), booked.endsAt()));
  }

  @Test
  @DisplayName("MR-0.1 MR-2.1: a meeting in session is ended, not cancelled; a cancelled one takes no step at all")
  void notOnceStartedAndNothingAfter() {
    MeetingId held = fixture.confirmed().id();
    fixture.prepared(held);
    fixture.clock.set(local("2026-03-10T09:00"));
    fixture.accepted(fixture.start(held), fixture.serviceClerk);
    assertRejection(fixture.rejected(fixture.cancel(held), fixture.serviceClerk), Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED",
        "MR-2.1", MeetingState.IN_SESSION, MeetingAction.CANCEL);

    MeetingId called = fixture.accepted(fixture.booking(MeetingFixture.OTHER_ROOM, local("2026-03-12T09:00"), local("2026-03-12T10:00")),
        fixture.serviceClerk).id();
    fixture.accepted(fixture.cancel(called), fixture.serviceClerk);
    assertRejection(fixture.rejected(fixture.confirm(called), fixture.cleaningClerk), Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED",
        "MR-0.1", MeetingState.CANCELLED, MeetingAction.CONFIRM);
    assertEquals(List.of(), fixture.desk().availableActions(fixture.serviceManager, TOWER, called).get());
  }
}
