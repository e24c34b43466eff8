package io.bizcenter.spring;

import io.bizcenter.core.BusinessCenter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Hands written notices to the notifier on a thread of its own, every {@code bizcenter.relay.interval}. Stops with the
 * context: no new run starts, and a run under way finishes (a notice half-delivered would be offered again anyway).
 */
public final class OutboxRelay implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final BusinessCenter center;
  private final Duration interval;
  private final int batch;
  private volatile ScheduledExecutorService scheduler;

  OutboxRelay(BusinessCenter center, Duration interval, int batch) {
    this.center = center;
    this.interval = interval;
    this.batch = batch;
  }

  @Override
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(run -> {
      Thread thread = new Thread(run, "bizcenter-outbox-relay");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::relay, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void relay() {
    try {
      center.notices().deliverPending(batch);
    } catch (RuntimeException e) {
      // a broken database must not end the schedule: the next run tries again, and the health indicator shows the age
      log.warn("the outbox relay failed; it runs again in {}", interval, e);
    }
  }

  @Override
  public synchronized void stop() {
    ScheduledExecutorService running = scheduler;
    if (running == null) {
      return;
    }
    running.shutdown();
    try {
      if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
        running.shutdownNow();
      }
    } catch (InterruptedException e) {
      running.shutdownNow();
      Thread.currentThread().interrupt();
    }
    scheduler = null;
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  /** Whether the relay's thread has ended: true once {@link #stop()} returned. */
  public boolean stopped() {
    ScheduledExecutorService running = scheduler;
    return running == null || running.isTerminated();
  }
}
