package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.RoomId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What happened to a meeting, in the past tense; the audit trail holds them with who, when and the clause. */
public sealed interface MeetingEvent extends DomainEvent {
  /** MR-0.1; {@code late}: booked less than the confirmation's offset ahead, so the timeline is compressed. */
  record MeetingRoomBooked(RoomId room, Instant startsAt, Instant endsAt, Client client, String subject, boolean late)
      implements MeetingEvent {}

  /** A contact with the client was noted: Service keeps in contact with the client until the meeting ends (MR-0.1). */
  record ClientContactRecorded(String note) implements MeetingEvent {}

  /** The new slot; {@code reopened}: the preparations done (or waived) for the old slot, to be done again. */
  record MeetingRescheduled(RoomId room, Instant startsAt, Instant endsAt, String reason, boolean late, List<Task> reopened)
      implements MeetingEvent {
    public MeetingRescheduled {
      reopened = List.copyOf(reopened);
    }
  }

  /** {@code withdrawn}: the tasks that were still open, taken off every agenda. */
  record MeetingCancelled(String reason, List<Task> withdrawn) implements MeetingEvent {
    public MeetingCancelled {
      withdrawn = List.copyOf(withdrawn);
    }
  }

  /** Service &amp; Cleaning confirmed the meeting with the client's request form; the other departments were told (MR-1.1). */
  record MeetingConfirmed(RequestForm form) implements MeetingEvent {}

  /** Service &amp; Cleaning set up the venue, due the day before the meeting (MR-1.2). */
  record VenueSetUp(Optional<String> note) implements MeetingEvent {}

  /** The reception staff of Service &amp; Cleaning guided the attendees (MR-1.2). */
  record AttendeesGuided(Optional<String> note) implements MeetingEvent {}

  /** Engineering confirmed every device works: lighting, audio-visual, microphones, multimedia projection (MR-1.3). */
  record DevicesChecked(List<Device> working, Optional<String> note) implements MeetingEvent {
    public DevicesChecked {
      working = List.copyOf(working);
    }
  }

  /** Security kept the building's roads clear and arranged parking for visitors' cars, from an hour before (MR-1.4). */
  record RoadsClearedAndParkingArranged(Optional<String> note) implements MeetingEvent {}

  /** Service cleaned the venue and inspected the cleaning, due the day before the meeting (MR-1.5). */
  record VenueCleanedAndInspected(Optional<String> note) implements MeetingEvent {}

  /** A manager's waiver: which task, under which clause, and why. */
  record TaskWaived(Task task, String reason) implements MeetingEvent {}

  /** {@code waived}: the preparations the meeting started without. */
  record MeetingStarted(List<Task> waived) implements MeetingEvent {
    public MeetingStarted {
      waived = List.copyOf(waived);
    }
  }

  /** Service served tea throughout the meeting; the servings go on the invoice (MR-2.1). */
  record TeaServiceRecorded(int servings) implements MeetingEvent {}

  /** An incident during the meeting was logged with how Service handled it (MR-2.1). */
  record IncidentLogged(String description) implements MeetingEvent {}

  /** Engineering kept every device working, played the music and adjusted the lighting as the meeting went (MR-2.2). */
  record SoundAndLightingRecorded(Optional<String> note) implements MeetingEvent {}

  /** The meeting was over: no more client contacts are noted, and the tasks after the meeting follow (MR-0.1). */
  record MeetingEnded() implements MeetingEvent {}

  /** Service saw the guests out, tidied the rostrum and issued the invoice to the client (MR-3.1). */
  record GuestsSeenOffAndInvoiced(Invoice invoice) implements MeetingEvent {}

  /** Engineering collected all equipment used and locked it away in the named store (MR-3.2). */
  record EquipmentCollected(String lockedIn) implements MeetingEvent {}

  /** Service cleaned the venue after the meeting (MR-3.3). */
  record VenueCleaned(Optional<String> note) implements MeetingEvent {}

  /** Every task was done, and Service, which coordinated the departments, closed the meeting's case (MR-0.1). */
  record MeetingClosed() implements MeetingEvent {}
}
