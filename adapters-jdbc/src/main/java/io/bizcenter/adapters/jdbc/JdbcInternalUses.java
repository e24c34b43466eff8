package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.InternalUses;
import io.bizcenter.core.services.Slot;
import io.vavr.control.Either;
import java.util.List;

/**
 * Internal uses in {@code bc_internal_use}: the generic case row, plus the device and booked slot of the application
 * as indexed columns, written right after the row in the same transaction, for the device calendar's range reads.
 */
final class JdbcInternalUses extends JdbcCases<InternalUse> implements InternalUses {
  private static final String BOOKING = "UPDATE bc_internal_use SET device_id = ?, starts_at = ?, ends_at = ? WHERE center_id = ? AND case_id = ?";
  private static final String ON_DEVICE = "SELECT document FROM bc_internal_use"
      + " WHERE center_id = ? AND device_id = ? AND starts_at < ? AND ends_at > ? ORDER BY opened_seq";
  private static final String IN_STATE = "SELECT document FROM bc_internal_use WHERE center_id = ? AND device_id = ? AND state = ? ORDER BY opened_seq";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcInternalUses(JdbcTransactions transactions, Documents documents) {
    super("internal-uses", "bc_internal_use", InternalUse.class, transactions, documents);
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  @Override
  public Either<Rejection.VersionConflict, InternalUse> save(InternalUse next, long expectedVersion) {
    return super.save(next, expectedVersion).peek(saved -> transactions.use(c -> statements.update(c, BOOKING, saved.device().value(),
        saved.application().slot().startsAt(), saved.application().slot().endsAt(), saved.center().value(), saved.id().value())));
  }

  @Override
  public List<InternalUse> onDevice(CenterId center, DeviceId device, Slot during) {
    return transactions.use(c -> statements.query(c, ON_DEVICE, row -> documents.read(row.getString(1), InternalUse.class),
        center.value(), device.value(), during.endsAt(), during.startsAt()));
  }

  @Override
  public List<InternalUse> inUseOn(CenterId center, DeviceId device) {
    return transactions.use(c -> statements.query(c, IN_STATE, row -> documents.read(row.getString(1), InternalUse.class),
        center.value(), device.value(), InternalUseState.IN_USE));
  }
}
