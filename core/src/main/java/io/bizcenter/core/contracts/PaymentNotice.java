package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The payment notice (付款通知, CS-5.1), drafted by the Operations deputy supervisor from the lease and its related
 * contracts: for each contract, in order (the lease first), its deposit if it has one and its monthly charge for the
 * months the notice asks for; amounts in exact CNY, the total their sum. Reviewed by the department manager, reviewed
 * and stamped by Finance, signed for by the tenant.
 */
public record PaymentNotice(List<Item> items, Money total, int months, LocalDate dueOn, Endorsement drafted,
    Optional<Endorsement> reviewed, Optional<Endorsement> stamped, Optional<SignedFor> signedFor) {
  public PaymentNotice {
    items = List.copyOf(items);
  }

  /** One amount owed under one contract. */
  public record Item(ContractId contract, ContractType type, Kind kind, Money amount) {}

  /** What an item of the payment notice asks for: a contract's deposit, or its monthly charge times the months asked (CS-5.1). */
  public enum Kind {
    /** 押金 */
    DEPOSIT,
    /** the monthly charge times the months asked for */
    CHARGE
  }

  /** The tenant's person who signed for the notice: personal data, masked in {@code toString}. */
  public record SignedFor(PersonName by, Instant at) {}

  /** The notice for {@code contracts} (the lease first), asking for {@code months} of each monthly charge. */
  static PaymentNotice draft(List<Contract> contracts, int months, LocalDate dueOn, Endorsement drafted) {
    List<Item> items = new java.util.ArrayList<>();
    for (Contract c : contracts) {
      if (!c.terms().deposit().isZero()) {
        items.add(new Item(c.id(), c.type(), Kind.DEPOSIT, c.terms().deposit()));
      }
      items.add(new Item(c.id(), c.type(), Kind.CHARGE, c.terms().monthlyCharge().times(months)));
    }
    Money total = items.stream().map(Item::amount).reduce(Money.ZERO, Money::plus);
    return new PaymentNotice(items, total, months, dueOn, drafted, Optional.empty(), Optional.empty(), Optional.empty());
  }

  PaymentNotice reviewedBy(Endorsement e) {
    return new PaymentNotice(items, total, months, dueOn, drafted, Optional.of(e), stamped, signedFor);
  }

  PaymentNotice stampedBy(Endorsement e) {
    return new PaymentNotice(items, total, months, dueOn, drafted, reviewed, Optional.of(e), signedFor);
  }

  PaymentNotice signedFor(SignedFor s) {
    return new PaymentNotice(items, total, months, dueOn, drafted, reviewed, stamped, Optional.of(s));
  }
}
