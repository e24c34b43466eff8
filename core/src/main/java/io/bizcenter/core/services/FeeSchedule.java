package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Money;
import java.math.BigDecimal;

/**
 * What a service costs (SV-2.2, SV-3.1): a price per unit in exact CNY, and the share of the total taken as a
 * deposit before the service (收一定比例的押金), between 0 and 1. Policy values: written by a vendor's code, so a
 * value out of range is a programming error, refused when the schedule is made.
 */
public record FeeSchedule(FeeUnit unit, Money price, BigDecimal depositRatio) {
  public FeeSchedule {
    if (unit == null || price == null || depositRatio == null) {
      throw new IllegalArgumentException("a fee schedule needs a unit, a price and a deposit ratio");
    }
    if (price.isNegative() || depositRatio.signum() < 0 || depositRatio.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("a price is at least 0 and a deposit ratio between 0 and 1: " + price + ", " + depositRatio);
    }
  }

  public static FeeSchedule of(FeeUnit unit, String price, String depositRatio) {
    return new FeeSchedule(unit, Money.yuan(price), new BigDecimal(depositRatio));
  }

  /** The total for a quantity of units. */
  public Money total(int quantity) {
    return price.times(quantity);
  }

  /** The deposit on a total: the ratio of it, rounded half-up to the fen. */
  public Money deposit(Money total) {
    return total.times(depositRatio);
  }
}
