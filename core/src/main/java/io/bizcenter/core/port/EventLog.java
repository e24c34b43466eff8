package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.NoticeId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The append-only record of accepted decisions: the audit trail (GS-6) and, through the notices it holds,
 * the outbox. An entry is appended in the same transaction as the case it describes.
 */
public interface EventLog {
  /**
   * Appends the entry and its notices. Ids are unique within a center ({@link Ids}): the same notice id in two centers
   * is two notices, both kept and both delivered; a notice id the center already used is a broken {@link Ids} and
   * fails loudly (an exception, the unit of work rolled back), never a silent drop.
   */
  void append(AuditEntry entry);

  /** A case's trail, in the order it happened. */
  List<AuditEntry> trail(CenterId center, String procedure, String caseId);

  /**
   * A page of the center's audit trail across every case (GS-6): the entries of {@code query.center()} decided in
   * {@code [query.from(), query.until())}, of the procedures in {@code procedures} (and of {@code query.procedure()} when
   * named), by the named member of staff, department and clause, in the query's order by decision time and then by the
   * order the store wrote them, at most {@code query.pageSize()} of them after the query's cursor ({@link ActivityCursor}).
   * Entries carry their events, not their notices. Keyset paging, never an offset: an entry written while a vendor
   * pages neither repeats nor pushes another out of the pages. The query is checked before; no procedures is no entries.
   */
  ActivityPage activity(ActivityQuery query, Set<String> procedures);

  /** Notices not yet delivered, oldest first, across all centers, whether due now or waiting for a retry. */
  List<OutboxNotice> pendingNotices(int max);

  /** How many notices wait undelivered, across all centers, and when the oldest was written (what operations watch). */
  Backlog backlog();

  /**
   * Up to {@code max} undelivered notices due at {@code now}, oldest first, held for the current transaction:
   * a relay on another node that claims meanwhile skips them (on PostgreSQL, {@code FOR UPDATE SKIP LOCKED}).
   */
  List<OutboxNotice> claimDue(int max, Instant now);

  /**
   * The notifier took the notice {@code id} of {@code center}; it is never offered again. Marking an unknown or delivered
   * notice does nothing. A notice is known by its center and its id, as a case is: ids are unique within a center only.
   */
  void markDelivered(CenterId center, NoticeId id);

  /**
   * Replaces what the stored entry of the same center, procedure, case and version says happened: its events, and the
   * arguments of its notices (same ids). Who acted, when, which action under which clause and policy, the states
   * before and after stay as they were: only erasure calls this, to take personal data out of the trail (GS-6).
   */
  void rewrite(AuditEntry entry);

  /**
   * Removes the center's notices that were delivered and written before {@code before}, from the outbox and from the
   * trail's entries; undelivered notices stay, however old. Answers how many were removed.
   */
  int pruneDelivered(CenterId center, Instant before);

  /** The notifier refused the notice {@code id} of {@code center}: one more attempt counted, offered again from {@code retryAt}. Never dropped. */
  void markRefused(CenterId center, NoticeId id, Instant retryAt);
}
