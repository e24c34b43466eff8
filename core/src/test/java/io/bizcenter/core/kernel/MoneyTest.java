package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Money is exact CNY: scale 2, rounding half-up stated once, never a double. */
class MoneyTest {
  @Test
  @DisplayName("amounts keep two decimals and equal amounts are equal however they were written")
  void scale_two() {
    assertEquals(Money.yuan("150.00"), Money.yuan(150));
    assertEquals(Money.yuan("150.00"), Money.yuan("150"));
    assertEquals("CNY 150.00", Money.yuan(150).toString());
    assertEquals(new BigDecimal("0.10"), Money.yuan("0.1").amount());
  }

  @Test
  @DisplayName("a deposit ratio rounds half-up to the fen: 30 % of 33.35 is 10.01 (10.005 rounded up)")
  void ratio_rounds_half_up() {
    assertEquals(Money.yuan("10.01"), Money.yuan("33.35").times(new BigDecimal("0.30")));
    assertEquals(Money.yuan("10.00"), Money.yuan("33.33").times(new BigDecimal("0.30")), "9.999 rounds to 10.00");
  }

  @Test
  @DisplayName("balance = total - deposit; a negative balance is a refund")
  void balance_and_refund() {
    Money total = Money.yuan("80.00");
    Money deposit = Money.yuan("100.00");
    Money balance = total.minus(deposit);
    assertTrue(balance.isNegative());
    assertEquals(Money.yuan("-20.00"), balance);
    assertEquals(Money.yuan("300.00"), Money.yuan("150.00").times(2));
    assertEquals(Money.ZERO, Money.yuan("1.10").minus(Money.yuan("0.60")).minus(Money.yuan("0.50")), "no binary fractions");
  }

  @Test
  @DisplayName("an amount is required")
  void no_null_amount() {
    assertThrows(IllegalArgumentException.class, () -> new Money(null));
  }

  @Test
  @DisplayName("each chapter of the source maps to its procedure package, where its notices' texts live")
  void clause_families_map_to_packages() {
    assertEquals("io.bizcenter.core.complaints", Clause.of("CP-1.3").procedurePackage());
    assertEquals("io.bizcenter.core.tenancy", Clause.of("MO-2.1").procedurePackage());
    assertEquals("io.bizcenter.core.tenancy", Clause.of("MI-6.1").procedurePackage());
    assertEquals("io.bizcenter.core.keys", Clause.of("KY-1.1").procedurePackage());
    assertEquals("io.bizcenter.core.kernel", Clause.of("GS-7").procedurePackage());
  }

  @Test
  @DisplayName("nothing is rounded silently: 0.005 and -1E-20 are kept as given and are not exact, so input checks refuse them")
  void inexact_amounts_are_kept_as_given() {
    assertEquals(new BigDecimal("0.005"), new Money(new BigDecimal("0.005")).amount());
    assertFalse(new Money(new BigDecimal("0.005")).isExact());
    assertFalse(new Money(new BigDecimal("-1E-20")).isExact());
    assertFalse(new Money(Money.LARGEST.add(new BigDecimal("0.01"))).isExact(), "one fen beyond the bound");
    assertTrue(new Money(Money.LARGEST).isExact());
    assertTrue(Money.yuan("150.5000").isExact());
    assertEquals(new BigDecimal("150.50"), Money.yuan("150.5000").amount());
    assertEquals(Money.ZERO, new Money(new BigDecimal("0E-1000000000")), "zero however written");
  }

  @Test
  @DisplayName("toString stays short whatever was sent: an amount of a million digits is not printed")
  void to_string_is_bounded() {
    assertEquals("CNY 1E+1000000000 (inexact)", new Money(new BigDecimal("1E+1000000000")).toString());
    // about a million digits, made without parsing them (BigDecimal's parser alone takes seconds over a million)
    String huge = new Money(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(3_321_929))).toString();
    assertTrue(huge.length() < 100, huge.length() + " characters");
  }
}
