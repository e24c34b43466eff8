package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.Contracts;
import io.bizcenter.core.kernel.CenterId;
import java.util.List;

/** Contracts in bc_contract; the lease a parking or phone-line agreement belongs to is an indexed column (CS-5.1). */
final class JdbcContracts extends JdbcCases<Contract> implements Contracts {
  JdbcContracts(JdbcTransactions transactions, Documents documents) {
    super("contracts", "bc_contract", Contract.class, transactions, documents,
        List.of(new Column<>("lease_id", c -> c.lease().map(ContractId::value).orElse(null))));
  }

  @Override
  public List<Contract> relatedTo(CenterId center, ContractId lease) {
    return where(center, "lease_id = ?", lease.value());
  }
}
