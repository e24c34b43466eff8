package io.bizcenter.core.imports;

import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.HeldOriginals;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.TenantId;
import java.util.List;

/**
 * A contract in force with where its originals are (CS-4.1).
 *
 * @param reference the contract's number in the building's records; the report maps it to the imported contract
 * @param lease for a parking or phone-line agreement, the {@code reference} of its lease, imported earlier in the batch
 *     (or in an earlier run of it)
 */
public record ContractRow(String reference, ContractType type, TenantId tenant, TenantType tenantType, Terms terms, String lease,
    List<HeldOriginals> originals) {}
