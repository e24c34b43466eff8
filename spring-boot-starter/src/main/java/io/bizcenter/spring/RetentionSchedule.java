package io.bizcenter.spring;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.privacy.Pruning;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the retention policy to each configured center every {@code bizcenter.retention.interval} (a day by default),
 * on a thread of its own; on only when {@code bizcenter.retention.enabled} is set. The first run starts one interval
 * after start-up, so that an application restarting often does not scan its centers each time.
 */
public final class RetentionSchedule extends Repeating {
  private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

  private final BusinessCenter center;
  private final List<CenterId> centers;

  RetentionSchedule(BusinessCenter center, List<CenterId> centers, Duration interval) {
    super("bizcenter-retention", interval);
    this.center = center;
    this.centers = List.copyOf(centers);
  }

  @Override
  void runOnceQuietly() {
    runOnce();
  }

  /** One pass over every configured center: what was done in each where the policy could be applied. */
  public List<Pruning> runOnce() {
    List<Pruning> done = new ArrayList<>();
    for (CenterId c : centers) {
      try {
        Either<Rejection, Pruning> answer = center.personalData().applyRetention(c);
        answer.peek(done::add).orElseRun(r -> log.warn("retention not applied in center {}: {}", LogText.of(c.value()), r.code()));
      } catch (RuntimeException e) {
        // a broken database must not end the schedule, nor keep the other centers waiting: the next run tries again
        log.warn("retention failed in center {}; it runs again in {}", LogText.of(c.value()), interval(), e);
      }
    }
    return done;
  }
}
