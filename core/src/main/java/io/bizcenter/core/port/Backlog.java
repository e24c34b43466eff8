package io.bizcenter.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the outbox stands: how many notices wait undelivered, across every center, and when the oldest of them was
 * written. What operations watch: a relay that stopped draining shows as an oldest notice growing older.
 *
 * @param undelivered notices written and not yet taken by the notifier, refused ones included
 * @param oldest when the oldest undelivered notice was written; empty when none waits
 */
public record Backlog(long undelivered, Optional<Instant> oldest) {
  public static final Backlog EMPTY = new Backlog(0, Optional.empty());

  /** How long the oldest notice has waited at {@code now}; zero when none waits. */
  public Duration oldestAge(Instant now) {
    return oldest.map(at -> at.isBefore(now) ? Duration.between(at, now) : Duration.ZERO).orElse(Duration.ZERO);
  }
}
