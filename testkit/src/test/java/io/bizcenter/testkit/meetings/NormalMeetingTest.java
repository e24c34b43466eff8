package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.Rejections.assertSpeaksBothLanguages;
import static io.bizcenter.testkit.meetings.MeetingFixture.ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static io.bizcenter.testkit.meetings.MeetingFixture.toldWhat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.meetings.Device;
import io.bizcenter.core.meetings.Invoice;
import io.bizcenter.core.meetings.InvoiceLine;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingCommand.CheckDevices;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingPolicy;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.meetings.TaskStatus;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A meeting from the client's request to the closed case (MR-0.1 to MR-3.3)")
class NormalMeetingTest {
  private final MeetingFixture fixture = new MeetingFixture();

  @Test
  @DisplayName("MR-0.1 MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5 MR-2.1 MR-2.2 MR-3.1 MR-3.2 MR-3.3 GS-6 GS-7: every department does its task in its window, then the case closes")
  void aMeetingFromBookingToClose() {
    // given a client who asks Service for room 501 on Tuesday 10 March, 09:00 to 11:30, a week ahead (MR-0.1)
    Meeting booked = fixture.booked();
    MeetingId id = booked.id();
    assertEquals(MeetingState.BOOKED, booked.state());
    assertEquals(fixture.client(), booked.client(), "the client's contact is kept");
    assertFalse(booked.lateBooking());
    // until the confirmation only Service & Cleaning owes anything: by the end of the 8th, two days before (MR-1.1)
    AgendaItem confirmation = fixture.itemOf(fixture.cleaningClerk, id, Task.CONFIRM_AND_REQUEST_FORM);
    assertEquals(local("2026-03-09T00:00"), confirmation.dueAt());
    assertEquals(Clause.of("MR-1.1"), confirmation.clause());
    for (var other : List.of(fixture.engineer, fixture.guard, fixture.serviceClerk)) {
      assertEquals(List.of(), fixture.agendaOf(other, id), other.department() + " has not been told yet");
    }
    fixture.accepted(fixture.contact(id), fixture.serviceClerk);

    // when Service & Cleaning confirms with the request form, the other departments are told in writing (MR-1.1)
    fixture.clock.set(local("2026-03-06T10:00"));
    Meeting confirmed = fixture.accepted(fixture.confirm(id), fixture.cleaningClerk);
    assertEquals(MeetingState.CONFIRMED, confirmed.state());
    assertEquals(java.util.Optional.of(fixture.form()), confirmed.requestForm());
    List<OutboxNotice> told = fixture.deliver();
    assertEquals(List.of("SERVICE MR_MEETING_NOTICE", "ENGINEERING MR_MEETING_NOTICE", "SECURITY MR_MEETING_NOTICE"), toldWhat(told));
    for (OutboxNotice n : told) {
      assertEquals(List.of(id.value(), "501", "2026-03-10 09:00", "2026-03-10 11:30"), n.notice().arguments());
      assertEquals(Clause.of("MR-1.1"), n.notice().clause());
      String english = n.message(Messages.EN);
      assertSpeaksBothLanguages(n.message(Messages.ZH_CN), english);
    }

    // then each department sees what it owes the meeting, and by when (GS-7)
    assertEquals(List.of("CHECK_DEVICES", "RECORD_SOUND_AND_LIGHTING", "COLLECT_EQUIPMENT"), fixture.actionsOf(fixture.engineer, id));
    assertEquals(List.of("CLEAR_ROADS_AND_PARKING"), fixture.actionsOf(fixture.guard, id));
    assertEquals(List.of("CLEAN_AND_INSPECT_VENUE", "RECORD_TEA_SERVICE", "SEE_OFF_AND_INVOICE", "CLEAN_VENUE"),
        fixture.actionsOf(fixture.serviceClerk, id));
    assertEquals(List.of("SET_UP_VENUE"), fixture.actionsOf(fixture.cleaningClerk, id));
    assertEquals(List.of("SET_UP_VENUE", "GUIDE_ATTENDEES"), fixture.actionsOf(fixture.receptionist, id), "MR-1.2 会务接待员");
    AgendaItem check = fixture.itemOf(fixture.engineer, id, Task.CHECK_DEVICES);
    assertEquals(local("2026-03-09T00:00"), check.availableFrom(), "one day before: the 9th");
    assertEquals(local("2026-03-10T00:00"), check.dueAt());
    assertEquals(Clause.of("MR-1.3"), check.clause());
    AgendaItem parking = fixture.itemOf(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING);
    assertEquals(local("2026-03-10T00:00"), parking.availableFrom(), "on the day");
    assertEquals(local("2026-03-10T08:00"), parking.dueAt(), "in place one hour before (会议前1小时)");
    AgendaItem collect = fixture.itemOf(fixture.engineer, id, Task.COLLECT_EQUIPMENT);
    assertEquals(local("2026-03-10T11:30"), collect.availableFrom(), "after the meeting");
    assertEquals(Clause.of("MR-3.2"), collect.clause());

    // the day before: set-up (MR-1.2), Engineering's check (MR-1.3), cleaning and its inspection (MR-1.5)
    fixture.clock.set(local("2026-03-09T10:00"));
    fixture.accepted(fixture.setUp(id), fixture.cleaningClerk);
    fixture.accepted(fixture.check(id), fixture.engineer);
    fixture.accepted(fixture.cleanBefore(id), fixture.serviceClerk);
    assertEquals(List.of("RECORD_SOUND_AND_LIGHTING", "COLLECT_EQUIPMENT"), fixture.actionsOf(fixture.engineer, id), "done is off the agenda");
    // by an hour before: roads and parking (MR-1.4); on the day, the reception staff guide the attendees (MR-1.2)
    fixture.clock.set(local("2026-03-10T07:50"));
    assertTrue(fixture.center.agenda().openNow(fixture.guard, TOWER).stream().anyMatch(i -> i.caseId().equals(id.value())));
    fixture.accepted(fixture.parking(id), fixture.guard);
    fixture.accepted(fixture.guide(id), fixture.receptionist);

    // during: tea and incidents (MR-2.1), sound and lighting (MR-2.2)
    fixture.clock.set(local("2026-03-10T09:00"));
    Meeting inSession = fixture.accepted(fixture.start(id), fixture.serviceClerk);
    assertEquals(MeetingState.IN_SESSION, inSession.state());
    fixture.clock.advance(Duration.ofMinutes(40));
    fixture.accepted(fixture.incident(id), fixture.serviceClerk);
    fixture.clock.set(local("2026-03-10T11:20"));
    fixture.accepted(fixture.tea(id, 30), fixture.serviceClerk);
    fixture.accepted(fixture.sound(id), fixture.engineer);

    // after: see-off and invoice (MR-3.1), equipment locked away (MR-3.2), cleaning (MR-3.3)
    fixture.clock.set(local("2026-03-10T11:30"));
    fixture.accepted(fixture.end(id), fixture.serviceClerk);
    fixture.clock.advance(Duration.ofMinutes(20));
    Meeting invoiced = fixture.accepted(fixture.invoice(id), fixture.serviceClerk);
    fixture.accepted(fixture.collect(id), fixture.engineer);
    fixture.accepted(fixture.cleanAfter(id), fixture.serviceClerk);
    Meeting closed = fixture.accepted(fixture.close(id), fixture.serviceClerk);

    assertEquals(MeetingState.CLOSED, closed.state());
    assertTrue(closed.tasks().stream().allMatch(t -> t.status() == TaskStatus.DONE), "every task done");
    assertEquals(1, closed.incidents().size());
    assertEquals(1, closed.contactLog().size());
    // 2.5 hours booked: 3 hours of room; four microphones, projection, 30 servings of tea
    assertEquals(new Invoice("FP-2026-0310", List.of(
        new InvoiceLine(ServiceItem.ROOM, 3, Money.yuan("300.00"), Money.yuan("900.00")),
        new InvoiceLine(ServiceItem.MICROPHONE, 4, Money.yuan("50.00"), Money.yuan("200.00")),
        new InvoiceLine(ServiceItem.PROJECTION, 1, Money.yuan("300.00"), Money.yuan("300.00")),
        new InvoiceLine(ServiceItem.TEA, 30, Money.yuan("15.00"), Money.yuan("450.00"))), Money.yuan("1850.00")),
        invoiced.invoice().orElseThrow());
    for (var anyone : fixture.everyone()) {
      assertEquals(List.of(), fixture.agendaOf(anyone, id), "a closed meeting owes nothing");
    }
    // GS-6: every step on the trail, with who and the clause
    List<AuditEntry> trail = fixture.trail(id);
    assertEquals(List.of("BOOK_ROOM MR-0.1", "RECORD_CLIENT_CONTACT MR-0.1", "CONFIRM MR-1.1", "SET_UP_VENUE MR-1.2", "CHECK_DEVICES MR-1.3",
        "CLEAN_AND_INSPECT_VENUE MR-1.5", "CLEAR_ROADS_AND_PARKING MR-1.4", "GUIDE_ATTENDEES MR-1.2", "START MR-2.1", "LOG_INCIDENT MR-2.1",
        "RECORD_TEA_SERVICE MR-2.1", "RECORD_SOUND_AND_LIGHTING MR-2.2", "END MR-0.1", "SEE_OFF_AND_INVOICE MR-3.1",
        "COLLECT_EQUIPMENT MR-3.2", "CLEAN_VENUE MR-3.3", "CLOSE MR-0.1"),
        trail.stream().map(e -> e.action() + " " + e.clause()).toList());
    assertEquals(Department.ENGINEERING, trail.get(4).department());
    assertEquals(List.of(new MeetingEvent.TeaServiceRecorded(30)), trail.get(10).events());
    assertEquals(MeetingPolicy.DEFAULT_VERSION, trail.get(16).policy());
  }

