package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ChargedLine;
import io.bizcenter.core.tenancy.FeeNotice;
import io.bizcenter.core.tenancy.ManagementAgreement;
import io.bizcenter.core.tenancy.MoveIn;
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
import java.util.List;
import java.util.Optional;

/**
 * The signing page of the Management Agreement (《管理协议》, MI-3.1): the agreement's number, the version of the template
 * the Management Office drafted with the developer, the parties (the Management Office of the center; the tenant's
 * company, its units and lease, and who signed for it), and the management-fee standard. The standard is the one the
 * move-in's fee notice charged (MI-2.2: the management-fee standard is the agreement's), printed only where that notice
 * named this same template; otherwise its place is left to fill in by hand rather than guessed from today's policy.
 * <p>
 * The source gives no count of copies; a signing page binds two parties, so two: the tenant's, and the one filed in
 * the client file (MI-6.3 c), which the signing step itself files.
 */
public record ManagementAgreementForm(
    String number,
    String templateVersion,
    String moveIn,
    String center,
    Department signedIn,
    String tenant,
    String company,
    String units,
    LocalDate leaseStart,
    LocalDate leaseExpiry,
    Optional<Money> managementFee,
    Optional<Money> managementFeeDeposit,
    PersonName signatory,
    Instant signedAt,
    String signedBy) implements Form {
  public static final FormType TYPE = FormType.of("management-agreement", ManagementAgreementForm.class,
      Copies.of(Recipient.of(Party.TENANT), Recipient.of(Party.CLIENT_FILE)), "MI-3.1");

  @Override
  public FormType type() {
    return TYPE;
  }

  /** The form's name and reference only: the rest may be personal data or a client's words. */
  @Override
  public String toString() {
    return Forms.describe(this);
  }

  /** The agreement of {@code moveIn}, once signed (MI-3.1); {@code trail} is the move-in's audit trail. */
  public static Validation<Seq<FieldError>, ManagementAgreementForm> of(MoveIn moveIn, List<AuditEntry> trail) {
    Optional<AuditEntry> signed = Trail.last(trail, moveIn.id().value(), "SIGN_MANAGEMENT_AGREEMENT");
    if (moveIn.agreement().isEmpty() || signed.isEmpty()) {
      return FormInput.missing("agreement");
    }
    ManagementAgreement agreement = moveIn.agreement().get();
    // a fee notice drawn up under another template charged another agreement's standard
    Optional<FeeNotice> notice = moveIn.feeNotice().filter(n -> n.agreementTemplate().equals(agreement.templateVersion()));
    return Validation.valid(new ManagementAgreementForm(agreement.number(), agreement.templateVersion(), moveIn.id().value(),
        moveIn.center().value(), signed.get().department(), moveIn.tenant().value(), moveIn.company(), Units.of(moveIn.units()),
        moveIn.leaseStart(), moveIn.leaseExpiry(), rate(notice, ChargeItem.MANAGEMENT_FEE), rate(notice, ChargeItem.MANAGEMENT_FEE_DEPOSIT),
        agreement.signatory(), agreement.signedAt(), signed.get().staff().value()));
  }

  private static Optional<Money> rate(Optional<FeeNotice> notice, ChargeItem item) {
    return notice.flatMap(n -> n.lines().stream().filter(l -> l.item() == item).map(ChargedLine::rate).findFirst());
  }
}
