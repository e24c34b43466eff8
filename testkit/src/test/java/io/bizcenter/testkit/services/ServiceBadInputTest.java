package io.bizcenter.testkit.services;

import static io.bizcenter.core.kernel.FieldError.Problem.BLANK;
import static io.bizcenter.core.kernel.FieldError.Problem.CONTROL_CHARACTER;
import static io.bizcenter.core.kernel.FieldError.Problem.MALFORMED;
import static io.bizcenter.core.kernel.FieldError.Problem.MISSING;
import static io.bizcenter.core.kernel.FieldError.Problem.TOO_LONG;
import static io.bizcenter.testkit.services.ServiceFixture.HARBOUR;
import static io.bizcenter.testkit.services.ServiceFixture.OPERATOR;
import static io.bizcenter.testkit.services.ServiceFixture.START;
import static io.bizcenter.testkit.services.ServiceFixture.TOWER;
import static io.bizcenter.testkit.services.ServiceFixture.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.services.Client;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseId;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.ServiceRejection;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.testkit.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Bad input to the services is refused with every field error, in zh-CN and en, and writes nothing (GS-1, SV)")
class ServiceBadInputTest {
  private final ServiceFixture fixture = new ServiceFixture();

  @Test
  @DisplayName("GS-1: no command or no actor is listed as missing")
  void noCommandOrActor() {
    assertEquals(Map.of("command", MISSING), fixture.fieldErrors((ServiceOrderCommand) null, fixture.clerk));
    assertEquals(Map.of("actor", MISSING), fixture.fieldErrors(fixture.order(StandardService.POSTAL, 1, null, hours(1, 2), OPERATOR), null));
  }

  @Test
  @DisplayName("GS-1, SV-2.2: an order wrong in every field lists every field, and no order appears")
  void everyFieldOfAnOrder() {
    Client nobody = new Client(null, PhoneNumber.of("call me"), Optional.of(" "));
    ServiceOrderCommand.TakeOrder command = new ServiceOrderCommand.TakeOrder(null, null, nobody, null, 0,
        Texts.ofLength(ServiceOrderCommand.TEXT + 1), Slot.of(START.plus(Duration.ofHours(2)), START), DeviceId.of(" "), null);

    assertEquals(Map.ofEntries(Map.entry("commandId", MISSING), Map.entry("center", MISSING), Map.entry("client.name", MISSING),
        Map.entry("client.phone", MALFORMED), Map.entry("client.company", BLANK), Map.entry("service", MISSING), Map.entry("quantity", MALFORMED),
        Map.entry("requirements", TOO_LONG), Map.entry("slot", MALFORMED), Map.entry("device", BLANK), Map.entry("assignee", MISSING)),
        fixture.fieldErrors(command, fixture.clerk));
    assertEquals(List.of(), fixture.storage.serviceOrders().all(TOWER));
  }

  @Test
  @DisplayName("GS-1, SV-2.2: a slot without ends, of no length, or longer than a quarter is malformed or missing")
  void slots() {
    assertEquals(Map.of("slot", MISSING), errorsOfSlot(null));
    assertEquals(Map.of("slot", MISSING), errorsOfSlot(Slot.of(START, null)));
    assertEquals(Map.of("slot", MALFORMED), errorsOfSlot(Slot.of(START, START)));
    assertEquals(Map.of("slot", MALFORMED), errorsOfSlot(Slot.of(START, START.plus(Slot.LONGEST).plusSeconds(1))));
  }

  private Map<String, Problem> errorsOfSlot(Slot slot) {
    return fixture.fieldErrors(new ServiceOrderCommand.TakeOrder(fixture.freshCommandId(), TOWER, ServiceFixture.client(),
        ServiceCode.of(StandardService.POSTAL), 1, "寄快递", slot, null, OPERATOR), fixture.clerk);
  }

