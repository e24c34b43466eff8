package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOuts;
import java.util.List;

/** Move-outs in {@code bc_move_out}, with the move-in they end and the tenant as real, indexed columns. */
final class JdbcMoveOuts extends JdbcCases<MoveOut> implements MoveOuts {
  private static final String BY_MOVE_IN = "SELECT document FROM bc_move_out WHERE center_id = ? AND move_in_id = ? ORDER BY opened_seq";
  private static final String BY_TENANT = "SELECT document FROM bc_move_out WHERE center_id = ? AND tenant_id = ? ORDER BY opened_seq";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcMoveOuts(JdbcTransactions transactions, Documents documents) {
    super("move-outs", "bc_move_out", MoveOut.class, transactions, documents, List.of(
        new Column<>("move_in_id", m -> m.moveIn().value()),
        new Column<>("tenant_id", m -> m.tenant().value())));
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  @Override
  public List<MoveOut> ofMoveIn(CenterId center, MoveInId moveIn) {
    return moveOuts(BY_MOVE_IN, center.value(), moveIn.value());
  }

  @Override
  public List<MoveOut> ofTenant(CenterId center, TenantId tenant) {
    return moveOuts(BY_TENANT, center.value(), tenant.value());
  }

  private List<MoveOut> moveOuts(String sql, Object... parameters) {
    return transactions.use(c -> statements.query(c, sql, row -> documents.read(row.getString(1), MoveOut.class), parameters));
  }
}
