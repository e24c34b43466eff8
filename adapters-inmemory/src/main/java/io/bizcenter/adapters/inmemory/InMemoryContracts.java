package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.Contracts;
import io.bizcenter.core.kernel.CenterId;
import java.util.List;

final class InMemoryContracts extends InMemoryCases<Contract> implements Contracts {
  InMemoryContracts(Journal journal) {
    super("contracts", journal);
  }

  @Override
  public List<Contract> relatedTo(CenterId center, ContractId lease) {
    return all(center).stream().filter(c -> c.lease().filter(lease::equals).isPresent()).toList();
  }
}
