package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.Money;

/** One line of a meeting's invoice: what, how many (hours for the room), at what unit price, for how much. */
public record InvoiceLine(ServiceItem item, long quantity, Money unitPrice, Money amount) {
  static InvoiceLine of(ServiceItem item, long quantity, Money unitPrice) {
    return new InvoiceLine(item, quantity, unitPrice, unitPrice.times(quantity));
  }
}
