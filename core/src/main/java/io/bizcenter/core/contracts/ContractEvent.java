package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.TenantId;
import java.util.List;
import java.util.Optional;

/** What happened to a contract, in the past tense; the audit trail holds them with who, when and the clause. */
public sealed interface ContractEvent extends DomainEvent {
  /** Operations drafted the contract from the standard template of its type, filled with the negotiated terms (CS-1.1). */
  record ContractDrafted(ContractType contractType, TenantId tenant, TenantType tenantType, StandardTemplate template, Terms terms,
      Optional<ContractId> lease, Optional<ContractId> renewalOf) implements ContractEvent {}

  /** A clause the tenant wants changed from the template went to the departments concerned for review (CS-1.1). */
  record DeviationRecorded(Deviation deviation) implements ContractEvent {}

  /** A department concerned confirmed a deviation, or refused it with its reason, which goes back to Operations (CS-1.1). */
  record DeviationReviewed(int deviation, Department department, boolean confirmed, Optional<String> comment) implements ContractEvent {}

  /** A deviation was withdrawn, the tenant giving up the change: the template's wording stands (CS-1.1). */
  record DeviationWithdrawn(int deviation) implements ContractEvent {}

  /** The formal contract was printed in originals, normally four, and sent to the tenant to sign and seal (CS-2.1). */
  record ContractPrinted(int originals) implements ContractEvent {}

  /** The contract came back signed, a company's sealed, with the documents the tenant's type owes (CS-2.1 to CS-2.4). */
  record TenantSignatureRecorded(Signatory signatory, boolean companySeal, List<SupportingDocument> documents) implements ContractEvent {
    public TenantSignatureRecorded {
      documents = List.copyOf(documents);
    }
  }

  /** The step of the approval chain that was due signed with its opinion; the handler's fills the review form (CS-3.1). */
  record ContractSigned(ReviewCapacity capacity, String opinion) implements ContractEvent {}

  /** The reviewer due sent the contract back with comments; the signatures it went back past were withdrawn (CS-3.1). */
  record ContractReturned(ReviewCapacity by, String comments, List<ReviewCapacity> withdrawn) implements ContractEvent {
    public ContractReturned {
      withdrawn = List.copyOf(withdrawn);
    }
  }

  /** The General Office signed and issued the contract: an original to each of our departments, the rest to the tenant (CS-4.1). */
  record ContractIssued(List<Delivery> deliveries) implements ContractEvent {
    public ContractIssued {
      deliveries = List.copyOf(deliveries);
    }
  }

  /** A department confirmed the originals it received, or Operations that it handed the tenant its originals (CS-4.1). */
  record DeliveryConfirmed(Department confirmer, int originals) implements ContractEvent {}

  /** Operations filed a photocopy of the issued parking or phone-line agreement, which closes it (CS-4.1). */
  record PhotocopyFiled(String reference) implements ContractEvent {}

  /** The Operations deputy supervisor drafted the payment notice from the lease and its related contracts (CS-5.1). */
  record PaymentNoticeDrafted(PaymentNotice notice) implements ContractEvent {}

  /** The department manager reviewed and confirmed the payment notice; Finance is told to review and stamp it (CS-5.1). */
  record PaymentNoticeReviewed() implements ContractEvent {}

  /** The department manager or Finance sent the payment notice back with comments, to be drafted again (CS-5.1). */
  record PaymentNoticeReturned(String comments) implements ContractEvent {}

  /** Finance reviewed the payment notice and stamped it (CS-5.1). */
  record PaymentNoticeStamped() implements ContractEvent {}

  /** The tenant signed for the payment notice; the name of who signed is kept (CS-5.1). */
  record PaymentNoticeSignedFor(PersonName by) implements ContractEvent {}

  /** The Operations manager's assistant filed copies of the lease and its related contracts in the tenant file (CS-5.2). */
  record TenantFileBuilt(TenantFile file) implements ContractEvent {}

  /** The contract was dropped before it was issued, for the reason given, such as failed negotiations (CS-0.1). */
  record ContractAbandoned(String reason) implements ContractEvent {}

  /**
   * GS-6: a contract in force was imported from the building's records, issued, with where its originals are (CS-4.1);
   * {@code source} names the batch, the row and what it was read from.
   */
  record ContractImported(ContractType contractType, TenantId tenant, TenantType tenantType, Terms terms, Optional<ContractId> lease,
      List<HeldOriginals> originals, ImportSource source) implements ContractEvent {
    public ContractImported {
      originals = List.copyOf(originals);
    }
  }
}
