package io.bizcenter.core;

import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Transactions;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes written notices from the outbox to the vendor's {@link Notifier}, at least once each. Each run claims the
 * notices due in one transaction, so relays on several nodes share the work without two holding the same notice.
 * A notice the notifier refuses (throws) is offered again after a back-off that doubles from 30 seconds to at most
 * an hour, and the run reports it: nothing is lost and nothing is hidden. Call {@link #deliverPending} from the
 * vendor's scheduler; keep {@code max} small, since claimed notices stay held while the notifier works.
 */
public final class NoticeRelay {
  private static final Logger LOG = LoggerFactory.getLogger(NoticeRelay.class);
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  private final Transactions transactions;
  private final EventLog eventLog;
  private final Notifier notifier;
  private final Clock clock;

  NoticeRelay(Transactions transactions, EventLog eventLog, Notifier notifier, Clock clock) {
    this.transactions = transactions;
    this.eventLog = eventLog;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** What one run did: how many notices went out, and which ones the notifier refused (they will be offered again). */
  public record Delivery(int delivered, List<NoticeId> refused) {
    public Delivery {
      refused = List.copyOf(refused);
    }
  }

  public Delivery deliverPending(int max) {
    // a broken clock (Instant.MAX) must not make the back-off overflow: read within the range stores hold
    Instant now = TimeRange.clamp(clock.instant());
    return transactions.<Delivery>inTransaction(() -> Either.right(deliver(eventLog.claimDue(max, now), now))).get();
  }

  private Delivery deliver(List<OutboxNotice> claimed, Instant now) {
    int delivered = 0;
    List<NoticeId> refused = new ArrayList<>();
    for (OutboxNotice notice : claimed) {
      try {
        notifier.deliver(notice);
      } catch (RuntimeException e) {
        // the vendor's messaging is down or refused this one: count it, say so, offer it again later
        Instant retryAt = now.plus(backOff(notice.attempts() + 1));
        LOG.warn("notice {} of {} ({} to {}) not delivered (attempt {}), offered again at {}", LogText.of(notice.id().value()),
            LogText.of(notice.center().value()), notice.notice().code(),
            notice.notice().to(), notice.attempts() + 1, retryAt, e);
        eventLog.markRefused(notice.center(), notice.id(), retryAt);
        refused.add(notice.id());
        continue;
      }
      eventLog.markDelivered(notice.center(), notice.id());
      delivered++;
    }
    return new Delivery(delivered, refused);
  }

  /** 30 s, 1 min, 2 min, ... up to an hour between attempts. */
  static Duration backOff(int attempts) {
    Duration wait = FIRST_RETRY;
    for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
  }
}
