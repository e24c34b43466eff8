package io.bizcenter.testkit.services;

import static io.bizcenter.testkit.Rejections.assertRejectionKind;
import static io.bizcenter.testkit.Rejections.assertSpeaksBothLanguages;
import static io.bizcenter.testkit.services.ServiceFixture.OPERATOR;
import static io.bizcenter.testkit.services.ServiceFixture.START;
import static io.bizcenter.testkit.services.ServiceFixture.TOWER;
import static io.bizcenter.testkit.services.ServiceFixture.TRANSLATOR;
import static io.bizcenter.testkit.services.ServiceFixture.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.services.Charges;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.FeeReceipt;
import io.bizcenter.core.services.FeeUnit;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderAction;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderEvent;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.ServiceRejection;
import io.bizcenter.core.services.Settlement;
import io.bizcenter.core.services.StandardService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A client's service order: before, during and after the service (SV-2.2, SV-2.3, SV-2.4)")
class ClientOrderTest {
  private final ServiceFixture fixture = new ServiceFixture();
  private final Device printer = fixture.registered(EquipmentKind.PRINTER, 90);

  @Test
  @DisplayName("SV-2.2, SV-2.3, SV-2.4, GS-6, GS-7: taken, charges explained, fee notice, deposit, served on time, receipt in triplicate, settled")
  void theWholeOrder() {
    // before: items, time and requirements; the charges; the fee notice; the deposit (SV-2.2)
    ServiceOrder taken = fixture.take(StandardService.PRINTING, 100, printer.id(), hours(2, 4), OPERATOR);
    assertEquals(ServiceOrderState.REQUESTED, taken.state());
    ServiceOrder explained = fixture.explain(taken.id());
    Charges charges = explained.charges().orElseThrow();
    assertEquals(new Charges(taken.service(), FeeUnit.PAGE, Money.yuan("1.50"), 100, Money.yuan("150.00"), new java.math.BigDecimal("0.30"),
        Money.yuan("45.00"), explained.policy()), charges);
    assertEquals("N-2026-031", fixture.issueFeeNotice(taken.id()).feeNotice().orElseThrow());
    ServiceOrder deposited = fixture.takeDeposit(taken.id(), Money.yuan("45.00"));
    assertEquals(Money.yuan("45.00"), deposited.deposit().orElseThrow());
    assertEquals(List.of(hours(2, 4).startsAt()), dueTimes(taken), "the service is due to start at the agreed time (SV-2.3)");

    // during: on time and as required (SV-2.3)
    fixture.clock.set(START.plus(Duration.ofHours(2)));
    assertEquals(ServiceOrderState.SERVING, fixture.start(taken.id()).state());
    assertEquals(List.of(hours(2, 4).endsAt()), dueTimes(taken), "and to be done by the agreed end");
    fixture.clock.advance(Duration.ofMinutes(90));
    ServiceOrder served = fixture.finish(taken.id(), 80);
    assertEquals(80, served.quantityServed().orElseThrow());
    assertTrue(served.onTime().orElseThrow(), "done within the agreed time");

    // after: the Fee Receipt in triplicate, and the client to Finance (SV-2.4)
    ServiceOrder written = fixture.writeReceipt(taken.id());
    FeeReceipt receipt = written.receipt().orElseThrow();
    assertEquals(new Settlement(Money.yuan("120.00"), Money.yuan("45.00"), Money.yuan("75.00"), Money.ZERO), receipt.settlement());
    assertEquals(List.of(ReceiptCopy.FINANCE, ReceiptCopy.CLIENT, ReceiptCopy.ARCHIVE), receipt.outstanding(), "three copies, none handed over");
    List<OutboxNotice> toFinance = fixture.deliverNotices();
    assertEquals(1, toFinance.size());
    assertEquals(Department.FINANCE, toFinance.get(0).notice().to());
    assertEquals("SV_CLIENT_TO_SETTLE", toFinance.get(0).notice().code());
    assertEquals(List.of(taken.id().value(), "R-2026-088", "75.00", "0.00"), toFinance.get(0).notice().arguments());
    assertSpeaksBothLanguages(toFinance.get(0).message(io.bizcenter.core.kernel.Messages.ZH_CN),
        toFinance.get(0).message(io.bizcenter.core.kernel.Messages.EN).replace("R-2026-088", ""));
    assertEquals(List.of(ServiceOrderAction.HAND_OVER_COPY, ServiceOrderAction.SETTLE),
        fixture.desk().availableActions(fixture.finance, TOWER, taken.id()).get(), "Finance may take its copy and settle");

    fixture.accepted(new ServiceOrderCommand.HandOverCopy(fixture.freshCommandId(), TOWER, taken.id(), ReceiptCopy.FINANCE), fixture.finance);
    fixture.handOver(taken.id(), ReceiptCopy.CLIENT);
    ServiceOrder copied = fixture.handOver(taken.id(), ReceiptCopy.ARCHIVE);
    assertEquals(List.of(), copied.receipt().orElseThrow().outstanding());
    assertEquals(fixture.finance.staff(), copied.receipt().orElseThrow().copy(ReceiptCopy.FINANCE).orElseThrow().handedOverBy().orElseThrow());
    ServiceOrder settled = fixture.settle(taken.id());

    assertEquals(ServiceOrderState.SETTLED, settled.state());
    List<AuditEntry> trail = fixture.trail(taken.id());
    assertEquals(List.of("SV-2.2", "SV-2.2", "SV-2.2", "SV-2.2", "SV-2.3", "SV-2.3", "SV-2.4", "SV-2.4", "SV-2.4", "SV-2.4", "SV-2.4"),
        trail.stream().map(e -> e.clause().id()).toList(), "every step on the trail under its clause (GS-6)");
    assertEquals(List.of(new ServiceOrderEvent.SettledAtFinance(receipt.settlement())), trail.get(trail.size() - 1).events());
    assertEquals(List.of(), fixture.storage.agenda().forCase(TOWER, "service-orders", taken.id().value()), "nothing owed once settled");
  }

