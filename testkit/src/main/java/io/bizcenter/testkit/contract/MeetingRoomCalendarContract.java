package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.MEETINGS;
import static io.bizcenter.testkit.contract.Samples.POLICY;
import static io.bizcenter.testkit.contract.Samples.ROOM;
import static io.bizcenter.testkit.contract.Samples.at;
import static io.bizcenter.testkit.contract.Samples.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.meetings.Device;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.Meetings;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Receipt;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of the meetings store's own query, the room's calendar ({@code Meetings.overlapping}), which the
 * booking rule asks on every booking and reschedule (MR-0.1: no two bookings of a room overlap); and that a meeting's
 * events and its receipts read back equal from the event log and the receipts, every kind of event included.
 */
public abstract class MeetingRoomCalendarContract extends PortContract {
  private static final RoomId OTHER_ROOM = RoomId.of("502");

  private Meetings meetings() {
    return storage.meetings();
  }

  private Meeting saved(Meeting m) {
    committed(() -> assertTrue(meetings().save(m, m.version() - 1).isRight(), () -> "saving " + m.id()));
    return m;
  }

  /** The meeting one step on, in a new state (as the command path saves it). */
  private Meeting moved(Meeting m, MeetingState to) {
    return saved(m.advancedTo(to, m.stateEnteredAt().plusSeconds(60), m.policy()));
  }

  private List<String> ids(List<Meeting> found) {
    return found.stream().map(m -> m.id().value()).toList();
  }

  @Test
  @DisplayName("MR-0.1 an empty calendar: nothing holds the room")
  void anEmptyCalendar() {
    assertEquals(List.of(), meetings().overlapping(CENTER_A, ROOM, at(0), at(600)));
  }

  @Test
  @DisplayName("MR-0.1 every meeting sharing a moment with the slot is found, earliest first; touching slots, other rooms and other centers are not")
  void whatOverlaps() {
    // the slot asked about: 10:00 to 12:00 (minutes 600 to 720)
    saved(meeting(CENTER_A, "inside", ROOM, at(630), at(690), MeetingState.BOOKED));
    saved(meeting(CENTER_A, "over-start", ROOM, at(540), at(610), MeetingState.CONFIRMED));
    saved(meeting(CENTER_A, "over-end", ROOM, at(700), at(800), MeetingState.BOOKED));
    saved(meeting(CENTER_A, "around", ROOM, at(500), at(900), MeetingState.IN_SESSION));
    saved(meeting(CENTER_A, "ends-at-start", ROOM, at(540), at(600), MeetingState.BOOKED));
    saved(meeting(CENTER_A, "starts-at-end", ROOM, at(720), at(780), MeetingState.BOOKED));
    saved(meeting(CENTER_A, "other-room", OTHER_ROOM, at(600), at(720), MeetingState.BOOKED));
    saved(meeting(CENTER_B, "other-center", ROOM, at(600), at(720), MeetingState.BOOKED));

    assertEquals(List.of("around", "over-start", "inside", "over-end"), ids(meetings().overlapping(CENTER_A, ROOM, at(600), at(720))));
    assertEquals(List.of("other-room"), ids(meetings().overlapping(CENTER_A, OTHER_ROOM, at(600), at(720))));
    assertEquals(List.of("other-center"), ids(meetings().overlapping(CENTER_B, ROOM, at(600), at(720))));
  }

  @Test
  @DisplayName("MR-0.1 a cancelled meeting frees its slot; an ended or closed one keeps it")
  void cancelledFreesEndedKeeps() {
    Meeting cancelled = saved(meeting(CENTER_A, "cancelled", ROOM, at(600), at(660), MeetingState.BOOKED));
    Meeting held = saved(meeting(CENTER_A, "held", ROOM, at(660), at(720), MeetingState.IN_SESSION));

    moved(cancelled, MeetingState.CANCELLED);
    moved(moved(held, MeetingState.ENDED), MeetingState.CLOSED);

    assertEquals(List.of("held"), ids(meetings().overlapping(CENTER_A, ROOM, at(600), at(720))));
  }

  @Test
  @DisplayName("MR-0.1 a meeting of the longest length that ends inside the slot is found (a store may bound its search by it)")
  void theLongestMeetingIsFound() {
    saved(meeting(CENTER_A, "all-day", ROOM, at(601).minus(Meeting.LONGEST), at(601), MeetingState.BOOKED));
    saved(meeting(CENTER_A, "day-before", ROOM, at(600).minus(Meeting.LONGEST), at(600), MeetingState.BOOKED));

    assertEquals(List.of("all-day"), ids(meetings().overlapping(CENTER_A, ROOM, at(600), at(720))));
  }

  @Test
  @DisplayName("MR-0.1 a saved reschedule moves the meeting in the calendar: the old slot is free, the new one held")
  void aRescheduleMovesTheMeeting() {
    Meeting first = saved(meeting(CENTER_A, "m-1", ROOM, at(600), at(660), MeetingState.CONFIRMED));

    Meeting movedMeeting = saved(meeting(CENTER_A, "m-1", OTHER_ROOM, at(900), at(960), MeetingState.CONFIRMED, first.version() + 1));

    assertEquals(List.of(), meetings().overlapping(CENTER_A, ROOM, at(600), at(660)));
    assertEquals(List.of(movedMeeting), meetings().overlapping(CENTER_A, OTHER_ROOM, at(930), at(931)));
    assertEquals(Option.of(movedMeeting), meetings().find(CENTER_A, "m-1"));
  }

