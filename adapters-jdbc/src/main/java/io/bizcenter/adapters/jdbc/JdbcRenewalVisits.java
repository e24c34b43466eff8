package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisits;
import java.util.List;

/** Lease watches in {@code bc_renewal_visit}, with the move-in and the tenant as real, indexed columns. */
final class JdbcRenewalVisits extends JdbcCases<RenewalVisit> implements RenewalVisits {
  private static final String BY_MOVE_IN = "SELECT document FROM bc_renewal_visit WHERE center_id = ? AND move_in_id = ? ORDER BY opened_seq";
  private static final String BY_TENANT = "SELECT document FROM bc_renewal_visit WHERE center_id = ? AND tenant_id = ? ORDER BY opened_seq";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcRenewalVisits(JdbcTransactions transactions, Documents documents) {
    super("renewal-visits", "bc_renewal_visit", RenewalVisit.class, transactions, documents, List.of(
        new Column<>("move_in_id", v -> v.moveIn().value()),
        new Column<>("tenant_id", v -> v.tenant().value())));
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  @Override
  public List<RenewalVisit> ofMoveIn(CenterId center, MoveInId moveIn) {
    return leases(BY_MOVE_IN, center.value(), moveIn.value());
  }

  @Override
  public List<RenewalVisit> ofTenant(CenterId center, TenantId tenant) {
    return leases(BY_TENANT, center.value(), tenant.value());
  }

  private List<RenewalVisit> leases(String sql, Object... parameters) {
    return transactions.use(c -> statements.query(c, sql, row -> documents.read(row.getString(1), RenewalVisit.class), parameters));
  }
}
