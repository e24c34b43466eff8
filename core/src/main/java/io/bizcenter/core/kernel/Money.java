package io.bizcenter.core.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of Chinese yuan (CNY): a {@link BigDecimal} at scale 2 (fen), never a double.
 *
 * <p>Nothing is rounded silently. An amount given with at most two decimals and at most {@value #INTEGER_DIGITS} digits
 * before the point (so within {@link #LARGEST}) is exact and kept at scale 2. Anything else (0.005, -1E-20, 1E+10000000) is
 * kept as given, so that {@link Field#amount} refuses it as input with a typed rejection; deciding that costs
 * microseconds whatever the size of the number, since only its precision and scale are read. The one operation that can
 * make more decimals, {@link #times(BigDecimal)}, rounds half-up to the fen, explicitly.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
  /** Digits before the decimal point an exact amount may have: up to 999,999,999,999.99 yuan. */
  public static final int INTEGER_DIGITS = 12;
  /** The largest exact amount, 999,999,999,999.99 yuan; procedures set lower limits of their own. */
  public static final BigDecimal LARGEST = new BigDecimal("999999999999.99");
  // a number written with more digits than this is never an amount a clerk typed; it is refused without arithmetic
  private static final int MOST_DIGITS_READ = 64;
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    if (amount == null) {
      throw new IllegalArgumentException("an amount is required");
    }
    amount = atFen(amount);
  }

  /** From a decimal string such as {@code "150.00"}; written by policies, not taken from input unchecked. */
  public static Money yuan(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public static Money yuan(long amount) {
    return new Money(BigDecimal.valueOf(amount));
  }

  /** Whether this is an exact amount: at most two decimals, within {@link #LARGEST} either way. */
  public boolean isExact() {
    return amount.scale() == 2 && isWithinBound();
  }

  /** Whether the amount has at most {@value #INTEGER_DIGITS} digits before the point: within {@link #LARGEST} either way. */
  public boolean isWithinBound() {
    return digits(amount) - amount.scale() <= INTEGER_DIGITS;
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
    return new Money(amount.multiply(ratio).setScale(2, ROUNDING));
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
    // bounded: an inexact amount may have been sent with a million digits, and toString reaches log lines
    if (isExact()) {
      return "CNY " + amount.toPlainString();
    }
    long digits = digits(amount);
    return digits <= MOST_DIGITS_READ ? "CNY " + amount + " (inexact)" : "CNY (inexact, about " + digits + " digits)";
  }

  /** The amount at scale 2 when that is exact; otherwise as given, for the input check to refuse. */
  private static BigDecimal atFen(BigDecimal amount) {
    if (amount.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    long integerDigits = digits(amount) - amount.scale();
    if (integerDigits > INTEGER_DIGITS) {
      return amount;
    }
    if (amount.scale() <= 2) {
      return amount.setScale(2);
    }
    // more decimals than two, unless they are trailing zeros; only a short number is worth looking at
    if (digits(amount) > MOST_DIGITS_READ) {
      return amount;
    }
    try {
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException moreThanTwoDecimals) {
      return amount;
    }
  }

  /**
   * The number of digits of the amount's unscaled value: exact for a short number, within one for a long one, read off
   * its bit length so that a number of a million digits costs nothing ({@code precision()} would take seconds).
   */
  private static long digits(BigDecimal amount) {
    int bits = amount.unscaledValue().bitLength();
    return bits <= 4 * MOST_DIGITS_READ ? amount.precision() : (long) (bits * 0.30102999566398120) + 1;
  }
}
