package io.bizcenter.forms.contracts;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Endorsement;
import io.bizcenter.core.contracts.PaymentNotice;
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
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The payment notice (付款通知, CS-5.1) drafted by the Operations deputy supervisor from the lease and its related
 * contracts: each amount owed under each contract, the total, when it is due; then the department manager's review,
 * Finance's review and seal, and the tenant's signature for receipt, each with room on the page. The source gives no
 * count of copies: one, sent to the tenant to sign for (送租户签收).
 */
public record PaymentNoticeForm(
    String lease,
    String tenant,
    String subject,
    int months,
    LocalDate dueOn,
    List<Item> items,
    Money total,
    String draftedBy,
    Instant draftedAt,
    Optional<String> reviewedBy,
    Optional<Instant> reviewedAt,
    Optional<String> stampedBy,
    Optional<Instant> stampedAt,
    Optional<PersonName> signedForBy,
    Optional<Instant> signedForAt) implements Form {
  public static final FormType TYPE = FormType.of("payment-notice", PaymentNoticeForm.class, Copies.of(Recipient.of(Party.TENANT)), "CS-5.1");

  /** One amount owed under one contract: its deposit, or its monthly charge times the months asked for. */
  public record Item(int no, String contract, ContractType contractType, PaymentNotice.Kind kind, Money amount) {}

  public PaymentNoticeForm {
    items = List.copyOf(items);
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

  /** The notice of {@code lease}, once drafted (CS-5.1); {@code trail} is the lease's audit trail. */
  public static Validation<Seq<FieldError>, PaymentNoticeForm> of(Contract lease, List<AuditEntry> trail) {
    if (lease.paymentNotice().isEmpty() || trail.stream().noneMatch(e -> e.caseId().equals(lease.id().value()))) {
      return FormInput.missing("notice");
    }
    PaymentNotice notice = lease.paymentNotice().get();
    List<Item> items = new java.util.ArrayList<>();
    for (PaymentNotice.Item i : notice.items()) {
      items.add(new Item(items.size() + 1, i.contract().value(), i.type(), i.kind(), i.amount()));
    }
    return Validation.valid(new PaymentNoticeForm(lease.id().value(), lease.tenant().value(), lease.terms().subject(), notice.months(),
        notice.dueOn(), items, notice.total(), notice.drafted().by().value(), notice.drafted().at(), notice.reviewed().map(e -> by(e)),
        notice.reviewed().map(Endorsement::at), notice.stamped().map(e -> by(e)), notice.stamped().map(Endorsement::at),
        notice.signedFor().map(PaymentNotice.SignedFor::by), notice.signedFor().map(PaymentNotice.SignedFor::at)));
  }

  private static String by(Endorsement e) {
    return e.by().value();
  }
}