  static Stream<Arguments> stepsWithNothingFilledIn() {
    return Stream.of(
        Arguments.of(new DeviceCommand.RegisterDevice(null, null, null, null, 0), List.of("kind", "name", "maintenanceEveryDays"), false),
        Arguments.of(new DeviceCommand.RecordMaintenance(null, null, null, null), List.of("deviceId", "note"), false),
        Arguments.of(new DeviceCommand.ReportFault(null, null, null, null), List.of("deviceId", "fault"), false),
        Arguments.of(new DeviceCommand.RecordRepair(null, null, null, null, null), List.of("deviceId", "repairedBy", "report"), false),
        Arguments.of(new DeviceCommand.RetireDevice(null, null, null, null), List.of("deviceId", "reason"), false),
        Arguments.of(new ServiceOrderCommand.ExplainCharges(null, null, null), List.of("orderId"), false),
        Arguments.of(new ServiceOrderCommand.IssueFeeNotice(null, null, null, null), List.of("orderId", "number"), false),
        Arguments.of(new ServiceOrderCommand.TakeDeposit(null, null, null, null), List.of("orderId", "amount"), false),
        Arguments.of(new ServiceOrderCommand.StartService(null, null, null), List.of("orderId"), false),
        Arguments.of(new ServiceOrderCommand.FinishService(null, null, null, -1), List.of("orderId", "quantityServed"), true),
        Arguments.of(new ServiceOrderCommand.WriteFeeReceipt(null, null, null, null), List.of("orderId", "number"), false),
        Arguments.of(new ServiceOrderCommand.HandOverCopy(null, null, null, null), List.of("orderId", "copy"), false),
        Arguments.of(new ServiceOrderCommand.Settle(null, null, null), List.of("orderId"), false),
        Arguments.of(new ServiceOrderCommand.CancelOrder(null, null, null, null), List.of("orderId", "reason"), false),
        Arguments.of(new InternalUseCommand.ApplyForUse(null, null, null, null, true, null, null), List.of("device", "slot", "reason", "content"),
            false),
        Arguments.of(new InternalUseCommand.ApproveUse(null, null, null), List.of("useId"), false),
        Arguments.of(new InternalUseCommand.RefuseUse(null, null, null, null), List.of("useId", "reason"), false),
        Arguments.of(new InternalUseCommand.WithdrawUse(null, null, null, null), List.of("useId", "reason"), false),
        Arguments.of(new InternalUseCommand.GiveWayToClient(null, null, null, null), List.of("useId", "order"), false),
        Arguments.of(new InternalUseCommand.StartUse(null, null, null), List.of("useId"), false),
        Arguments.of(new InternalUseCommand.FinishUse(null, null, null), List.of("useId"), false),
        Arguments.of(new InternalUseCommand.SignFeeSettlement(null, null, null, null, null), List.of("useId", "number", "amount"), false));
  }

  @ParameterizedTest(name = "GS-1: {0}")
  @MethodSource("stepsWithNothingFilledIn")
  @DisplayName("GS-1, SV-1.1, SV-1.2, SV-2.2, SV-2.3, SV-2.4, SV-2.5: every command with nothing filled in lists its command id, center and own fields")
  void everyCommandListsEveryMissingField(Command command, List<String> ownFields, boolean malformedNumber) {
    Map<String, Problem> errors = fixture.fieldErrors(command, fixture.clerk);

    assertEquals(Stream.concat(Stream.of("commandId", "center"), ownFields.stream()).collect(Collectors.toSet()), errors.keySet());
  }

  @ParameterizedTest(name = "GS-1: control character #{index}")
  @ValueSource(strings = {"\u0000", "\u0007", "\u001B[31m", "\n"})
  @DisplayName("GS-1, SV-1.1, SV-2.5: a control character in a single-line field is refused (name, repairer, numbers)")
  void controlCharacters(String control) {
    assertEquals(Map.of("name", CONTROL_CHARACTER), fixture.fieldErrors(
        new DeviceCommand.RegisterDevice(fixture.freshCommandId(), TOWER, EquipmentKind.FAX, "传真" + control + "机", 90), fixture.clerk));
    assertEquals(Map.of("number", CONTROL_CHARACTER, "amount", MALFORMED), fixture.fieldErrors(new InternalUseCommand.SignFeeSettlement(
        fixture.freshCommandId(), TOWER, InternalUseId.of("U-1"), "F" + control + "1", Money.yuan("-0.01")), fixture.clerk));
  }

  @Test
  @DisplayName("GS-1, SV-1.1, SV-2.2: numbers out of range: maintenance interval, units, amounts")
  void numbersOutOfRange() {
    for (int days : List.of(0, -1, DeviceCommand.LONGEST_MAINTENANCE_INTERVAL + 1)) {
      assertEquals(Map.of("maintenanceEveryDays", MALFORMED), fixture.fieldErrors(
          new DeviceCommand.RegisterDevice(fixture.freshCommandId(), TOWER, EquipmentKind.FAX, "传真机", days), fixture.clerk));
    }
    assertEquals(Map.of("quantityServed", MALFORMED), fixture.fieldErrors(new ServiceOrderCommand.FinishService(fixture.freshCommandId(), TOWER,
        ServiceOrderId.of("S-1"), ServiceOrderCommand.MOST_UNITS + 1), fixture.clerk));
    assertEquals(Map.of("amount", MALFORMED), fixture.fieldErrors(new ServiceOrderCommand.TakeDeposit(fixture.freshCommandId(), TOWER,
        ServiceOrderId.of("S-1"), ServiceOrderCommand.LARGEST_AMOUNT), fixture.clerk));
  }

