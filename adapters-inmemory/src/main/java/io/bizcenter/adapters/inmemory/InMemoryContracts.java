package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.Contracts;
import io.bizcenter.core.kernel.CenterId;
import java.util.List;

/** Contracts in memory: the agreements related to a lease are a file by the lease, oldest first. */
final class InMemoryContracts extends InMemoryCases<Contract> implements Contracts {
  private final CaseFile<Contract, ContractId> byLease = file(c -> c.lease().map(List::of).orElse(List.of()));

  InMemoryContracts(Journal journal) {
    super("contracts", journal);
  }

  @Override
  public List<Contract> relatedTo(CenterId center, ContractId lease) {
    return read(() -> byLease.under(center, lease));
  }
}
