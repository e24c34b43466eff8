package io.bizcenter.core.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TimeLimit;
import io.bizcenter.core.meetings.Timeline.Window;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The meeting's own timeline, computed in the property's zone (Asia/Shanghai, UTC+8, unless said otherwise). */
class TimelineTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final MeetingPolicy POLICY = MeetingPolicy.defaults();

  /** A local time in Shanghai, written as the clerk reads it. */
  private static Instant local(String dateTime) {
    return OffsetDateTime.parse(dateTime + "+08:00").toInstant();
  }

  private static Map<Task, Window> plan(String starts, String ends, String scheduled) {
    return Timeline.plan(local(starts), local(ends), local(scheduled), Optional.empty(), Optional.empty(), POLICY, SHANGHAI);
  }

  @Test
  @DisplayName("MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5 MR-2.1 MR-2.2 MR-3.1 MR-3.2 MR-3.3 a meeting booked a week ahead: the source's timeline")
  void a_meeting_booked_well_ahead() {
    Map<Task, Window> plan = plan("2026-03-10T09:00", "2026-03-10T11:00", "2026-03-03T10:00");

    // two days before: the 8th, by its end; the confirmation can come from the booking on
    assertEquals(new Window(local("2026-03-03T10:00"), local("2026-03-09T00:00")), plan.get(Task.CONFIRM_AND_REQUEST_FORM));
    // one day before: the whole of the 9th
    Window dayBefore = new Window(local("2026-03-09T00:00"), local("2026-03-10T00:00"));
    assertEquals(dayBefore, plan.get(Task.SET_UP_VENUE));
    assertEquals(dayBefore, plan.get(Task.CHECK_DEVICES));
    assertEquals(dayBefore, plan.get(Task.CLEAN_AND_INSPECT_VENUE));
    // roads and parking in place one hour before (会议前1小时), from the start of the day; guiding on the day, by the start
    assertEquals(new Window(local("2026-03-10T00:00"), local("2026-03-10T08:00")), plan.get(Task.CLEAR_ROADS_AND_PARKING));
    assertEquals(new Window(local("2026-03-10T00:00"), local("2026-03-10T09:00")), plan.get(Task.GUIDE_ATTENDEES));
    // during, and after by the policy's allowances
    assertEquals(new Window(local("2026-03-10T09:00"), local("2026-03-10T11:00")), plan.get(Task.TEA_SERVICE));
    assertEquals(new Window(local("2026-03-10T09:00"), local("2026-03-10T11:00")), plan.get(Task.SOUND_AND_LIGHTING));
    assertEquals(new Window(local("2026-03-10T11:00"), local("2026-03-10T12:00")), plan.get(Task.SEE_OFF_AND_INVOICE));
    assertEquals(new Window(local("2026-03-10T11:00"), local("2026-03-10T13:00")), plan.get(Task.COLLECT_EQUIPMENT));
    assertEquals(new Window(local("2026-03-10T11:00"), local("2026-03-10T13:00")), plan.get(Task.CLEAN_VENUE));
    assertFalse(Timeline.late(local("2026-03-10T09:00"), local("2026-03-03T10:00"), POLICY, SHANGHAI));
  }

  @Test
  @DisplayName("MR-1.2 MR-1.3 MR-1.5 a meeting at 07:00 Shanghai (23:00 UTC the day before) is prepared on the Shanghai day before, not the UTC one")
  void the_day_before_is_the_propertys_day() {
    Instant start = Instant.parse("2026-03-09T23:00:00Z");
    assertEquals(local("2026-03-10T07:00"), start);

    Map<Task, Window> plan = Timeline.plan(start, start.plusSeconds(7200), local("2026-03-01T09:00"), Optional.empty(), Optional.empty(),
        POLICY, SHANGHAI);

    // the 9th in Shanghai runs from 16:00 UTC on the 8th to 16:00 UTC on the 9th
    assertEquals(new Window(Instant.parse("2026-03-08T16:00:00Z"), Instant.parse("2026-03-09T16:00:00Z")), plan.get(Task.SET_UP_VENUE));
    // in UTC the day before would have been the 8th, ending at 00:00 UTC on the 9th: not what the source means here
    Map<Task, Window> inUtc = Timeline.plan(start, start.plusSeconds(7200), local("2026-03-01T09:00"), Optional.empty(), Optional.empty(),
        POLICY, ZoneId.of("UTC"));
    assertEquals(new Window(Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")), inUtc.get(Task.SET_UP_VENUE));
    // an hour before is an hour before, in any zone; the day it can be seen to from is Shanghai's 10th
    assertEquals(new Window(Instant.parse("2026-03-09T16:00:00Z"), Instant.parse("2026-03-09T22:00:00Z")), plan.get(Task.CLEAR_ROADS_AND_PARKING));
  }

  @Test
  @DisplayName("MR-1.1 a late booking (the evening before) compresses the timeline: the confirmation is due two hours after the booking")
  void a_late_booking_is_compressed() {
    Map<Task, Window> plan = plan("2026-03-10T09:00", "2026-03-10T11:00", "2026-03-09T20:00");

    assertTrue(Timeline.late(local("2026-03-10T09:00"), local("2026-03-09T20:00"), POLICY, SHANGHAI));
    assertEquals(new Window(local("2026-03-09T20:00"), local("2026-03-09T22:00")), plan.get(Task.CONFIRM_AND_REQUEST_FORM));
    // the day before still ends at midnight, more than two hours away: unchanged
    assertEquals(new Window(local("2026-03-09T00:00"), local("2026-03-10T00:00")), plan.get(Task.SET_UP_VENUE));
    assertEquals(new Window(local("2026-03-10T00:00"), local("2026-03-10T08:00")), plan.get(Task.CLEAR_ROADS_AND_PARKING));
  }

  @Test
  @DisplayName("MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5 a meeting booked half an hour ahead: every preparation is due at the start, none before the booking")
  void a_booking_just_before_the_start() {
    Map<Task, Window> plan = plan("2026-03-10T09:00", "2026-03-10T10:00", "2026-03-10T08:30");

    for (Task task : Task.values()) {
      if (task.phase() == Task.Phase.BEFORE) {
        Window w = plan.get(task);
        assertEquals(local("2026-03-10T09:00"), w.dueAt(), task.name());
        assertFalse(w.availableFrom().isAfter(w.dueAt()), task.name());
      }
    }
    assertEquals(local("2026-03-10T08:30"), plan.get(Task.CONFIRM_AND_REQUEST_FORM).availableFrom());
  }

  @Test
  @DisplayName("MR-1.1 booked two days and a minute ahead is not late; a minute less than two days is")
  void the_late_booking_boundary() {
    Instant start = local("2026-03-10T09:00");
    assertFalse(Timeline.late(start, local("2026-03-08T08:59"), POLICY, SHANGHAI));
    assertFalse(Timeline.late(start, local("2026-03-08T09:00"), POLICY, SHANGHAI));
    assertTrue(Timeline.late(start, local("2026-03-08T09:01"), POLICY, SHANGHAI));
  }

  @Test
  @DisplayName("MR-2.1 MR-2.2 MR-3.1 MR-3.2 MR-3.3 once known, the actual start and end move the windows during and after the meeting")
  void actual_start_and_end() {
    Map<Task, Window> plan = Timeline.plan(local("2026-03-10T09:00"), local("2026-03-10T11:00"), local("2026-03-01T09:00"),
        Optional.of(local("2026-03-10T09:10")), Optional.of(local("2026-03-10T11:40")), POLICY, SHANGHAI);

    assertEquals(new Window(local("2026-03-10T09:10"), local("2026-03-10T11:40")), plan.get(Task.TEA_SERVICE));
    assertEquals(new Window(local("2026-03-10T11:40"), local("2026-03-10T12:40")), plan.get(Task.SEE_OFF_AND_INVOICE));
    assertEquals(new Window(local("2026-03-10T11:40"), local("2026-03-10T13:40")), plan.get(Task.CLEAN_VENUE));
  }

  @Test
  @DisplayName("GS-4 MR-1.1 a property that confirms three days ahead gets its own timeline from its policy")
  void offsets_are_policy_values() {
    MeetingPolicy threeDays = POLICY.withOffset(PolicyVersion.of("tower-2"), Task.CONFIRM_AND_REQUEST_FORM, TimeLimit.ofDays(3));

    Map<Task, Window> plan = Timeline.plan(local("2026-03-10T09:00"), local("2026-03-10T11:00"), local("2026-03-01T09:00"),
        Optional.empty(), Optional.empty(), threeDays, SHANGHAI);

    assertEquals(local("2026-03-08T00:00"), plan.get(Task.CONFIRM_AND_REQUEST_FORM).dueAt());
    assertTrue(Timeline.late(local("2026-03-10T09:00"), local("2026-03-07T10:00"), threeDays, SHANGHAI));
  }
}
