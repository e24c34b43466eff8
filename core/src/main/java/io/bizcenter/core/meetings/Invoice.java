package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.Money;
import java.util.List;

/**
 * The invoice Service issues to the client after the meeting (MR-3.1): the room by the hour, the services asked
 * for on the request form, the tea served; exact CNY at the prices of the policy in force when it was issued.
 */
public record Invoice(String number, List<InvoiceLine> lines, Money total) {
  public Invoice {
    lines = List.copyOf(lines);
  }

  static Invoice of(String number, List<InvoiceLine> lines) {
    Money total = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
    return new Invoice(number, lines, total);
  }
}
