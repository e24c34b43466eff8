package io.bizcenter.core.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The tenant file (租户档案, CS-5.2) the Operations manager's assistant builds: a copy of the lease and of every
 * related contract issued (parking, phone line), filed under a reference.
 */
public record TenantFile(String reference, List<Copy> copies, Endorsement built) {
  public TenantFile {
    copies = List.copyOf(copies);
  }

  /** The copy of one issued contract, with the template version it was drafted from. */
  public record Copy(ContractId contract, ContractType type, StandardTemplate template, Instant issuedAt) {}
}
