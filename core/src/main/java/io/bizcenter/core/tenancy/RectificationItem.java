package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.Optional;

/**
 * MI-4.5: one rectification comment from the Acceptance &amp; Rectification Form, which Engineering handles to closure.
 * Numbered in the order written on the form ({@code R1}, {@code R2}, ...).
 */
public record RectificationItem(String id, String comment, Instant raisedAt, Optional<String> resolution, Optional<Instant> closedAt,
    Optional<StaffId> closedBy) {
  static RectificationItem raised(String id, String comment, Instant at) {
    return new RectificationItem(id, comment, at, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean open() {
    return closedAt.isEmpty();
  }

  RectificationItem closed(String how, Instant at, StaffId by) {
    return new RectificationItem(id, comment, raisedAt, Optional.of(how), Optional.of(at), Optional.of(by));
  }
}
