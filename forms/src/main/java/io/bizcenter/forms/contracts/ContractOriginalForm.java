package io.bizcenter.forms.contracts;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Deviation;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.TenantSignature;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormInput;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Trail;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The signing page of a contract's originals (CS-2.1, CS-4.1): the particulars filled into the standard template, the
 * confirmed deviations, and room for the tenant to sign and seal and for the General Office to sign and issue. Printed
 * in as many originals as the contract's policy says (normally four, 一式四份): one to each of our departments
 * (Administration and Finance, through the General Office) and the rest to the tenant (through Operations).
 */
public record ContractOriginalForm(
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
    Optional<String> lease,
    List<Change> deviations,
    Instant printedAt,
    List<Department> ours,
    int tenantOriginals,
    Optional<PersonName> signatory,
    Optional<Signatory.Capacity> signatoryCapacity,
    Optional<Boolean> companySeal,
    Optional<Instant> issuedAt,
    Optional<String> issuedBy) implements Form {
  public static final FormType TYPE = FormType.of("contract-original", ContractOriginalForm.class,
      Copies.of(Recipient.of(Department.ADMINISTRATION), Recipient.of(Department.FINANCE), Recipient.of(Party.TENANT),
          Recipient.of(Party.TENANT)), "CS-2.1", "CS-4.1");

  /** A deviation from the template every department concerned confirmed: it is part of the contract (CS-1.1). */
  public record Change(String templateClause, String wording) {}

  public ContractOriginalForm {
    deviations = List.copyOf(deviations);
    ours = List.copyOf(ours);
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

  /** One original to each of our departments, then the tenant's, as the contract's policy said when it was drafted. */
  @Override
  public Copies copies() {
    List<Recipient> recipients = new ArrayList<>();
    ours.forEach(d -> recipients.add(Recipient.of(d)));
    for (int i = 0; i < tenantOriginals; i++) {
      recipients.add(Recipient.of(Party.TENANT));
    }
    return new Copies(recipients);
  }

  /** The originals of {@code contract}, once printed (CS-2.1); {@code trail} is the contract's audit trail. */
  public static Validation<Seq<FieldError>, ContractOriginalForm> of(Contract contract, List<AuditEntry> trail) {
    Optional<AuditEntry> printed = Trail.last(trail, contract.id().value(), "PRINT");
    if (contract.printedAt().isEmpty() || printed.isEmpty()) {
      return FormInput.missing("printed");
    }
    List<Change> changes = contract.deviations().stream()
        .filter(d -> d.status() == Deviation.Status.CONFIRMED)
        .map(d -> new Change(d.templateClause(), d.wording()))
        .toList();
    Optional<TenantSignature> signed = contract.tenantSignature();
    return Validation.valid(new ContractOriginalForm(contract.id().value(), contract.type(), contract.tenant().value(), contract.tenantType(),
        contract.template().code(), contract.template().version(), contract.terms().subject(), contract.terms().start(),
        contract.terms().end(), contract.terms().monthlyCharge(), contract.terms().deposit(), contract.lease().map(l -> l.value()), changes,
        contract.printedAt().get(), contract.originals().ours(), contract.originals().tenants(), signed.map(s -> s.signatory().name()),
        signed.map(s -> s.signatory().capacity()), signed.map(TenantSignature::companySeal), contract.issued().map(e -> e.at()),
        contract.issued().map(e -> e.by().value())));
  }
}
