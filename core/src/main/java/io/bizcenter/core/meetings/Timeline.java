package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.TimeLimit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each task of a meeting falls in time: the meeting's own timeline, from its start and end in the property's
 * zone and the policy's offsets (GS-4). The rules, where the source gives only "two days before", "one day before",
 * "one hour before", "during" and "after":
 *
 * <ul>
 *   <li>An offset of whole days names a calendar day in the property's zone: "one day before" a meeting on the 10th
 *       is the 9th, from its first to its last moment, whatever the hour of the meeting (a meeting at 07:00 in
 *       Shanghai is set up on the 9th Shanghai time, though it starts at 23:00 UTC on the 9th). The confirmation
 *       (MR-1.1) can be done from the booking on, and is due by the end of its day.
 *   <li>An offset in hours is a time to be ready by: "会议前1小时" (MR-1.4) puts Security's roads and parking in place
 *       one hour before the start, so they are due then, and can be seen to from the start of that day in the
 *       property's zone. The reception staff guide attendees "on the day" (MR-1.2): an offset of zero hours, due at the
 *       start, from the start of the day.
 *   <li>Late booking (compressed timeline): no task before the meeting falls due sooner than the policy's
 *       late-booking allowance after the booking (or the latest reschedule), nor later than the start. A meeting
 *       booked at 20:00 for 09:00 tomorrow is confirmed by 22:00, and set up and checked by midnight as usual.
 *   <li>During the meeting (MR-2.1, MR-2.2): from its start to its end, the actual ones once known.
 *   <li>After it (MR-3.1 to MR-3.3): from its end (actual once known, else as booked), due the policy's offset later.
 * </ul>
 */
public final class Timeline {
  /** When a task can be done from, and when it falls due (after which it is overdue). */
  public record Window(Instant availableFrom, Instant dueAt) {}

  private Timeline() {}

  /** Every task's window for a meeting booked from {@code startsAt} to {@code endsAt}, scheduled at {@code scheduledAt}. */
  public static Map<Task, Window> plan(Instant startsAt, Instant endsAt, Instant scheduledAt, Optional<Instant> startedAt,
      Optional<Instant> endedAt, MeetingPolicy policy, ZoneId zone) {
    Map<Task, Window> plan = new EnumMap<>(Task.class);
    Instant earliestDue = policy.lateBookingAllowance().dueFrom(scheduledAt, zone);
    Instant start = startedAt.orElse(startsAt);
    Instant end = endedAt.orElse(endsAt);
    for (Task task : Task.values()) {
      Window window = switch (task.phase()) {
        case BEFORE -> compressed(before(task, startsAt, scheduledAt, policy.offset(task), zone), earliestDue, startsAt);
        case DURING -> new Window(start, end);
        case AFTER -> new Window(end, policy.offset(task).dueFrom(end, zone));
      };
      plan.put(task, window);
    }
    return plan;
  }

  /** Booked (or rescheduled) less than the confirmation's offset ahead: "less than two days" by default (MR-1.1). */
  public static boolean late(Instant startsAt, Instant scheduledAt, MeetingPolicy policy, ZoneId zone) {
    TimeLimit confirm = policy.offset(Task.CONFIRM_AND_REQUEST_FORM);
    return scheduledAt.isAfter(startsAt.atZone(zone).minus(confirm.days()).minus(confirm.hours()).toInstant());
  }

  private static Window before(Task task, Instant startsAt, Instant scheduledAt, TimeLimit offset, ZoneId zone) {
    Window window;
    if (offset.hours().isZero() && !offset.days().isZero()) {
      LocalDate day = startsAt.atZone(zone).toLocalDate().minus(offset.days());
      window = new Window(day.atStartOfDay(zone).toInstant(), earlier(day.plusDays(1).atStartOfDay(zone).toInstant(), startsAt));
    } else {
      Instant due = startsAt.atZone(zone).minus(offset.days()).minus(offset.hours()).toInstant();
      window = new Window(due.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant(), due);
    }
    // the confirmation is Service & Cleaning's answer to the booking: it can come as soon as the room is booked
    return task == Task.CONFIRM_AND_REQUEST_FORM ? new Window(scheduledAt, window.dueAt()) : window;
  }

  private static Window compressed(Window regular, Instant earliestDue, Instant startsAt) {
    Instant due = earlier(startsAt, later(regular.dueAt(), earliestDue));
    return new Window(earlier(regular.availableFrom(), due), due);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
