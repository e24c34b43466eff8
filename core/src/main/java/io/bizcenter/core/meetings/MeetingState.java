package io.bizcenter.core.meetings;

/**
 * Where a meeting stands. The tasks of the departments are not states of their own: they run side by side, so each
 * is a status on the meeting ({@link ScheduledTask}), and the states mark only what gates them.
 */
public enum MeetingState {
  /** The room is booked for the client (MR-0.1); Service &amp; Cleaning owes the confirmation (MR-1.1). */
  BOOKED,
  /** Confirmed, request form filled, the other departments told in writing (MR-1.1); preparation under way. */
  CONFIRMED,
  /** The meeting is being held (MR-2.1, MR-2.2). */
  IN_SESSION,
  /** The meeting is over; see-off, invoice, equipment and cleaning follow (MR-3.1 to MR-3.3). */
  ENDED,
  /** Every task done: the meeting's case is closed. */
  CLOSED,
  /** Called off before it started: the room is free again and every open task withdrawn. */
  CANCELLED
}
