package io.bizcenter.spring;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.port.Listener;
import io.bizcenter.core.port.OutboxNotice;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;

/**
 * The library's commands and deliveries as Micrometer meters (names in docs/spring-boot.md). Times a command with the
 * registry's clock, so the library's own clock (perhaps a test's manual one) stays out of the latency.
 */
final class CommandMeters implements Listener {
  private final MeterRegistry registry;

  CommandMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Object started(Command command, Actor actor) {
    return Timer.start(registry);
  }

  @Override
  public void decided(Decided decided, Object started) {
    String outcome = decided.outcome().name();
    registry.counter("bizcenter.commands", "procedure", decided.procedure(), "action", decided.action(),
        "outcome", outcome).increment();
    decided.rejection().ifPresent(code -> registry.counter("bizcenter.rejections", "procedure", decided.procedure(),
        "code", code).increment());
    if (decided.conflicts() > 0) {
      registry.counter("bizcenter.conflicts", "procedure", decided.procedure()).increment(decided.conflicts());
    }
    if (started instanceof Timer.Sample sample) {
      sample.stop(registry.timer("bizcenter.command.latency", "procedure", decided.procedure(), "outcome", outcome));
    }
  }

  @Override
  public void delivered(OutboxNotice notice) {
    registry.counter("bizcenter.deliveries", "code", notice.notice().code()).increment();
  }

  @Override
  public void refused(OutboxNotice notice, RuntimeException cause, Instant retryAt) {
    registry.counter("bizcenter.deliveries.failed", "code", notice.notice().code()).increment();
  }
}
