package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Remembers the answer to every accepted command id, per center (idempotency), for the idempotency window; after it,
 * a tombstone without the answer (see {@link Receipt#pruned()}).
 */
public interface Receipts {
  Option<Receipt> find(CenterId center, CommandId commandId);

  void record(Receipt receipt);

  /** Every receipt of one case, pruned ones too, in the order recorded: what erasure rewrites. */
  List<Receipt> ofCase(CenterId center, String procedure, String caseId);

  /** Replaces the answer of the stored receipt of the same center and command id (erasure); nothing else changes. */
  void rewrite(Receipt receipt);

  /**
   * Drops the answers of the center's receipts recorded before {@code before}, keeping each as a tombstone (center,
   * command id, case, action, sender, time); answers how many were pruned.
   */
  int prune(CenterId center, Instant before);
}
