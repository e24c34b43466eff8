package io.bizcenter.spring;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Work run on a daemon thread of its own every interval, the first run one interval after start, until the context
 * stops: then no new run starts, and a run under way is given 30 seconds to finish. The outbox relay and the retention
 * schedule are each one.
 */
abstract class Repeating implements SmartLifecycle {
  private final String threadName;
  private final Duration interval;
  private volatile ScheduledExecutorService scheduler;

  Repeating(String threadName, Duration interval) {
    this.threadName = threadName;
    this.interval = interval;
  }

  /** One run. It must not throw: a failure is logged, and the next run tries again (a broken database ends no schedule). */
  abstract void runOnceQuietly();

  Duration interval() {
    return interval;
  }

  @Override
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(run -> {
      Thread thread = new Thread(run, threadName);
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::runOnceQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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

  /** Whether the thread has ended: true once {@link #stop()} returned. */
  public boolean stopped() {
    ScheduledExecutorService running = scheduler;
    return running == null || running.isTerminated();
  }
}
