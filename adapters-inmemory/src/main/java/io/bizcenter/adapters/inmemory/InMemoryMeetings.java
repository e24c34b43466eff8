package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.Meetings;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Meetings in memory: the room's calendar is a file of the meetings holding each room by their start, read like the
 * JDBC store's (center, room, start) index, bounded below by the longest meeting there can be.
 */
final class InMemoryMeetings extends InMemoryCases<Meeting> implements Meetings {
  private final CaseFile<Meeting, RoomId> calendar = file(m -> m.holdsRoom() ? List.of(m.room()) : List.of(), Meeting::startsAt);
  // every room's meetings in one file by start, as the JDBC store's (center, start) index
  private final CaseFile<Meeting, Boolean> byStart = file(m -> m.holdsRoom() ? List.of(Boolean.TRUE) : List.of(), Meeting::startsAt);

  InMemoryMeetings(Journal journal) {
    super("meetings", journal);
  }

  @Override
  public List<Meeting> overlapping(CenterId center, RoomId room, Instant from, Instant to) {
    // a slot that ends after from started less than the longest meeting before it
    return read(() -> calendar.between(center, room, from.minus(Meeting.LONGEST), to)).stream()
        .filter(m -> m.overlaps(from, to))
        .sorted(Comparator.comparing(Meeting::startsAt).thenComparing(m -> m.id().value()))
        .toList();
  }

  @Override
  public List<Meeting> startingBetween(CenterId center, Instant from, Instant until) {
    return read(() -> byStart.from(center, Boolean.TRUE, from, until));
  }
}
