package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.POLICY;

import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Delivery;
import io.bizcenter.core.contracts.Deviation;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.Endorsement;
import io.bizcenter.core.contracts.PaymentNotice;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantFile;
import io.bizcenter.core.contracts.TenantSignature;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Contracts for the store suites: a lease with every part filled in (deviations and their reviews, the tenant's
 * signature with personal data, the chain's signatures and a return, deliveries, the payment notice and the tenant
 * file), so that an adapter which stores contracts as documents must read every part back; and the parking
 * agreements that belong to a lease.
 */
final class ContractSamples {
  private static final ContractPolicy DEFAULTS = ContractPolicy.defaults();

  private ContractSamples() {}

  /** A lease that went all the way to its signed-for payment notice and tenant file, standing at {@code version}. */
  static Contract lease(CenterId center, String id, long version, Instant openedAt) {
    ContractId self = ContractId.of(id);
    Endorsement ops = new Endorsement(StaffId.of("ops-1"), openedAt);
    Instant later = openedAt.plus(Duration.ofDays(3));
    Deviation deviation = new Deviation(1, DeviationTopic.RENT_AND_PAYMENT, "第五条", "押金分两期支付 / deposit in two parts",
        List.of(Department.FINANCE, Department.LEGAL),
        List.of(new Deviation.Review(Department.FINANCE, StaffId.of("fin-1"), later, true, Optional.empty()),
            new Deviation.Review(Department.LEGAL, StaffId.of("legal-1"), later, true, Optional.of("同意"))),
        false, StaffId.of("ops-1"), openedAt);
    Deviation withdrawn = new Deviation(2, DeviationTopic.OTHER, "第九条", "免租期三个月", List.of(Department.LEGAL),
        List.of(new Deviation.Review(Department.LEGAL, StaffId.of("legal-1"), later, false, Optional.of("不同意"))),
        true, StaffId.of("ops-1"), openedAt);
    PaymentNotice notice = new PaymentNotice(
        List.of(new PaymentNotice.Item(self, ContractType.LEASE, PaymentNotice.Kind.DEPOSIT, Money.yuan("24691.34")),
            new PaymentNotice.Item(self, ContractType.LEASE, PaymentNotice.Kind.CHARGE, Money.yuan("37037.01"))),
        Money.yuan("61728.35"), 3, LocalDate.of(2024, 6, 1), ops, Optional.of(ops), Optional.of(ops),
        Optional.of(new PaymentNotice.SignedFor(PersonName.of("欧阳娜娜"), later)));
    return Contract.builder()
        .id(self)
        .center(center)
        .version(version)
        .state(ContractState.PAYMENT_NOTICE_SIGNED_FOR)
        .stateEnteredAt(openedAt)
        .policy(POLICY)
        .type(ContractType.LEASE)
        .tenant(TenantId.of("tenant-7"))
        .tenantType(TenantType.OVERSEAS_OR_FORMING_COMPANY)
        .template(DEFAULTS.template(ContractType.LEASE))
        .terms(new Terms("1203 室 / unit 1203", LocalDate.of(2024, 6, 1), LocalDate.of(2026, 5, 31), Money.yuan("12345.67"), Money.yuan("24691.34")))
        .renewalOf(ContractId.of("lease-before"))
        .chain(ApprovalChain.defaults())
        .originals(DEFAULTS.originals())
        .drafted(ops)
        .addDeviations(deviation, withdrawn)
        .printedAt(openedAt)
        .tenantSignature(new TenantSignature(Signatory.of("Jane O'Neil", "E12345678", Signatory.Capacity.HEAD_OF_COMPANY), false,
            List.of(SupportingDocument.REPRESENTATIVE_ID_COPY, SupportingDocument.PROOF_OF_HEAD_ROLE,
                SupportingDocument.PARENT_COMPANY_REGISTRATION_COPY), later, StaffId.of("ops-1")))
        .addSignatures(new ApprovalChain.Signature(io.bizcenter.core.contracts.ReviewCapacity.HANDLER, StaffId.of("opm-1"),
            Role.OPERATIONS_MANAGER, Department.OPERATIONS, later, "条款齐全，同意 / complete"))
        .addReturns(new ApprovalChain.Returned(io.bizcenter.core.contracts.ReviewCapacity.AUDIT, StaffId.of("audit-1"), later, "押金条款不清",
            List.of(io.bizcenter.core.contracts.ReviewCapacity.HANDLER, io.bizcenter.core.contracts.ReviewCapacity.DEPARTMENT_MANAGER)))
        .issued(ops)
        .addDeliveries(new Delivery(Optional.of(Department.ADMINISTRATION), 1, Department.GENERAL_OFFICE, Optional.of(ops)),
            new Delivery(Optional.empty(), 2, Department.OPERATIONS, Optional.empty()))
        .paymentNotice(notice)
        .tenantFile(new TenantFile("档案-7", List.of(new TenantFile.Copy(self, ContractType.LEASE, DEFAULTS.template(ContractType.LEASE), later)), ops))
        .build();
  }

  /** A parking agreement just drafted, belonging to {@code lease}. */
  static Contract parking(CenterId center, String id, ContractId lease, Instant openedAt) {
    return Contract.builder()
        .id(ContractId.of(id))
        .center(center)
        .version(1)
        .state(ContractState.DRAFTING)
        .stateEnteredAt(openedAt)
        .policy(POLICY)
        .type(ContractType.PARKING)
        .tenant(TenantId.of("tenant-7"))
        .tenantType(TenantType.COMPANY)
        .template(DEFAULTS.template(ContractType.PARKING))
        .terms(new Terms("B2-017", LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31), Money.yuan("800.00"), Money.ZERO))
        .lease(lease)
        .chain(ApprovalChain.defaults())
        .originals(DEFAULTS.originals())
        .drafted(new Endorsement(StaffId.of("ops-1"), openedAt))
        .build();
  }
}
