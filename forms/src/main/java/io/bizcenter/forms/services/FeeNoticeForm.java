package io.bizcenter.forms.services;

import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.services.Charges;
import io.bizcenter.core.services.FeeUnit;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.StandardService;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fee notice (收费通知单, SV-2.2) the center hands the client before the service: the service, when, the charges
 * as explained, and the deposit taken in advance (the catalogue's share of the total). The source gives no count of
 * copies: one, for the client.
 */
public record FeeNoticeForm(
    String number,
    String order,
    Instant issuedAt,
    String issuedBy,
    PersonName client,
    PhoneNumber phone,
    Optional<String> company,
    Optional<StandardService> service,
    String serviceCode,
    String requirements,
    Instant startsAt,
    Instant endsAt,
    int quantity,
    FeeUnit unit,
    Money unitPrice,
    Money total,
    BigDecimal depositPercent,
    Money deposit) implements Form {
  public static final FormType TYPE = FormType.of("fee-notice", FeeNoticeForm.class, Copies.of(Recipient.of(Party.CLIENT)), "SV-2.2");

  @Override
  public FormType type() {
    return TYPE;
  }

  /** The form's name and reference only: the rest may be personal data or a client's words. */
  @Override
  public String toString() {
    return Forms.describe(this);
  }

  /** The notice of {@code order}, once issued (SV-2.2); {@code trail} is the order's audit trail. */
  public static Validation<Seq<FieldError>, FeeNoticeForm> of(ServiceOrder order, List<AuditEntry> trail) {
    Optional<AuditEntry> issued = Trail.last(trail, order.id().value(), "ISSUE_FEE_NOTICE");
    if (order.feeNotice().isEmpty() || order.charges().isEmpty() || issued.isEmpty()) {
      return FormInput.missing("notice");
    }
    Charges charges = order.charges().get();
    return Validation.valid(new FeeNoticeForm(order.feeNotice().get(), order.id().value(), issued.get().at(), issued.get().staff().value(),
        order.client().name(), order.client().phone(), order.client().company(), ServiceName.standard(order.service()),
        order.service().value(), order.requirements(), order.slot().startsAt(), order.slot().endsAt(), charges.quantity(), charges.unit(),
        charges.unitPrice(), charges.total(), charges.depositRatio().movePointRight(2), charges.deposit()));
  }
}
