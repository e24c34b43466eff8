package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.NoticeId;
import java.time.Instant;
import java.util.Locale;

/**
 * A written notice waiting in the outbox, with the stable id by which a consumer recognises a repeat, and how many
 * deliveries the vendor's notifier has refused so far.
 */
public record OutboxNotice(NoticeId id, CenterId center, String procedure, String caseId, Notice notice, Instant createdAt, int attempts) {
  /** A notice just written, not yet offered. */
  public static OutboxNotice fresh(NoticeId id, CenterId center, String procedure, String caseId, Notice notice, Instant createdAt) {
    return new OutboxNotice(id, center, procedure, caseId, notice, createdAt, 0);
  }

  public OutboxNotice refused() {
    return new OutboxNotice(id, center, procedure, caseId, notice, createdAt, attempts + 1);
  }

  /** The notice's text in zh-CN or en. */
  public String message(Locale locale) {
    return notice.message(locale);
  }
}
