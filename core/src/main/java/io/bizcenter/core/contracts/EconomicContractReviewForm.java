package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The Economic Contract Review Form (《经济合同审核表》, CS-3.1) as the handler filled it and the chain signed it: the
 * contract's particulars, its deviations from the template, and one row per step of the chain with the signature
 * given so far, if any. Built from the contract, never typed twice.
 */
public record EconomicContractReviewForm(ContractId contract, ContractType type, TenantId tenant, TenantType tenantType,
    StandardTemplate template, Terms terms, List<Deviation> deviations, List<Row> rows) {
  public EconomicContractReviewForm {
    deviations = List.copyOf(deviations);
    rows = List.copyOf(rows);
  }

  /** One step of the chain on the form: who signs there, and the signature with its opinion once given. */
  public record Row(ReviewCapacity capacity, Seat seat, Optional<ApprovalChain.Signature> signature) {}
}
