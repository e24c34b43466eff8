package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.Optional;

/**
 * MI-6.2: the client's secondary-renovation application, the Engineering renovation manager introduced for it, and the
 * first meeting, once held.
 */
public record Renovation(String application, StaffId manager, Instant introducedAt, Optional<Instant> firstMeetingAt,
    Optional<String> firstMeetingNote) {
  Renovation met(Instant at, Optional<String> note) {
    return new Renovation(application, manager, introducedAt, Optional.of(at), note);
  }
}