  @Test
  @DisplayName("GS-1, GS-5: another center's device, order or use is answered as an unknown id, and nothing leaks or changes")
  void anotherCentersCasesAreUnknown() {
    Device printer = fixture.registered(EquipmentKind.PRINTER, 90);
    ServiceOrder order = fixture.take(StandardService.PRINTING, 10, printer.id(), hours(1, 2), OPERATOR);
    InternalUse use = fixture.apply(printer.id(), hours(3, 4));

    // a clerk of the harbour sends the tower's ids to the tower: not its center
    assertEquals(new Rejection.CaseNotFound("equipment", printer.id().value()), fixture.rejected(
        new DeviceCommand.ReportFault(fixture.freshCommandId(), TOWER, printer.id(), "故障"), fixture.harbourClerk));
    assertEquals(new Rejection.CaseNotFound("service-orders", order.id().value()), fixture.rejected(
        new ServiceOrderCommand.ExplainCharges(fixture.freshCommandId(), TOWER, order.id()), fixture.harbourClerk));
    assertEquals(new Rejection.CaseNotFound("internal-uses", use.id().value()), fixture.rejected(
        new InternalUseCommand.WithdrawUse(fixture.freshCommandId(), TOWER, use.id(), "撤回"), fixture.harbourClerk));
    // and to its own center, where those ids do not exist
    assertEquals(new Rejection.CaseNotFound("service-orders", order.id().value()), fixture.rejected(
        new ServiceOrderCommand.ExplainCharges(fixture.freshCommandId(), HARBOUR, order.id()), fixture.harbourClerk));
    // the tower's device, booked from the harbour, is no device of the harbour
    ServiceOrderCommand.TakeOrder there = new ServiceOrderCommand.TakeOrder(fixture.freshCommandId(), HARBOUR, ServiceFixture.client(),
        ServiceCode.of(StandardService.PRINTING), 1, "打印", hours(1, 2), printer.id(), OPERATOR);
    assertEquals(new ServiceRejection.UnknownDevice(printer.id(), Clause.of("SV-1.1")), fixture.rejected(there, fixture.harbourClerk));
    assertEquals(new Rejection.NotInYourCenter(TOWER),
        fixture.rejected(fixture.order(StandardService.POSTAL, 1, null, hours(1, 2), OPERATOR), fixture.harbourClerk));
    assertEquals(true, fixture.desk().order(fixture.harbourClerk, TOWER, order.id()).isLeft());
    assertEquals(true, fixture.desk().trail(fixture.harbourClerk, TOWER, use.id()).isLeft());
  }

  @Test
  @DisplayName("GS-1, GS-5: unknown ids are answered as such; a department that takes no part is refused by the declaration")
  void unknownIdsAndWrongRoles() {
    assertEquals(new Rejection.CaseNotFound("service-orders", "S-404"), fixture.rejected(
        new ServiceOrderCommand.StartService(fixture.freshCommandId(), TOWER, ServiceOrderId.of("S-404")), fixture.clerk));
    assertEquals(new Rejection.CaseNotFound("equipment", "D-404"), fixture.rejected(
        new DeviceCommand.RecordMaintenance(fixture.freshCommandId(), TOWER, DeviceId.of("D-404"), "保养"), fixture.clerk));
    Rejection byOperations = fixture.rejected(fixture.order(StandardService.POSTAL, 1, null, hours(1, 2), OPERATOR), fixture.operations);
    assertEquals(Rejection.ActorNotPermitted.class, byOperations.getClass(), "orders are taken by the business center");
  }

  @Test
  @DisplayName("GS-1, SV-2.2: text as a front end may send it (SQL, HTML, emoji, right-to-left) is kept as sent")
  void awkwardTextIsKept() {
    String requirements = "'; DROP TABLE bc_service_order; -- <script>alert(1)</script> 😀 \u200F\u05E9\u05DC\u05D5\u05DD\n第二行";
    ServiceOrder order = fixture.accepted(new ServiceOrderCommand.TakeOrder(fixture.freshCommandId(), TOWER,
        new Client(PersonName.of("María O'Neil"), PhoneNumber.of("+86 (21) 5555-0123"), Optional.empty()),
        ServiceCode.of(StandardService.POSTAL), 1, requirements, hours(1, 2), null, OPERATOR), fixture.clerk);

    assertEquals(requirements, fixture.desk().order(fixture.clerk, TOWER, order.id()).get().requirements());
    assertEquals(Set.of(), Set.copyOf(fixture.storage.internalUses().all(TOWER)));
  }
}
