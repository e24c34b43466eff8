package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.ServiceOrders;
import io.bizcenter.core.services.Slot;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/**
 * Service orders in {@code bc_service_order}: the generic case row, plus the booked device and slot as indexed
 * columns, written right after the row in the same transaction, for the device calendar's range reads.
 */
final class JdbcServiceOrders extends JdbcCases<ServiceOrder> implements ServiceOrders {
  private static final String BOOKING = "UPDATE bc_service_order SET device_id = ?, starts_at = ?, ends_at = ? WHERE center_id = ? AND case_id = ?";
  private static final String ON_DEVICE = "SELECT document FROM bc_service_order"
      + " WHERE center_id = ? AND device_id = ? AND starts_at < ? AND ends_at > ? ORDER BY opened_seq";
  private static final String IN_STATE = "SELECT document FROM bc_service_order WHERE center_id = ? AND device_id = ? AND state = ? ORDER BY opened_seq";

  static final String IN_STATE_BETWEEN = inStateQuery("bc_service_order");

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcServiceOrders(JdbcTransactions transactions, Documents documents) {
    super("service-orders", "bc_service_order", ServiceOrder.class, transactions, documents);
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  @Override
  public Either<Rejection.VersionConflict, ServiceOrder> save(ServiceOrder next, long expectedVersion) {
    return super.save(next, expectedVersion).peek(saved -> transactions.use(c -> statements.update(c, BOOKING,
        saved.device().map(DeviceId::value).orElse(null), saved.slot().startsAt(), saved.slot().endsAt(), saved.center().value(),
        saved.id().value())));
  }

  @Override
  public List<ServiceOrder> onDevice(CenterId center, DeviceId device, Slot during) {
    return transactions.use(c -> statements.query(c, ON_DEVICE, row -> documents.read(row.getString(1), ServiceOrder.class),
        center.value(), device.value(), during.endsAt(), during.startsAt()));
  }

  @Override
  public List<ServiceOrder> inState(CenterId center, ServiceOrderState state, Instant from, Instant until) {
    return inStateBetween(IN_STATE_BETWEEN, center, state, from, until);
  }

  @Override
  public List<ServiceOrder> servingOn(CenterId center, DeviceId device) {
    return transactions.use(c -> statements.query(c, IN_STATE, row -> documents.read(row.getString(1), ServiceOrder.class),
        center.value(), device.value(), ServiceOrderState.SERVING));
  }
}
