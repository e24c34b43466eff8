package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.CaseStore;
import java.util.List;

/** The store of contracts: a port, implemented by adapters ({@code InMemoryContracts}, {@code JdbcContracts}). */
public interface Contracts extends CaseStore<Contract> {
  /** The contracts that belong to {@code lease} (parking, phone line), oldest first; none from another center (CS-5.1). */
  List<Contract> relatedTo(CenterId center, ContractId lease);
}