  private List<java.time.Instant> dueTimes(ServiceOrder order) {
    return fixture.agendaOf(fixture.clerk, order.id().value()).stream().map(AgendaItem::dueAt).toList();
  }

  @Test
  @DisplayName("SV-2.2: the deposit is exactly the set proportion of the explained total, no more and no less")
  void theDepositIsTheSetProportion() {
    ServiceOrder order = fixture.take(StandardService.PRINTING, 100, printer.id(), hours(2, 4), OPERATOR);
    fixture.explain(order.id());
    fixture.issueFeeNotice(order.id());

    for (String wrong : List.of("40.00", "45.01", "0.00", "150.00")) {
      Rejection r = fixture.rejected(new ServiceOrderCommand.TakeDeposit(fixture.freshCommandId(), TOWER, order.id(), Money.yuan(wrong)),
          fixture.clerk);
      assertRejectionKind(r, ServiceRejection.DepositNotAsRequired.class, "SV_DEPOSIT_NOT_AS_REQUIRED", "SV-2.2");
      assertEquals(new ServiceRejection.DepositNotAsRequired(Money.yuan("45.00"), Money.yuan(wrong), Clause.of("SV-2.2")), r);
    }
    assertEquals(ServiceOrderState.DEPOSIT_TAKEN, fixture.takeDeposit(order.id(), Money.yuan("45")).state());
  }

