package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.NoticeId;
import java.util.List;

/**
 * The append-only record of accepted decisions: the audit trail (GS-6) and, through the notices it holds,
 * the outbox. An entry is appended in the same transaction as the case it describes.
 */
public interface EventLog {
  void append(AuditEntry entry);

  /** A case's trail, in the order it happened. */
  List<AuditEntry> trail(CenterId center, String procedure, String caseId);

  /** Notices not yet delivered, oldest first, across all centers (the relay serves them all). */
  List<OutboxNotice> pendingNotices(int max);

  void markDelivered(NoticeId id);
}
