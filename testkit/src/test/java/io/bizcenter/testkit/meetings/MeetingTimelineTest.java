package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.meetings.MeetingFixture.ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.Task;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The agenda of a meeting against a fixed clock, across midnight and across the day boundary of the property's zone:
 * Asia/Shanghai is UTC+8, so a meeting at 07:00 local starts at 23:00 UTC the day before, and "today" is Shanghai's.
 */
@DisplayName("A meeting's timeline on the departments' agendas, in the property's zone (MR-1.1 to MR-3.3, GS-7)")
class MeetingTimelineTest {
  private final MeetingFixture fixture = new MeetingFixture();

  private boolean dueToday(Actor actor, MeetingId id, Task task) {
    return fixture.center.agenda().dueToday(actor, TOWER).stream().anyMatch(i -> is(i, id, task));
  }

  private boolean openNow(Actor actor, MeetingId id, Task task) {
    return fixture.center.agenda().openNow(actor, TOWER).stream().anyMatch(i -> is(i, id, task));
  }

  private boolean overdue(Actor actor, MeetingId id, Task task) {
    return fixture.center.agenda().overdue(actor, TOWER).stream().anyMatch(i -> is(i, id, task));
  }

  private static boolean is(AgendaItem item, MeetingId id, Task task) {
    return item.caseId().equals(id.value()) && item.actions().equals(List.of(task.action().name()));
  }

  /** A confirmed meeting on Tuesday 10 March at 07:00 Shanghai time (23:00 UTC on Monday the 9th), to 08:00. */
  private MeetingId earlyMeeting() {
    Instant start = Instant.parse("2026-03-09T23:00:00Z");
    assertEquals(local("2026-03-10T07:00"), start);
    MeetingId id = fixture.accepted(fixture.booking(ROOM, start, local("2026-03-10T08:00")), fixture.serviceClerk).id();
    fixture.accepted(fixture.confirm(id), fixture.cleaningClerk);
    return id;
  }

  @Test
  @DisplayName("MR-1.3 MR-1.4 GS-7: at 23:30 on Monday in Shanghai (15:30 UTC) the check is due today and Security's parking is not, though in UTC both fall on Monday")
  void todayIsShanghaisToday() {
    MeetingId id = earlyMeeting();

    fixture.clock.set(local("2026-03-09T23:30"));

    // the check is due by the end of Monday in Shanghai, 16:00 UTC
    assertEquals(Instant.parse("2026-03-09T16:00:00Z"), fixture.itemOf(fixture.engineer, id, Task.CHECK_DEVICES).dueAt());
    assertTrue(dueToday(fixture.engineer, id, Task.CHECK_DEVICES));
    assertTrue(openNow(fixture.engineer, id, Task.CHECK_DEVICES));
    assertFalse(overdue(fixture.engineer, id, Task.CHECK_DEVICES));
    // parking is due at 22:00 UTC on Monday (06:00 Tuesday in Shanghai, an hour before the start): not due today, not open yet
    assertEquals(Instant.parse("2026-03-09T22:00:00Z"), fixture.itemOf(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING).dueAt());
    assertFalse(dueToday(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING));
    assertFalse(openNow(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING));
  }

  @Test
  @DisplayName("MR-1.2 MR-1.3 MR-1.4 MR-1.5 GS-7: past midnight in Shanghai the day-before tasks left undone are overdue, and parking is due today")
  void acrossMidnight() {
    MeetingId id = earlyMeeting();

    fixture.clock.set(local("2026-03-10T00:01"));

    assertTrue(overdue(fixture.engineer, id, Task.CHECK_DEVICES));
    assertTrue(overdue(fixture.cleaningClerk, id, Task.SET_UP_VENUE));
    assertTrue(overdue(fixture.serviceClerk, id, Task.CLEAN_AND_INSPECT_VENUE));
    assertTrue(dueToday(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING));
    assertTrue(openNow(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING), "from the start of Tuesday in Shanghai");
    assertFalse(overdue(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING));
    fixture.clock.set(local("2026-03-10T06:01"));
    assertTrue(overdue(fixture.guard, id, Task.CLEAR_ROADS_AND_PARKING), "in place by 06:00, an hour before the meeting");
    assertTrue(openNow(fixture.receptionist, id, Task.GUIDE_ATTENDEES));
    // a task overdue may still be done; then it is off the agenda
    fixture.accepted(fixture.check(id), fixture.engineer);
    assertFalse(overdue(fixture.engineer, id, Task.CHECK_DEVICES));
    assertEquals(List.of("RECORD_SOUND_AND_LIGHTING", "COLLECT_EQUIPMENT"), fixture.actionsOf(fixture.engineer, id));
  }

