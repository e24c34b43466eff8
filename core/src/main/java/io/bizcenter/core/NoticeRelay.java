package io.bizcenter.core;

import io.bizcenter.core.kernel.LogContext;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.port.Backlog;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Listener;
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
  private final Listener listener;

  NoticeRelay(Transactions transactions, EventLog eventLog, Notifier notifier, Clock clock, Listener listener) {
    this.transactions = transactions;
    this.eventLog = eventLog;
    this.notifier = notifier;
    this.clock = clock;
    this.listener = listener;
  }

  /** What one run did: how many notices went out, and which ones the notifier refused (they will be offered again). */
  public record Delivery(int delivered, List<NoticeId> refused) {
    public Delivery {
      refused = List.copyOf(refused);
    }
  }

  /**
   * Hands up to {@code max} due notices to the notifier, in one transaction that holds them; the {@link Listener} hears
   * of each once the transaction has ended.
   */
  public Delivery deliverPending(int max) {
    // a broken clock (Instant.MAX) must not make the back-off overflow: read within the range stores hold
    Instant now = TimeRange.clamp(clock.instant());
    List<Runnable> heard = new ArrayList<>();
    Delivery delivery = transactions.<Delivery>inTransaction(() -> Either.right(deliver(eventLog.claimDue(max, now), now, heard))).get();
    heard.forEach(this::tellListener);
    return delivery;
  }

  /** How many notices wait, and how old the oldest is: what a health check watches. */
  public Backlog backlog() {
    return eventLog.backlog();
  }

  private Delivery deliver(List<OutboxNotice> claimed, Instant now, List<Runnable> heard) {
    int delivered = 0;
    List<NoticeId> refused = new ArrayList<>();
    for (OutboxNotice notice : claimed) {
      try (LogContext context = LogContext.open().put(LogContext.CENTER, notice.center().value())
          .put(LogContext.PROCEDURE, notice.procedure()).put(LogContext.CASE, notice.caseId()).put(LogContext.NOTICE, notice.id().value())) {
        try {
          notifier.deliver(notice);
        } catch (RuntimeException e) {
          // the vendor's messaging is down or refused this one: count it, say so, offer it again later
          Instant retryAt = now.plus(backOff(notice.attempts() + 1));
          LOG.warn("notice {} of {} ({} to {}) not delivered (attempt {}), offered again at {}", LogText.of(notice.id().value()),
              LogText.of(notice.center().value()), notice.notice().code(), notice.notice().to(), notice.attempts() + 1, retryAt, e);
          eventLog.markRefused(notice.center(), notice.id(), retryAt);
          refused.add(notice.id());
          heard.add(() -> listener.refused(notice, e, retryAt));
          continue;
        }
        eventLog.markDelivered(notice.center(), notice.id());
        delivered++;
        heard.add(() -> listener.delivered(notice));
      }
    }
    return new Delivery(delivered, refused);
  }

  private void tellListener(Runnable telling) {
    try {
      telling.run();
    } catch (RuntimeException e) {
      // the delivery stands whatever the listener does; its failure is logged, not hidden
      LOG.warn("the listener failed on a delivery", e);
    }
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
