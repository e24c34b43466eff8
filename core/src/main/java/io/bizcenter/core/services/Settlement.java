package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Money;

/**
 * What the client settles at Finance (SV-2.4): the total of the service done, the deposit already taken, and the
 * difference: a balance the client pays when the total is larger, a refund the client gets when the deposit is
 * larger (balance = total − deposit; exactly one of the two is non-zero, or neither).
 */
public record Settlement(Money total, Money deposit, Money balanceDue, Money refund) {
  public static Settlement of(Money total, Money deposit) {
    Money balance = total.minus(deposit);
    return balance.isNegative()
        ? new Settlement(total, deposit, Money.ZERO, deposit.minus(total))
        : new Settlement(total, deposit, balance, Money.ZERO);
  }

  /** The signed difference: positive when the client pays more, negative when the client gets money back. */
  public Money balance() {
    return total.minus(deposit);
  }
}
