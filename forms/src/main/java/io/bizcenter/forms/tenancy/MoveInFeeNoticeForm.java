package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ChargedLine;
import io.bizcenter.core.tenancy.FeeNotice;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormInput;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Trail;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The written fee notice of a move-in (收费通知, MI-2.2) Service sends Administration: each charge item in the charging
 * standard's units at the standard's rate, the total exact to the fen, and the Management Agreement template whose
 * management-fee standard applies. The source gives no count of copies: one, for Administration, to which it is sent.
 */
public record MoveInFeeNoticeForm(
    String moveIn,
    String tenant,
    String company,
    String units,
    String agreementTemplate,
    List<Line> lines,
    Money total,
    Instant sentAt,
    String sentBy) implements Form {
  public static final FormType TYPE = FormType.of("move-in-fee-notice", MoveInFeeNoticeForm.class,
      Copies.of(Recipient.of(Department.ADMINISTRATION)), "MI-2.2");

  /** One charge item: how many of the standard's units, at which rate, for how much. */
  public record Line(int no, ChargeItem item, BigDecimal quantity, Money rate, Money amount) {}

  public MoveInFeeNoticeForm {
    lines = List.copyOf(lines);
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

  /** The notice of {@code moveIn}, once sent (MI-2.2); {@code trail} is the move-in's audit trail. */
  public static Validation<Seq<FieldError>, MoveInFeeNoticeForm> of(MoveIn moveIn, List<AuditEntry> trail) {
    Optional<AuditEntry> sent = Trail.last(trail, moveIn.id().value(), "SEND_FEE_NOTICE");
    if (moveIn.feeNotice().isEmpty() || sent.isEmpty()) {
      return FormInput.missing("notice");
    }
    FeeNotice notice = moveIn.feeNotice().get();
    List<Line> lines = new ArrayList<>();
    for (ChargedLine line : notice.lines()) {
      lines.add(new Line(lines.size() + 1, line.item(), line.quantity(), line.rate(), line.amount()));
    }
    return Validation.valid(new MoveInFeeNoticeForm(moveIn.id().value(), moveIn.tenant().value(), moveIn.company(),
        Units.of(moveIn.units()), notice.agreementTemplate(), lines, notice.total(), notice.sentAt(), sent.get().staff().value()));
  }
}
