package io.bizcenter.core.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of Chinese yuan (CNY): a {@link BigDecimal} at scale 2 (fen), never a double. Every operation
 * that could produce more decimals rounds half-up to the fen, explicitly.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
  // declared before ZERO: the constructor needs it while ZERO is being made
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    if (amount == null) {
      throw new IllegalArgumentException("an amount is required");
    }
    amount = amount.setScale(2, ROUNDING);
  }

  /** From a decimal string such as {@code "150.00"}; written by policies, not taken from input unchecked. */
  public static Money yuan(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public static Money yuan(long amount) {
    return new Money(BigDecimal.valueOf(amount));
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money times(long quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
  }

  /** This amount times a ratio (a deposit of 30 %: {@code times(new BigDecimal("0.30"))}), rounded half-up to the fen. */
  public Money times(BigDecimal ratio) {
    return new Money(amount.multiply(ratio));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return "CNY " + amount.toPlainString();
  }
}