  @Test
  @DisplayName("GS-3 MR-1.2 MR-1.3 MR-1.4 MR-1.5: once confirmed, each seat may do exactly its own preparation; Service coordinates")
  void whatEachSeatMayDoNow() {
    MeetingId id = fixture.confirmed().id();

    // in the order the actions are declared: coordination first, then the source's steps
    assertEquals(List.of(MeetingAction.RECORD_CLIENT_CONTACT, MeetingAction.RESCHEDULE, MeetingAction.CANCEL, MeetingAction.SET_UP_VENUE,
        MeetingAction.START), fixture.desk().availableActions(fixture.cleaningClerk, TOWER, id).get());
    assertEquals(List.of(MeetingAction.RECORD_CLIENT_CONTACT, MeetingAction.RESCHEDULE, MeetingAction.CANCEL, MeetingAction.SET_UP_VENUE,
        MeetingAction.GUIDE_ATTENDEES, MeetingAction.START), fixture.desk().availableActions(fixture.receptionist, TOWER, id).get());
    assertEquals(List.of(MeetingAction.CHECK_DEVICES), fixture.desk().availableActions(fixture.engineer, TOWER, id).get());
    assertEquals(List.of(MeetingAction.CLEAR_ROADS_AND_PARKING), fixture.desk().availableActions(fixture.guard, TOWER, id).get());
    assertEquals(List.of(MeetingAction.RECORD_CLIENT_CONTACT, MeetingAction.RESCHEDULE, MeetingAction.CANCEL,
        MeetingAction.CLEAN_AND_INSPECT_VENUE, MeetingAction.WAIVE_TASK, MeetingAction.START),
        fixture.desk().availableActions(fixture.serviceManager, TOWER, id).get());
    assertEquals(List.of(), fixture.desk().availableActions(fixture.finance, TOWER, id).get());
  }