  @Test
  @DisplayName("GS-6 every kind of meeting event, and a meeting as a receipt's answer, read back equal from the event log and receipts")
  void meetingEventsAndReceiptsReadBack() {
    Meeting m = Samples.meeting(CENTER_A, "m-1", 1, at(0));
    List<DomainEvent> events = everyEvent(m);
    // the list names every event of the sealed family, so a new one cannot be forgotten here
    assertEquals(Arrays.stream(MeetingEvent.class.getPermittedSubclasses()).collect(Collectors.toSet()),
        events.stream().map(Object::getClass).collect(Collectors.toSet()));
    OutboxNotice notice = OutboxNotice.fresh(new NoticeId("n-m-1"), CENTER_A, MEETINGS, "m-1",
        Notice.to(Department.ENGINEERING, "MR_MEETING_NOTICE", Clause.of("MR-1.1"), "m-1", "501", "2024-05-08 09:00", "2024-05-08 11:00"), at(1));
    AuditEntry entry = new AuditEntry(CENTER_A, MEETINGS, "m-1", 1, CommandId.of("cmd-m-1"), StaffId.of("sc-1"), Role.STAFF,
        Department.SERVICE_AND_CLEANING, at(1), MeetingAction.CONFIRM.name(), Clause.of("MR-1.1"), POLICY,
        Optional.of(MeetingState.BOOKED.name()), MeetingState.CONFIRMED.name(), events, List.of(notice));
    Receipt receipt = new Receipt(CENTER_A, CommandId.of("cmd-m-1"), MEETINGS, "m-1", MeetingAction.CONFIRM.name(), m,
        new Receipt.Sender(StaffId.of("sc-1"), Role.STAFF, Department.SERVICE_AND_CLEANING), at(1));

    committed(() -> {
      storage.eventLog().append(entry);
      storage.receipts().record(receipt);
    });

    assertEquals(List.of(entry), storage.eventLog().trail(CENTER_A, MEETINGS, "m-1"));
    assertEquals(Option.of(receipt), storage.receipts().find(CENTER_A, CommandId.of("cmd-m-1")));
    assertEquals(List.of(notice), storage.eventLog().pendingNotices(10));
  }

  private static List<DomainEvent> everyEvent(Meeting m) {
    Optional<String> note = Optional.of("好");
    return List.of(
        new MeetingEvent.MeetingRoomBooked(m.room(), m.startsAt(), m.endsAt(), m.client(), m.subject(), true),
        new MeetingEvent.ClientContactRecorded("客户确认人数"),
        new MeetingEvent.MeetingRescheduled(OTHER_ROOM, m.startsAt().plus(Duration.ofDays(1)), m.endsAt().plus(Duration.ofDays(1)), "客户改期",
            false, List.of(Task.SET_UP_VENUE, Task.CHECK_DEVICES)),
        new MeetingEvent.MeetingCancelled("客户取消", List.of(Task.CLEAN_VENUE)),
        new MeetingEvent.MeetingConfirmed(m.requestForm().orElseThrow()),
        new MeetingEvent.VenueSetUp(note),
        new MeetingEvent.AttendeesGuided(Optional.empty()),
        new MeetingEvent.DevicesChecked(List.of(Device.values()), note),
        new MeetingEvent.RoadsClearedAndParkingArranged(note),
        new MeetingEvent.VenueCleanedAndInspected(note),
        new MeetingEvent.TaskWaived(Task.CLEAR_ROADS_AND_PARKING, "车库施工"),
        new MeetingEvent.MeetingStarted(List.of(Task.CLEAR_ROADS_AND_PARKING)),
        new MeetingEvent.TeaServiceRecorded(25),
        new MeetingEvent.IncidentLogged("投影仪闪烁"),
        new MeetingEvent.SoundAndLightingRecorded(note),
        new MeetingEvent.MeetingEnded(),
        new MeetingEvent.GuestsSeenOffAndInvoiced(m.invoice().orElseThrow()),
        new MeetingEvent.EquipmentCollected("设备间 B1"),
        new MeetingEvent.VenueCleaned(Optional.empty()),
        new MeetingEvent.MeetingClosed());
  }

  @Test
  @DisplayName("MR-0.1 calendars are per center: the same room number in another building is another room")
  void calendarsArePerCenter() {
    saved(meeting(CENTER_A, "m-1", ROOM, at(600), at(660), MeetingState.BOOKED));

    assertEquals(List.of(), meetings().overlapping(CENTER_B, ROOM, at(0), at(10_000)));
    assertEquals(Set.of("m-1"), Set.copyOf(ids(meetings().overlapping(CENTER_A, ROOM, at(0), at(10_000)))));
  }
}