  @Test
  @DisplayName("MR-1.1 GS-7: the confirmation two days before a 07:00 meeting is due at the end of Sunday in Shanghai, 16:00 UTC")
  void theConfirmationFallsOnShanghaisCalendar() {
    Instant start = Instant.parse("2026-03-09T23:00:00Z");
    MeetingId id = fixture.accepted(fixture.booking(ROOM, start, local("2026-03-10T08:00")), fixture.serviceClerk).id();

    AgendaItem confirmation = fixture.itemOf(fixture.cleaningClerk, id, Task.CONFIRM_AND_REQUEST_FORM);

    assertEquals(local("2026-03-09T00:00"), confirmation.dueAt());
    assertEquals(Instant.parse("2026-03-08T16:00:00Z"), confirmation.dueAt());
    fixture.clock.set(local("2026-03-08T23:59"));
    assertTrue(dueToday(fixture.cleaningClerk, id, Task.CONFIRM_AND_REQUEST_FORM));
    assertFalse(overdue(fixture.cleaningClerk, id, Task.CONFIRM_AND_REQUEST_FORM));
    fixture.clock.set(local("2026-03-09T00:01"));
    assertTrue(overdue(fixture.cleaningClerk, id, Task.CONFIRM_AND_REQUEST_FORM));
  }

  @Test
  @DisplayName("MR-2.1 MR-2.2 MR-3.1 MR-3.2 MR-3.3 GS-7: a meeting from 22:30 to 00:30 runs across midnight; its tasks fall due tomorrow, after the real end")
  void aMeetingAcrossMidnight() {
    MeetingId id = fixture.accepted(fixture.booking(ROOM, local("2026-03-10T22:30"), local("2026-03-11T00:30")), fixture.serviceClerk).id();
    fixture.accepted(fixture.confirm(id), fixture.cleaningClerk);
    fixture.prepared(id);
    fixture.clock.set(local("2026-03-10T22:30"));
    fixture.accepted(fixture.start(id), fixture.serviceClerk);

    fixture.clock.set(local("2026-03-10T23:30"));
    assertTrue(openNow(fixture.serviceClerk, id, Task.TEA_SERVICE));
    assertFalse(dueToday(fixture.serviceClerk, id, Task.TEA_SERVICE), "due at 00:30 tomorrow");
    assertFalse(dueToday(fixture.engineer, id, Task.SOUND_AND_LIGHTING));

    // the meeting overruns: it ends at 00:50, and the tasks after it count from then
    fixture.clock.set(local("2026-03-11T00:50"));
    fixture.accepted(fixture.end(id), fixture.serviceClerk);
    assertEquals(local("2026-03-11T00:50"), fixture.itemOf(fixture.serviceClerk, id, Task.SEE_OFF_AND_INVOICE).availableFrom());
    assertEquals(local("2026-03-11T01:50"), fixture.itemOf(fixture.serviceClerk, id, Task.SEE_OFF_AND_INVOICE).dueAt());
    assertEquals(local("2026-03-11T02:50"), fixture.itemOf(fixture.engineer, id, Task.COLLECT_EQUIPMENT).dueAt());
    assertTrue(dueToday(fixture.serviceClerk, id, Task.CLEAN_VENUE));
    assertEquals(local("2026-03-11T00:50"), fixture.itemOf(fixture.serviceClerk, id, Task.TEA_SERVICE).dueAt(), "due at the real end");
    fixture.clock.set(local("2026-03-11T00:51"));
    assertTrue(overdue(fixture.serviceClerk, id, Task.TEA_SERVICE), "not recorded by the end");
    assertFalse(overdue(fixture.serviceClerk, id, Task.SEE_OFF_AND_INVOICE));
  }
}
