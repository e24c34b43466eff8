/**
 * Contract signing (合同签署规程, docs/rules.md: CS-0.1 to CS-5.2): a lease, phone-line transfer or parking contract
 * is drafted from its standard template, deviations reviewed by the departments concerned, printed in originals and
 * signed and sealed by the tenant with the documents its kind of tenant owes, reviewed along the approval chain,
 * issued and distributed; a lease then gets its payment notice and the tenant file. The declaration is
 * {@link io.bizcenter.core.contracts.ContractProcedure}; the entry point is
 * {@link io.bizcenter.core.contracts.ContractDesk}.
 */
@ValueStyle
package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.ValueStyle;
