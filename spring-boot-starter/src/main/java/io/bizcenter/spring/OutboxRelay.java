package io.bizcenter.spring;

import io.bizcenter.core.BusinessCenter;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands written notices to the notifier on a thread of its own, every {@code bizcenter.relay.interval}. Stops with the
 * context: no new run starts, and a run under way finishes (a notice half-delivered would be offered again anyway).
 */
public final class OutboxRelay extends Repeating {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final BusinessCenter center;
  private final int batch;

  OutboxRelay(BusinessCenter center, Duration interval, int batch) {
    super("bizcenter-outbox-relay", interval);
    this.center = center;
    this.batch = batch;
  }

  @Override
  void runOnceQuietly() {
    try {
      center.notices().deliverPending(batch);
    } catch (RuntimeException e) {
      // a broken database must not end the schedule: the next run tries again, and the health indicator shows the age
      log.warn("the outbox relay failed; it runs again in {}", interval(), e);
    }
  }
}
