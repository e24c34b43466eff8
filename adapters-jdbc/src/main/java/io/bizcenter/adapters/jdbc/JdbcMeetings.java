package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.Meetings;
import java.time.Instant;
import java.util.List;

/**
 * Meetings in {@code bc_meeting}, with room and slot as real columns: the room's calendar reads the
 * (center, room, start) index, bounded below by the longest meeting there can be, so a clash check costs
 * O(log n + k) however many meetings the room has had.
 */
final class JdbcMeetings extends JdbcCases<Meeting> implements Meetings {
  private static final String OVERLAPPING = "SELECT document FROM bc_meeting WHERE center_id = ? AND room_id = ?"
      + " AND starts_at > ? AND starts_at < ? AND ends_at > ? AND state <> ? ORDER BY starts_at, case_id";

  static final String STARTING = "SELECT document FROM bc_meeting WHERE center_id = ? AND starts_at >= ? AND starts_at < ? AND state <> ?"
      + " ORDER BY starts_at, opened_seq";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcMeetings(JdbcTransactions transactions, Documents documents) {
    super("meetings", "bc_meeting", Meeting.class, transactions, documents, List.of(
        new Column<>("room_id", m -> m.room().value()),
        new Column<>("starts_at", Meeting::startsAt),
        new Column<>("ends_at", Meeting::endsAt)));
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  @Override
  public List<Meeting> overlapping(CenterId center, RoomId room, Instant from, Instant to) {
    // a slot that ends after from started less than the longest meeting before it
    Instant earliestStart = from.minus(Meeting.LONGEST);
    return transactions.use(c -> statements.query(c, OVERLAPPING, row -> documents.read(row.getString(1), Meeting.class),
        center.value(), room.value(), earliestStart, to, from, MeetingState.CANCELLED));
  }

  @Override
  public List<Meeting> startingBetween(CenterId center, Instant from, Instant until) {
    // every room's meetings by start: the (center, start) index of schema 11
    return transactions.use(c -> statements.query(c, STARTING, row -> documents.read(row.getString(1), Meeting.class),
        center.value(), from, until, MeetingState.CANCELLED));
  }
}
