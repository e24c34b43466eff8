package io.bizcenter.testkit.services;

import static io.bizcenter.testkit.services.ServiceFixture.OPERATOR;
import static io.bizcenter.testkit.services.ServiceFixture.TOWER;
import static io.bizcenter.testkit.services.ServiceFixture.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.services.Charges;
import io.bizcenter.core.services.FeeSchedule;
import io.bizcenter.core.services.FeeUnit;
import io.bizcenter.core.services.ServiceCatalogue;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceItem;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServicePolicy;
import io.bizcenter.core.services.Settlement;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Money of the services: deposit ratios rounded half-up to the fen, balance and refund in exact CNY (SV-2.2, SV-2.4)")
class ServiceMoneyTest {
  @ParameterizedTest(name = "{0} × {1} at {2}: total {3}, deposit {4}")
  @CsvSource({
    "0.35, 1, 0.30, 0.35, 0.11",     // 0.105 rounds up to 0.11
    "0.05, 1, 0.30, 0.05, 0.02",     // 0.015 rounds up to 0.02
    "0.03, 1, 0.50, 0.03, 0.02",     // 0.015 again, by another ratio
    "0.01, 1, 0.30, 0.01, 0.00",     // 0.003 rounds down to nothing
    "33.33, 3, 0.33, 99.99, 33.00",  // 32.9967 rounds up
    "0.10, 3, 1.00, 0.30, 0.30",     // 0.1 × 3 is exactly 0.30 (a double would say 0.30000000000000004)
    "150.00, 100, 0.30, 15000.00, 4500.00",
    "1.50, 7, 0.00, 10.50, 0.00"})
  @DisplayName("SV-2.2: the deposit is the total times the ratio, half-up to the fen")
  void depositRounding(String price, int quantity, String ratio, String total, String deposit) {
    FeeSchedule fee = FeeSchedule.of(FeeUnit.ITEM, price, ratio);

    assertEquals(Money.yuan(total), fee.total(quantity));
    assertEquals(Money.yuan(deposit), fee.deposit(fee.total(quantity)));
    assertEquals(2, fee.deposit(fee.total(quantity)).amount().scale());
  }

  @ParameterizedTest(name = "total {0}, deposit {1}: balance due {2}, refund {3}")
  @CsvSource({
    "120.00, 45.00, 75.00, 0.00",
    "600.00, 750.00, 0.00, 150.00",
    "45.00, 45.00, 0.00, 0.00",
    "0.00, 0.11, 0.00, 0.11",
    "0.10, 0.03, 0.07, 0.00"})
  @DisplayName("SV-2.4: balance = total − deposit: a positive balance is paid at Finance, a negative one refunded")
  void balanceAndRefund(String total, String deposit, String due, String refund) {
    Settlement s = Settlement.of(Money.yuan(total), Money.yuan(deposit));

    assertEquals(new Settlement(Money.yuan(total), Money.yuan(deposit), Money.yuan(due), Money.yuan(refund)), s);
    assertEquals(Money.yuan(total).minus(Money.yuan(deposit)), s.balance());
    assertEquals(s.balance(), s.balanceDue().minus(s.refund()));
  }

  @Test
  @DisplayName("SV-2.2: a fee schedule refuses a negative price or a ratio outside 0..1 when a vendor writes it")
  void feeSchedulesAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> FeeSchedule.of(FeeUnit.PAGE, "-1.00", "0.30"));
    assertThrows(IllegalArgumentException.class, () -> FeeSchedule.of(FeeUnit.PAGE, "1.00", "1.01"));
    assertThrows(IllegalArgumentException.class, () -> FeeSchedule.of(FeeUnit.PAGE, "1.00", "-0.01"));
  }

  @Test
  @DisplayName("SV-2.2, SV-2.4: through the desk: an odd price's deposit is rounded half-up, taken exactly, and settled to the fen")
  void throughTheDesk() {
    ServiceItem copying = ServiceItem.own("COPYING", "复印 / photocopying", FeeSchedule.of(FeeUnit.PAGE, "0.35", "0.30"), Set.of(), Set.of());
    ServiceFixture fixture = new ServiceFixture(
        center -> ServicePolicy.defaults().withCatalogue(PolicyVersion.of("odd"), ServiceCatalogue.standard().with(copying)));
    ServiceOrder order = fixture.accepted(new ServiceOrderCommand.TakeOrder(fixture.freshCommandId(), TOWER, ServiceFixture.client(),
        ServiceCode.of("COPYING"), 7, "单面", hours(1, 2), null, OPERATOR), fixture.clerk);

    Charges charges = fixture.explain(order.id()).charges().orElseThrow();
    assertEquals(Money.yuan("2.45"), charges.total());
    assertEquals(Money.yuan("0.74"), charges.deposit(), "0.735 rounds half-up to 0.74");
    assertEquals(new BigDecimal("0.30"), charges.depositRatio());
    fixture.issueFeeNotice(order.id());
    fixture.takeDeposit(order.id(), Money.yuan("0.74"));
    fixture.start(order.id());
    fixture.finish(order.id(), 1);

    Settlement settlement = fixture.writeReceipt(order.id()).receipt().orElseThrow().settlement();
    assertEquals(new Settlement(Money.yuan("0.35"), Money.yuan("0.74"), Money.ZERO, Money.yuan("0.39")), settlement);
  }
}
