package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.ElevatorBooking;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveIns;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/**
 * Move-ins in {@code bc_move_in}: the tenant and the freight elevator booking are real, indexed columns, and the units
 * have a row each in {@code bc_move_in_unit}, written with the new case (a move-in's units never change), so "who holds
 * this unit", "this tenant's move-ins" and the elevator's calendar are index range reads.
 */
final class JdbcMoveIns extends JdbcCases<MoveIn> implements MoveIns {
  private static final String UNIT = "INSERT INTO bc_move_in_unit (center_id, room_id, case_id) VALUES (?, ?, ?)";
  private static final String BY_TENANT = "SELECT document FROM bc_move_in WHERE center_id = ? AND tenant_id = ? ORDER BY opened_seq";
  private static final String BY_UNIT = "SELECT m.document FROM bc_move_in_unit u JOIN bc_move_in m ON m.center_id = u.center_id"
      + " AND m.case_id = u.case_id WHERE u.center_id = ? AND u.room_id = ? ORDER BY m.opened_seq";
  private static final String BOOKINGS = "SELECT document FROM bc_move_in WHERE center_id = ? AND elevator = ?"
      + " AND move_starts_at > ? AND move_starts_at < ? AND move_ends_at > ? ORDER BY move_starts_at, case_id";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcMoveIns(JdbcTransactions transactions, Documents documents) {
    super("move-ins", "bc_move_in", MoveIn.class, transactions, documents, List.of(
        new Column<>("tenant_id", m -> m.tenant().value()),
        new Column<>("elevator", m -> m.move().map(ElevatorBooking::elevator).orElse(null)),
        new Column<>("move_starts_at", m -> m.move().map(ElevatorBooking::startsAt).orElse(null)),
        new Column<>("move_ends_at", m -> m.move().map(ElevatorBooking::endsAt).orElse(null))));
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  @Override
  public Either<Rejection.VersionConflict, MoveIn> save(MoveIn next, long expectedVersion) {
    return super.save(next, expectedVersion).peek(saved -> {
      if (expectedVersion == 0) {
        transactions.use(c -> {
          for (RoomId unit : saved.units()) {
            statements.update(c, UNIT, saved.center().value(), unit.value(), saved.id().value());
          }
          return null;
        });
      }
    });
  }

  @Override
  public List<MoveIn> ofTenant(CenterId center, TenantId tenant) {
    return moveIns(BY_TENANT, center.value(), tenant.value());
  }

  @Override
  public List<MoveIn> ofUnit(CenterId center, RoomId unit) {
    return moveIns(BY_UNIT, center.value(), unit.value());
  }

  @Override
  public List<MoveIn> elevatorBookings(CenterId center, String elevator, Instant from, Instant to) {
    // a booking that ends after from started less than the longest move before it
    return moveIns(BOOKINGS, center.value(), elevator, from.minus(MoveIn.LONGEST_MOVE), to, from);
  }

  private List<MoveIn> moveIns(String sql, Object... parameters) {
    return transactions.use(c -> statements.query(c, sql, row -> documents.read(row.getString(1), MoveIn.class), parameters));
  }
}
