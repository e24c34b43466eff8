package io.bizcenter.forms.contracts;

import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Deviation;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.ReviewCapacity;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.TenantSignature;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormInput;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Recipient;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Economic Contract Review Form (《经济合同审核表》, CS-3.1) as printed: the contract's particulars, the tenant's
 * signature, its deviations from the template, and one row per step of the approval chain (handler, department
 * manager, Audit, Finance, Legal, General Office) with its signature and opinion once given, and room to sign by hand.
 * Built from the contract's own review form (core's {@code EconomicContractReviewForm}). The source gives no count of
 * copies: one, which travels with the contract and is filed by Operations.
 */
public record EconomicContractReviewForm(
    String contract,
    ContractType contractType,
    String tenant,
    TenantType tenantType,
    String template,
    String templateVersion,
    String subject,
    LocalDate start,
    LocalDate end,
    Money monthlyCharge,
    Money deposit,
    PersonName signatory,
    Signatory.Capacity signatoryCapacity,
    boolean companySeal,
    Instant signedByTenantAt,
    List<Change> deviations,
    List<Row> rows) implements Form {
  public static final FormType TYPE = FormType.of("economic-contract-review", EconomicContractReviewForm.class,
      Copies.of(Recipient.of(Department.OPERATIONS)), "CS-3.1");

  /** A clause the tenant wanted changed, and where its review stands (CS-1.1). */
  public record Change(int no, DeviationTopic topic, String templateClause, String wording, Deviation.Status status) {}

  /** One step of the chain: the capacity, the seat that signs it, and the signature once given. */
  public record Row(int no, ReviewCapacity capacity, Optional<Department> department, Optional<Role> role, Optional<String> signedBy,
      Optional<Instant> signedAt, Optional<String> opinion) {}

  public EconomicContractReviewForm {
    deviations = List.copyOf(deviations);
    rows = List.copyOf(rows);
  }

  @Override
  public FormType type() {
    return TYPE;
  }

  /** The form's name and reference only: the rest may be personal data or a client's words. */
  @Override
  public String toString() {
    return Forms.describe(this);
  }

  /** The form of {@code contract}, once the handler filled it (CS-3.1); {@code trail} is the contract's audit trail. */
  public static Validation<Seq<FieldError>, EconomicContractReviewForm> of(Contract contract, List<AuditEntry> trail) {
    Optional<io.bizcenter.core.contracts.EconomicContractReviewForm> filled = contract.reviewForm();
    if (filled.isEmpty() || contract.tenantSignature().isEmpty() || trail.stream().noneMatch(e -> e.caseId().equals(contract.id().value()))) {
      return FormInput.missing("review");
    }
    io.bizcenter.core.contracts.EconomicContractReviewForm form = filled.get();
    TenantSignature signed = contract.tenantSignature().get();
    List<Change> changes = form.deviations().stream()
        .map(d -> new Change(d.no(), d.topic(), d.templateClause(), d.wording(), d.status()))
        .toList();
    List<Row> rows = new java.util.ArrayList<>();
    for (io.bizcenter.core.contracts.EconomicContractReviewForm.Row row : form.rows()) {
      Optional<ApprovalChain.Signature> s = row.signature();
      rows.add(new Row(rows.size() + 1, row.capacity(), row.seat().department(), row.seat().role(), s.map(x -> x.staff().value()),
          s.map(ApprovalChain.Signature::at), s.map(ApprovalChain.Signature::opinion)));
    }
    return Validation.valid(new EconomicContractReviewForm(form.contract().value(), form.type(), form.tenant().value(), form.tenantType(),
        form.template().code(), form.template().version(), form.terms().subject(), form.terms().start(), form.terms().end(),
        form.terms().monthlyCharge(), form.terms().deposit(), signed.signatory().name(), signed.signatory().capacity(), signed.companySeal(),
        signed.receivedAt(), changes, rows));
  }
}
