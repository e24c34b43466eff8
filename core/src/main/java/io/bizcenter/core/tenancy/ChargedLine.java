package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line of the fee notice as charged: units (kept to the hundredth, as entered) times the standard's rate, half-up to
 * the fen (MI-2.2). The fixed scale makes a line read back equal from any store.
 */
public record ChargedLine(ChargeItem item, BigDecimal quantity, Money rate, Money amount) {
  public ChargedLine {
    quantity = quantity == null ? null : quantity.setScale(2, RoundingMode.HALF_UP);
  }
}
