package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.TenantId;
import java.util.List;
import java.util.Optional;

/** What happened to a contract, in the past tense; the audit trail holds them with who, when and the clause. */
public sealed interface ContractEvent extends DomainEvent {
  record ContractDrafted(ContractType contractType, TenantId tenant, TenantType tenantType, StandardTemplate template, Terms terms,
      Optional<ContractId> lease, Optional<ContractId> renewalOf) implements ContractEvent {}

  record DeviationRecorded(Deviation deviation) implements ContractEvent {}

  record DeviationReviewed(int deviation, Department department, boolean confirmed, Optional<String> comment) implements ContractEvent {}

  record DeviationWithdrawn(int deviation) implements ContractEvent {}

  record ContractPrinted(int originals) implements ContractEvent {}

  record TenantSignatureRecorded(Signatory signatory, boolean companySeal, List<SupportingDocument> documents) implements ContractEvent {
    public TenantSignatureRecorded {
      documents = List.copyOf(documents);
    }
  }

  record ContractSigned(ReviewCapacity capacity, String opinion) implements ContractEvent {}

  record ContractReturned(ReviewCapacity by, String comments, List<ReviewCapacity> withdrawn) implements ContractEvent {
    public ContractReturned {
      withdrawn = List.copyOf(withdrawn);
    }
  }

  record ContractIssued(List<Delivery> deliveries) implements ContractEvent {
    public ContractIssued {
      deliveries = List.copyOf(deliveries);
    }
  }

  record DeliveryConfirmed(Department confirmer, int originals) implements ContractEvent {}

  record PhotocopyFiled(String reference) implements ContractEvent {}

  record PaymentNoticeDrafted(PaymentNotice notice) implements ContractEvent {}

  record PaymentNoticeReviewed() implements ContractEvent {}

  record PaymentNoticeReturned(String comments) implements ContractEvent {}

  record PaymentNoticeStamped() implements ContractEvent {}

  record PaymentNoticeSignedFor(PersonName by) implements ContractEvent {}

  record TenantFileBuilt(TenantFile file) implements ContractEvent {}

  record ContractAbandoned(String reason) implements ContractEvent {}
}
