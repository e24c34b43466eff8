package io.bizcenter.core.port;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Where a procedure's cases are kept; each procedure's store port ({@code Complaints}, ...) is one of these.
 * Every read and write stays within one center.
 */
public interface CaseStore<C extends Case<?, C>> {
  /** The case with this id in this center; a case of another center is not there. */
  Option<C> find(CenterId center, String caseId);

  /**
   * Saves {@code next} if the stored version is still {@code expectedVersion} (0: the case is new); otherwise
   * answers the conflict and writes nothing (optimistic lock).
   */
  Either<Rejection.VersionConflict, C> save(C next, long expectedVersion);

  /**
   * The receipt of {@code commandId}, if any, and the case {@code caseId}, as the command path reads them before a step:
   * a store beside {@code receipts} in one database answers both with one query. This default asks {@code receipts},
   * then, without a receipt, this store.
   */
  default ReceiptAndCase<C> withReceipt(Receipts receipts, CenterId center, CommandId commandId, String caseId) {
    Option<Receipt> receipt = receipts.find(center, commandId);
    return new ReceiptAndCase<>(receipt, receipt.isDefined() ? Option.none() : find(center, caseId));
  }

  /** Every case of the center, oldest first: for a vendor's lists and for tests, not for hot paths. */
  List<C> all(CenterId center);
}