  @Test
  @DisplayName("SV-2.2, SV-2.3: steps come in the source's order: no fee notice before the charges, no service before the deposit")
  void stepsComeInOrder() {
    ServiceOrder order = fixture.take(StandardService.PRINTING, 100, printer.id(), hours(2, 4), OPERATOR);

    assertRejectionKind(fixture.rejected(new ServiceOrderCommand.IssueFeeNotice(fixture.freshCommandId(), TOWER, order.id(), "N-1"), fixture.clerk),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "SV-2.2");
    fixture.explain(order.id());
    fixture.issueFeeNotice(order.id());
    Rejection startWithoutDeposit = fixture.rejected(new ServiceOrderCommand.StartService(fixture.freshCommandId(), TOWER, order.id()), fixture.clerk);
    assertEquals(new Rejection.ActionNotAllowed("service-orders", ServiceOrderState.FEE_NOTICE_ISSUED, ServiceOrderAction.START_SERVICE,
        Clause.of("SV-2.2")), startWithoutDeposit);
    assertRejectionKind(fixture.rejected(new ServiceOrderCommand.Settle(fixture.freshCommandId(), TOWER, order.id()), fixture.finance),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "SV-2.2");
  }

  @Test
  @DisplayName("SV-2.3: a service finished after the agreed end is recorded as late")
  void aLateServiceIsRecordedAsLate() {
    ServiceOrder order = fixture.readyToServe(StandardService.PRINTING, 10, printer.id(), hours(2, 3), OPERATOR);
    fixture.clock.set(START.plus(Duration.ofHours(2)));
    fixture.start(order.id());
    fixture.clock.set(START.plus(Duration.ofHours(3)).plusSeconds(1));

    ServiceOrder late = fixture.finish(order.id(), 10);

    assertFalse(late.onTime().orElseThrow());
    assertEquals(new ServiceOrderEvent.ServiceFinished(10, false, Money.yuan("15.00")), fixture.trail(order.id()).get(5).events().get(0));
  }

  @Test
  @DisplayName("SV-2.4: a refund when the deposit exceeds the total: balance = total − deposit, paid back at Finance")
  void aRefundWhenTheDepositExceedsTheTotal() {
    ServiceOrder order = fixture.readyToServe(StandardService.TRANSLATION, 10, null, hours(1, 8), TRANSLATOR);
    assertEquals(Money.yuan("750.00"), order.deposit().orElseThrow(), "half of 10 pages at 150.00");
    fixture.start(order.id());
    fixture.finish(order.id(), 4);

    Settlement settlement = fixture.writeReceipt(order.id()).receipt().orElseThrow().settlement();

    assertEquals(new Settlement(Money.yuan("600.00"), Money.yuan("750.00"), Money.ZERO, Money.yuan("150.00")), settlement);
    assertEquals(Money.yuan("-150.00"), settlement.balance());
  }

  @Test
  @DisplayName("SV-2.4: each copy is handed over once; Finance settles only when all three are handed over, and nobody else settles")
  void threeCopiesThenSettlement() {
    ServiceOrder order = fixture.readyToServe(StandardService.POSTAL, 2, null, hours(1, 2), OPERATOR);
    fixture.start(order.id());
    fixture.finish(order.id(), 2);
    fixture.writeReceipt(order.id());
    fixture.handOver(order.id(), ReceiptCopy.FINANCE);

    assertEquals(new ServiceRejection.CopyAlreadyHandedOver(ReceiptCopy.FINANCE, Clause.of("SV-2.4")), fixture.rejected(
        new ServiceOrderCommand.HandOverCopy(fixture.freshCommandId(), TOWER, order.id(), ReceiptCopy.FINANCE), fixture.clerk));
    Rejection early = fixture.rejected(new ServiceOrderCommand.Settle(fixture.freshCommandId(), TOWER, order.id()), fixture.finance);
    assertRejectionKind(early, ServiceRejection.CopiesOutstanding.class, "SV_COPIES_OUTSTANDING", "SV-2.4");
    assertEquals(List.of(ReceiptCopy.CLIENT, ReceiptCopy.ARCHIVE), ((ServiceRejection.CopiesOutstanding) early).copies());
    fixture.handOver(order.id(), ReceiptCopy.CLIENT);
    fixture.handOver(order.id(), ReceiptCopy.ARCHIVE);
    assertRejectionKind(fixture.rejected(new ServiceOrderCommand.Settle(fixture.freshCommandId(), TOWER, order.id()), fixture.clerk),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "SV-2.4");
    assertEquals(ServiceOrderState.SETTLED, fixture.settle(order.id()).state());
  }

