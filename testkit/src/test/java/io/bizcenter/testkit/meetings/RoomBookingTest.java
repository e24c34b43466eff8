package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.meetings.MeetingFixture.HARBOUR;
import static io.bizcenter.testkit.meetings.MeetingFixture.OTHER_ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingCommand.BookMeetingRoom;
import io.bizcenter.core.meetings.MeetingRejection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The room's calendar: no two bookings of a room overlap (MR-0.1)")
class RoomBookingTest {
  private final MeetingFixture fixture = new MeetingFixture();

  @Test
  @DisplayName("MR-0.1: a booking sharing any moment with another is refused, naming the other meeting and its slot in local time")
  void aClashNamesTheOtherBooking() {
    Meeting first = fixture.booked();

    for (String[] slot : List.of(new String[] {"2026-03-10T08:00", "2026-03-10T09:30"}, new String[] {"2026-03-10T11:00", "2026-03-10T12:00"},
        new String[] {"2026-03-10T09:30", "2026-03-10T10:00"}, new String[] {"2026-03-10T08:00", "2026-03-10T13:00"})) {
      Rejection rejection = fixture.rejected(fixture.booking(ROOM, local(slot[0]), local(slot[1])), fixture.serviceClerk);
      assertRejection(rejection, MeetingRejection.RoomAlreadyBooked.class, "MR_ROOM_ALREADY_BOOKED", "MR-0.1", "501", first.id().value(),
          "2026-03-10 09:00", "2026-03-10 11:30");
      assertTrue(rejection.message(Messages.ZH_CN).startsWith("会议室501在2026-03-10 09:00至2026-03-10 11:30已由会议"), rejection.message(Messages.ZH_CN));
    }
    assertEquals(List.of(first), fixture.storage.meetings().all(TOWER));
  }

  @Test
  @DisplayName("MR-0.1: a slot that ends as another starts, the same slot in another room, and in another building are all free")
  void whatDoesNotClash() {
    fixture.booked();

    fixture.accepted(fixture.booking(ROOM, local("2026-03-10T07:00"), local("2026-03-10T09:00")), fixture.serviceClerk);
    fixture.accepted(fixture.booking(ROOM, local("2026-03-10T11:30"), local("2026-03-10T12:00")), fixture.serviceClerk);
    fixture.accepted(fixture.booking(OTHER_ROOM, local("2026-03-10T09:00"), local("2026-03-10T11:30")), fixture.serviceClerk);
    BookMeetingRoom harbour = new BookMeetingRoom(fixture.freshCommandId(), HARBOUR, ROOM, local("2026-03-10T09:00"), local("2026-03-10T11:30"),
        fixture.client(), MeetingFixture.SUBJECT);
    fixture.accepted(harbour, fixture.harbourService);

    assertEquals(3, fixture.desk().bookings(fixture.serviceClerk, TOWER, ROOM, local("2026-03-10T00:00"), local("2026-03-11T00:00")).size());
    assertEquals(1, fixture.desk().bookings(fixture.harbourService, HARBOUR, ROOM, local("2026-03-10T00:00"), local("2026-03-11T00:00")).size());
  }

  @Test
  @DisplayName("MR-0.1 GS-5: the calendar shows a center's bookings only to its own staff")
  void theCalendarStaysInItsCenter() {
    fixture.booked();

    assertEquals(List.of(), fixture.desk().bookings(fixture.harbourService, TOWER, ROOM, local("2026-03-10T00:00"), local("2026-03-11T00:00")));
    assertEquals(List.of(), fixture.desk().bookings(null, TOWER, ROOM, local("2026-03-10T00:00"), local("2026-03-11T00:00")));
    assertEquals(List.of(), fixture.desk().bookings(fixture.serviceClerk, TOWER, ROOM, local("2026-03-11T00:00"), local("2026-03-10T00:00")));
    assertEquals(1, fixture.desk().bookings(fixture.serviceClerk, TOWER, ROOM, java.time.Instant.MIN, java.time.Instant.MAX).size());
  }
}
