package io.bizcenter.forms.services;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.services.Charges;
import io.bizcenter.core.services.FeeReceipt;
import io.bizcenter.core.services.FeeUnit;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.forms.Copies;
import io.bizcenter.forms.Filled;
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
import java.util.List;
import java.util.Optional;

/**
 * The Business Center Fee Receipt (《商务中心费用收据单》, SV-2.4), filled after the service: what was done, at the
 * explained price, the deposit taken, and what the client pays or gets back at Finance. Printed in triplicate
 * (一式三份): one copy to Finance, one to the client, one kept in the center's archive. The clerk fills in the payer
 * (the person or company paying, which may differ from the client who asked for the service).
 */
public record FeeReceiptForm(
    String number,
    String order,
    Instant writtenAt,
    String writtenBy,
    PersonName client,
    PhoneNumber phone,
    Optional<String> company,
    Optional<StandardService> service,
    String serviceCode,
    int quantity,
    FeeUnit unit,
    Money unitPrice,
    Money total,
    Money deposit,
    Money balanceDue,
    Money refund,
    Input filled) implements Form {
  public static final FormType TYPE = FormType.of("fee-receipt", FeeReceiptForm.class,
      Copies.of(Recipient.of(Department.FINANCE), Recipient.of(Party.CLIENT), Recipient.of(Party.ARCHIVE)), "SV-2.4");

  /** What the clerk writes on the receipt: who pays (a person or a company: a name, masked in {@code toString}) and remarks. */
  public record Input(@Filled PersonName payer, @Filled(max = 200) Optional<String> remarks) {
    public static Input of(String payer, String remarks) {
      return new Input(payer == null ? null : PersonName.of(payer), Optional.ofNullable(remarks));
    }

    @Override
    public String toString() {
      return "Input[payer=" + payer + ", remarks=" + remarks.map(r -> "****") + "]";
    }
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

  /** The receipt of {@code order}, once written (SV-2.4); {@code trail} is the order's audit trail. */
  public static Validation<Seq<FieldError>, FeeReceiptForm> of(ServiceOrder order, List<AuditEntry> trail, Input filled) {
    Validation<Seq<FieldError>, Input> input = FormInput.check("filled", filled);
    Optional<AuditEntry> written = Trail.last(trail, order.id().value(), "WRITE_FEE_RECEIPT");
    if (order.receipt().isEmpty() || order.charges().isEmpty() || written.isEmpty()) {
      return FormInput.missing("receipt", input);
    }
    FeeReceipt receipt = order.receipt().get();
    Charges charges = order.charges().get();
    return input.map(in -> new FeeReceiptForm(receipt.number(), order.id().value(), receipt.writtenAt(), written.get().staff().value(),
        order.client().name(), order.client().phone(), order.client().company(), ServiceName.standard(order.service()),
        order.service().value(), order.quantityServed().orElse(charges.quantity()), charges.unit(), charges.unitPrice(),
        receipt.settlement().total(), receipt.settlement().deposit(), receipt.settlement().balanceDue(), receipt.settlement().refund(), in));
  }
}