  @Test
  @DisplayName("GS-5 MR-1.2 MR-1.3: a task is done by its own seat only (under its clause), and only once")
  void eachTaskByItsOwnSeatAndOnce() {
    MeetingId id = fixture.confirmed().id();

    assertRejection(fixture.rejected(fixture.setUp(id), fixture.engineer), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "MR-1.2",
        MeetingAction.SET_UP_VENUE, Role.STAFF, Department.ENGINEERING);
    assertRejection(fixture.rejected(fixture.guide(id), fixture.cleaningClerk), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED",
        "MR-1.2", MeetingAction.GUIDE_ATTENDEES, Role.STAFF, Department.SERVICE_AND_CLEANING);
    fixture.accepted(fixture.check(id), fixture.engineer);
    assertRejection(fixture.rejected(fixture.check(id), fixture.engineer), MeetingRejection.TaskNotOpen.class, "MR_TASK_NOT_OPEN", "MR-1.3",
        Task.CHECK_DEVICES, TaskStatus.DONE);
  }

  @Test
  @DisplayName("MR-1.3: Engineering's check counts only when lighting, audio-visual, microphones and projection all work")
  void everyDeviceMustWork() {
    MeetingId id = fixture.confirmed().id();
    CheckDevices withoutProjection = new CheckDevices(fixture.freshCommandId(), TOWER, id,
        List.of(Device.LIGHTING, Device.AUDIO_VISUAL, Device.MICROPHONES), "投影仪灯泡待换");

    Rejection rejection = fixture.rejected(withoutProjection, fixture.engineer);

    assertRejection(rejection, MeetingRejection.DevicesNotConfirmed.class, "MR_DEVICES_NOT_CONFIRMED", "MR-1.3", 1);
    assertTrue(rejection.message(Messages.ZH_CN).contains("多媒体投影"), rejection.message(Messages.ZH_CN));
    assertEquals(TaskStatus.OPEN, fixture.stored(id).status(Task.CHECK_DEVICES));
  }

