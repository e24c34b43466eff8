package io.bizcenter.core;

import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.OutboxNotice;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes written notices from the outbox to the vendor's {@link Notifier}, at least once each. A notice the
 * notifier refuses (throws) stays in the outbox for the next run, and the run reports it: nothing is lost and
 * nothing is hidden. Call {@link #deliverPending} from the vendor's scheduler, or after each command.
 */
public final class NoticeRelay {
  private static final Logger LOG = LoggerFactory.getLogger(NoticeRelay.class);

  private final EventLog eventLog;
  private final Notifier notifier;

  NoticeRelay(EventLog eventLog, Notifier notifier) {
    this.eventLog = eventLog;
    this.notifier = notifier;
  }

  /** What one run did: how many notices went out, and which ones the notifier refused. */
  public record Delivery(int delivered, List<NoticeId> refused) {
    public Delivery {
      refused = List.copyOf(refused);
    }
  }

  public Delivery deliverPending(int max) {
    int delivered = 0;
    List<NoticeId> refused = new ArrayList<>();
    for (OutboxNotice notice : eventLog.pendingNotices(max)) {
      try {
        notifier.deliver(notice);
      } catch (RuntimeException e) {
        // the vendor's messaging is down or refused this one: keep it pending, say so, try again next run
        LOG.warn("notice {} ({} to {}) not delivered, kept in the outbox", notice.id(), notice.notice().code(), notice.notice().to(), e);
        refused.add(notice.id());
        continue;
      }
      eventLog.markDelivered(notice.id());
      delivered++;
    }
    return new Delivery(delivered, refused);
  }
}
