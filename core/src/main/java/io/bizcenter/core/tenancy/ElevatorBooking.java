package io.bizcenter.core.tenancy;

import java.time.Instant;

/** MI-6.1: the freight elevator held for the client's move, [start, end); recorded on the Client Move Registration Form. */
public record ElevatorBooking(String elevator, Instant startsAt, Instant endsAt) {
  /** Whether the booking shares any moment with [from, to); one ending when another starts does not. */
  public boolean overlaps(Instant from, Instant to) {
    return startsAt.isBefore(to) && from.isBefore(endsAt);
  }
}
