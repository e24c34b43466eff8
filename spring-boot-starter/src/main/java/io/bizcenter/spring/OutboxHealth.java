package io.bizcenter.spring;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.port.Backlog;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * DOWN once the oldest undelivered notice has waited longer than {@code bizcenter.health.max-oldest-age}: the relay is
 * not running, or the notifier keeps refusing. Read on the library's clock, the one notices are dated with.
 */
public final class OutboxHealth extends AbstractHealthIndicator {
  private final BusinessCenter center;
  private final Clock clock;
  private final Duration maxOldestAge;

  OutboxHealth(BusinessCenter center, Clock clock, Duration maxOldestAge) {
    super("the outbox's backlog could not be read");
    this.center = center;
    this.clock = clock;
    this.maxOldestAge = maxOldestAge;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Backlog backlog = center.notices().backlog();
    Duration age = backlog.oldestAge(clock.instant());
    (age.compareTo(maxOldestAge) > 0 ? builder.down() : builder.up())
        .withDetail("undelivered", backlog.undelivered())
        .withDetail("oldestAge", age.toString())
        .withDetail("maxOldestAge", maxOldestAge.toString());
  }
}
