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

  record MeetingConfirmed(RequestForm form) implements MeetingEvent {}

  record VenueSetUp(Optional<String> note) implements MeetingEvent {}

  record AttendeesGuided(Optional<String> note) implements MeetingEvent {}

  record DevicesChecked(List<Device> working, Optional<String> note) implements MeetingEvent {
    public DevicesChecked {
      working = List.copyOf(working);
    }
  }

  record RoadsClearedAndParkingArranged(Optional<String> note) implements MeetingEvent {}

  record VenueCleanedAndInspected(Optional<String> note) implements MeetingEvent {}

  /** A manager's waiver: which task, under which clause, and why. */
  record TaskWaived(Task task, String reason) implements MeetingEvent {}

  /** {@code waived}: the preparations the meeting started without. */
  record MeetingStarted(List<Task> waived) implements MeetingEvent {
    public MeetingStarted {
      waived = List.copyOf(waived);
    }
  }

  record TeaServiceRecorded(int servings) implements MeetingEvent {}

  record IncidentLogged(String description) implements MeetingEvent {}

  record SoundAndLightingRecorded(Optional<String> note) implements MeetingEvent {}

  record MeetingEnded() implements MeetingEvent {}

  record GuestsSeenOffAndInvoiced(Invoice invoice) implements MeetingEvent {}

  record EquipmentCollected(String lockedIn) implements MeetingEvent {}

  record VenueCleaned(Optional<String> note) implements MeetingEvent {}

  record MeetingClosed() implements MeetingEvent {}
}
