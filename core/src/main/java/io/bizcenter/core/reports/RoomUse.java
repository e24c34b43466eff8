package io.bizcenter.core.reports;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How much each meeting room was booked, week by week (MR-0.1): the meetings that start in the period and hold their
 * room (every one but a cancelled one), counted in the week of their start, Monday to Sunday in the property's zone.
 *
 * @param weeks the Monday of every week the period touches, in order
 * @param rooms every room booked in the period, by room number
 * @param cells one per room and week with any booking, by room then week
 */
public record RoomUse(CenterId center, ReportPeriod period, List<LocalDate> weeks, List<RoomId> rooms, List<RoomWeek> cells) {
  public RoomUse {
    weeks = List.copyOf(weeks);
    rooms = List.copyOf(rooms);
    cells = List.copyOf(cells);
  }

  /** One room in one week: how many meetings and how long they booked it. */
  public record RoomWeek(RoomId room, LocalDate week, int meetings, Duration booked) {}

  /** The room's week, or an empty one. */
  public RoomWeek cell(RoomId room, LocalDate week) {
    return cells.stream().filter(c -> c.room().equals(room) && c.week().equals(week)).findFirst()
        .orElse(new RoomWeek(room, week, 0, Duration.ZERO));
  }

  /** The time every room was booked in one week. */
  public Duration bookedIn(LocalDate week) {
    return cells.stream().filter(c -> c.week().equals(week)).map(RoomWeek::booked).reduce(Duration.ZERO, Duration::plus);
  }

  /** The time one room was booked in the period. */
  public Duration bookedOf(RoomId room) {
    return cells.stream().filter(c -> c.room().equals(room)).map(RoomWeek::booked).reduce(Duration.ZERO, Duration::plus);
  }
}
