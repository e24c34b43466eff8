package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.port.CaseStore;
import java.time.Instant;
import java.util.List;

/**
 * The store of meetings: a port, implemented by adapters ({@code InMemoryMeetings}, {@code JdbcMeetings}). Besides the
 * case store, it answers the room's calendar, which the booking rule (MR-0.1) asks on every booking and reschedule.
 */
public interface Meetings extends CaseStore<Meeting> {
  /**
   * The meetings of the center that hold {@code room} for some moment of [{@code from}, {@code to}), earliest start
   * first: every meeting but a cancelled one whose slot starts before {@code to} and ends after {@code from}. A store
   * may rely on no slot lasting longer than {@link Meeting#LONGEST} to keep the query a range read.
   */
  List<Meeting> overlapping(CenterId center, RoomId room, Instant from, Instant to);

  /**
   * The center's meetings, in every room, that start from {@code from} (included) to {@code until} (excluded) and hold
   * their room (every one but a cancelled one), earliest start first, then oldest first: for the room use report. A
   * database adapter reads a (center, start) index.
   */
  List<Meeting> startingBetween(CenterId center, Instant from, Instant until);
}
