package io.bizcenter.spring;

import io.bizcenter.core.BusinessCenter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** The outbox's depth and the age of its oldest notice; each read of a gauge is one query of the backlog. */
final class OutboxMeters implements MeterBinder {
  private final BusinessCenter center;
  private final Clock clock;

  OutboxMeters(BusinessCenter center, Clock clock) {
    this.center = center;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("bizcenter.outbox.depth", center, c -> c.notices().backlog().undelivered())
        .description("notices written and not yet delivered")
        .register(registry);
    TimeGauge.builder("bizcenter.outbox.oldest.age", center, TimeUnit.MILLISECONDS,
            c -> c.notices().backlog().oldestAge(clock.instant()).toMillis())
        .description("how long the oldest undelivered notice has waited")
        .register(registry);
  }
}
