package io.bizcenter.benchmarks.scale;

import io.bizcenter.benchmarks.Stores;
import io.bizcenter.benchmarks.procedures.MeetingTimelines;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingDesk;
import io.bizcenter.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A center with a given number of open meetings, booked through the meeting desk: {@value #ROOMS} rooms, each booked
 * every afternoon (14:00 to 16:30 in Shanghai) from the day of {@link MeetingTimelines}' first meeting, as many days as
 * it takes. The mornings stay free for the timelines measured in the first {@value #MEASURED} rooms, so a booking of
 * theirs reads a room calendar holding a thousandth of the center's meetings (1 or 100). In memory every booking is a
 * command; on a database the first room's bookings are commands and the other rooms' are copies of their rows
 * ({@link CopiedRows}).
 */
public final class BookedMeetings {
  public static final int ROOMS = 1000;
  public static final int MEASURED = 100;
  private static final Instant FIRST_AFTERNOON = MeetingTimelines.FIRST.plus(Duration.ofHours(5));
  private static final Actor SERVICE = Actor.of("sv-01", Role.STAFF, Department.SERVICE, MeetingTimelines.TOWER);
  private static final Client CLIENT = Client.of("上海某某贸易有限公司", "欧阳娜娜", "13912345678");

  private BookedMeetings() {}

  /** The rooms of the measured timelines, among the booked ones. */
  public static List<RoomId> measuredRooms() {
    return IntStream.range(0, MEASURED).mapToObj(r -> RoomId.of(Marks.of(r))).toList();
  }

  /** Books {@code meetings} (a multiple of {@value #ROOMS}) in a new store. */
  public static void fill(Stores stores, String kind, int meetings) {
    if (meetings % ROOMS != 0) {
      throw new IllegalArgumentException(meetings + " meetings do not fill " + ROOMS + " rooms alike");
    }
    Marks ids = new Marks();
    MeetingDesk desk = BusinessCenter.builder()
        .storage(stores.storage())
        .notifier(notice -> { })
        .ids(ids)
        .clock(new ManualClock(MeetingTimelines.NOW))
        .build()
        .meetings();
    int days = meetings / ROOMS;
    if (kind.equals(Stores.MEMORY)) {
      for (int room = 0; room < ROOMS; room++) {
        ids.copy(room);
        book(desk, ids, days);
      }
    } else {
      book(desk, ids, days);
      CopiedRows.copy(stores.dataSource(), kind.equals("POSTGRESQL"), ROOMS);
    }
  }

  private static void book(MeetingDesk desk, Marks ids, int days) {
    RoomId room = RoomId.of(ids.mark());
    for (int day = 0; day < days; day++) {
      Instant starts = FIRST_AFTERNOON.plus(Duration.ofDays(day));
      desk.handle(new MeetingCommand.BookMeetingRoom(ids.command(), MeetingTimelines.TOWER, room, starts, starts.plus(Duration.ofMinutes(150)),
              CLIENT, "季度经营分析会"), SERVICE)
          .getOrElseThrow(r -> new IllegalStateException("booking refused: " + r.code() + " [" + r.clause() + "]"));
    }
  }
}