  @Test
  @DisplayName("SV-2.2: a service on equipment books a suitable device of the register, free for the time; touching slots are free")
  void theDeviceIsBookedForTheTime() {
    Device fax = fixture.registered(EquipmentKind.FAX, 90);
    ServiceOrder first = fixture.take(StandardService.PRINTING, 10, printer.id(), hours(2, 4), OPERATOR);

    assertEquals(new ServiceRejection.DeviceRequired(first.service(), Clause.of("SV-2.2")),
        fixture.rejected(fixture.order(StandardService.PRINTING, 10, null, hours(5, 6), OPERATOR), fixture.clerk));
    assertEquals(new ServiceRejection.DeviceNotSuited(fax.id(), EquipmentKind.FAX, first.service(), Clause.of("SV-1.1")),
        fixture.rejected(fixture.order(StandardService.PRINTING, 10, fax.id(), hours(5, 6), OPERATOR), fixture.clerk));
    assertRejectionKind(fixture.rejected(fixture.order(StandardService.PRINTING, 10, io.bizcenter.core.services.DeviceId.of("nope"), hours(5, 6),
        OPERATOR), fixture.clerk), ServiceRejection.UnknownDevice.class, "SV_UNKNOWN_DEVICE", "SV-1.1");
    Rejection booked = fixture.rejected(fixture.order(StandardService.PRINTING, 10, printer.id(), hours(3, 5), OPERATOR), fixture.clerk);
    assertEquals(new ServiceRejection.DeviceBooked(printer.id(), first.id().value(), Clause.of("SV-2.2")), booked);

    assertEquals(ServiceOrderState.REQUESTED, fixture.take(StandardService.PRINTING, 10, printer.id(), hours(4, 5), OPERATOR).state(),
        "a slot that starts when another ends does not overlap it");
    assertEquals(ServiceOrderState.REQUESTED, fixture.take(StandardService.PRINTING, 10, printer.id(), hours(0, 2), OPERATOR).state());
  }

  @Test
  @DisplayName("SV-2.2: an order called off before its service returns any deposit in full and frees its slot")
  void cancelling() {
    ServiceOrder order = fixture.readyToServe(StandardService.PRINTING, 100, printer.id(), hours(2, 4), OPERATOR);

    ServiceOrder cancelled = fixture.accepted(new ServiceOrderCommand.CancelOrder(fixture.freshCommandId(), TOWER, order.id(), "客人改期"),
        fixture.clerk);

    assertEquals(ServiceOrderState.CANCELLED, cancelled.state());
    assertEquals(List.of(new ServiceOrderEvent.OrderCancelled("客人改期", Money.yuan("45.00"))),
        fixture.trail(order.id()).get(4).events());
    assertEquals(ServiceOrderState.REQUESTED, fixture.take(StandardService.PRINTING, 10, printer.id(), hours(2, 4), OPERATOR).state());
  }

  @Test
  @DisplayName("SV-2.2, GS-1: the client's name and phone are masked wherever an order is shown")
  void personalDataIsMasked() {
    ServiceOrder order = fixture.take(StandardService.PRINTING, 100, printer.id(), hours(2, 4), OPERATOR);
    String shown = order + " " + fixture.order(StandardService.PRINTING, 1, printer.id(), hours(5, 6), OPERATOR) + " " + fixture.trail(order.id());

    assertFalse(shown.contains(ServiceFixture.CLIENT_NAME), shown);
    assertFalse(shown.contains(ServiceFixture.CLIENT_PHONE), shown);
    assertTrue(shown.contains("欧**"));
  }
}
