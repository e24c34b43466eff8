package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.Meetings;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Meetings in memory; the room's calendar scans the center's meetings, which is fine at in-memory sizes. */
final class InMemoryMeetings extends InMemoryCases<Meeting> implements Meetings {
  InMemoryMeetings(Journal journal) {
    super("meetings", journal);
  }

  @Override
  public List<Meeting> overlapping(CenterId center, RoomId room, Instant from, Instant to) {
    return all(center).stream()
        .filter(m -> m.room().equals(room) && m.holdsRoom() && m.overlaps(from, to))
        .sorted(Comparator.comparing(Meeting::startsAt).thenComparing(m -> m.id().value()))
        .toList();
  }
}