  @Test
  @DisplayName("MR-0.1: Service notes contacts with the client until the meeting ends, not after")
  void contactUntilTheMeetingEnds() {
    Meeting ended = fixture.ended();

    assertRejection(fixture.rejected(fixture.contact(ended.id()), fixture.serviceClerk), Rejection.ActionNotAllowed.class,
        "ACTION_NOT_ALLOWED", "MR-0.1", MeetingState.ENDED, MeetingAction.RECORD_CLIENT_CONTACT);
  }

  @Test
  @DisplayName("MR-2.1 MR-3.1 GS-7: tea not recorded by the end is overdue; the invoice waits for it, then counts it")
  void teaRecordedLateThenInvoiced() {
    MeetingId id = fixture.confirmed().id();
    fixture.prepared(id);
    fixture.clock.set(local("2026-03-10T09:00"));
    fixture.accepted(fixture.start(id), fixture.serviceClerk);
    fixture.accepted(fixture.sound(id), fixture.engineer);
    fixture.clock.set(local("2026-03-10T11:30"));
    fixture.accepted(fixture.end(id), fixture.serviceClerk);

    fixture.clock.advance(Duration.ofMinutes(1));
    assertTrue(fixture.center.agenda().overdue(fixture.serviceClerk, TOWER).stream()
        .anyMatch(i -> i.caseId().equals(id.value()) && i.actions().equals(List.of("RECORD_TEA_SERVICE"))), "overdue after the end");
    assertRejection(fixture.rejected(fixture.invoice(id), fixture.serviceClerk), MeetingRejection.TeaServiceNotRecorded.class,
        "MR_TEA_SERVICE_NOT_RECORDED", "MR-3.1");

    fixture.accepted(fixture.tea(id, 0), fixture.serviceClerk);
    Meeting invoiced = fixture.accepted(fixture.invoice(id), fixture.serviceClerk);
    assertEquals(Money.yuan("1400.00"), invoiced.invoice().orElseThrow().total(), "room 900, microphones 200, projection 300, no tea");
  }

  @Test
  @DisplayName("MR-0.1 MR-3.2 MR-3.3: the case closes only when every task is done, naming the open ones")
  void closesOnlyWhenEverythingIsDone() {
    Meeting ended = fixture.ended();
    fixture.accepted(fixture.invoice(ended.id()), fixture.serviceClerk);

    Rejection rejection = fixture.rejected(fixture.close(ended.id()), fixture.serviceClerk);

    assertRejection(rejection, MeetingRejection.TasksStillOpen.class, "MR_TASKS_STILL_OPEN", "MR-3.2", 2);
    assertEquals(List.of(Task.COLLECT_EQUIPMENT, Task.CLEAN_VENUE), ((MeetingRejection.TasksStillOpen) rejection).open());
    assertTrue(rejection.message(Messages.EN).contains("collect the equipment used and lock it away, clean the venue after the meeting"),
        rejection.message(Messages.EN));
  }

  @Test
  @DisplayName("MR-0.1 GS-2: the same booking sent twice (same command id) books once and answers the first meeting")
  void aRetriedBookingBooksOnce() {
    var booking = fixture.booking();

    Meeting first = fixture.accepted(booking, fixture.serviceClerk);
    Meeting again = fixture.accepted(booking, fixture.serviceClerk);

    assertEquals(first, again);
    assertEquals(1, fixture.storage.meetings().all(TOWER).size());
    assertEquals(List.of(first), fixture.desk().bookings(fixture.serviceClerk, TOWER, ROOM, local("2026-03-10T00:00"), local("2026-03-11T00:00")));
  }
}
