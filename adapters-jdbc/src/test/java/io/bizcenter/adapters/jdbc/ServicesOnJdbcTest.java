package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.services.Client;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceDesk;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.ServiceRejection;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StaffSkills;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service procedure end to end on the JDBC adapter: a client order that displaces an approved internal use runs
 * two commands in one transaction (savepoints, device rows held FOR UPDATE), and the whole order's documents, with
 * money, receipt copies and slots, come back from H2 and PostgreSQL as they went in.
 */
class ServicesOnJdbcTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  private static final StaffId OPERATOR = StaffId.of("bc-operator");
  private final AtomicInteger commands = new AtomicInteger();

  private CommandId next() {
    return CommandId.of("cmd-" + commands.incrementAndGet());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  @DisplayName("SV-1.2 SV-2.2 SV-2.3 SV-2.4 SV-2.5: clients first, faults, deposit, receipt and settlement on a real database")
  void theServicesOnADatabase(String database) {
    JdbcStorage storage = database.equals("H2") ? Databases.freshH2() : Databases.emptyPostgres();
    ManualClock clock = new ManualClock(START);
    ServiceDesk desk = BusinessCenter.builder().storage(storage).notifier(new RecordingNotifier())
        .ids(new SequentialIds("J-" + System.nanoTime())).clock(clock)
        .staffSkills(StaffSkills.fixed(Map.of(OPERATOR, Set.of(Skill.TYPING, Skill.EQUIPMENT_OPERATION)))).build().services();
    Actor clerk = Actor.of("bc-01", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
    Actor engineer = Actor.of("en-05", Role.STAFF, Department.ENGINEERING, TOWER);
    Actor engineeringManager = Actor.of("en-mgr", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);
    Actor finance = Actor.of("fi-02", Role.STAFF, Department.FINANCE, TOWER);
    Slot slot = Slot.of(START.plus(Duration.ofHours(2)), START.plus(Duration.ofHours(4)));

    Device printer = desk.handle(new DeviceCommand.RegisterDevice(next(), TOWER, EquipmentKind.PRINTER, "激光打印机", 90), clerk).get();
    InternalUse use = desk.handle(new InternalUseCommand.ApplyForUse(next(), TOWER, printer.id(), slot, true, "季度报告", "打印"), engineer).get();
    desk.handle(new InternalUseCommand.ApproveUse(next(), TOWER, use.id()), engineeringManager).get();

    ServiceOrder order = desk.handle(new ServiceOrderCommand.TakeOrder(next(), TOWER, Client.of("欧阳娜娜", "13912345678", null),
        ServiceCode.of(StandardService.PRINTING), 100, "双面", slot, printer.id(), OPERATOR), clerk).get();

    assertEquals(InternalUseState.DISPLACED, desk.internalUse(clerk, TOWER, use.id()).get().state(), "clients come first");
    assertEquals(1, storage.eventLog().pendingNotices(10).size(), "the internal user is told");
    Money deposit = desk.handle(new ServiceOrderCommand.ExplainCharges(next(), TOWER, order.id()), clerk).get().charges().get().deposit();
    desk.handle(new ServiceOrderCommand.IssueFeeNotice(next(), TOWER, order.id(), "N-1"), clerk).get();
    desk.handle(new ServiceOrderCommand.TakeDeposit(next(), TOWER, order.id(), deposit), clerk).get();
    desk.handle(new DeviceCommand.ReportFault(next(), TOWER, printer.id(), "卡纸"), clerk).get();
    assertInstanceOf(ServiceRejection.DeviceOutOfUse.class,
        desk.handle(new ServiceOrderCommand.StartService(next(), TOWER, order.id()), clerk).getLeft());
    desk.handle(new DeviceCommand.RecordRepair(next(), TOWER, printer.id(), "工程部", "更换搓纸轮"), engineer).get();
    desk.handle(new ServiceOrderCommand.StartService(next(), TOWER, order.id()), clerk).get();
    assertInstanceOf(ServiceRejection.DeviceInUse.class,
        desk.handle(new DeviceCommand.ReportFault(next(), TOWER, printer.id(), "卡纸"), clerk).getLeft());
    desk.handle(new ServiceOrderCommand.FinishService(next(), TOWER, order.id(), 80), clerk).get();
    desk.handle(new ServiceOrderCommand.WriteFeeReceipt(next(), TOWER, order.id(), "R-1"), clerk).get();
    for (ReceiptCopy copy : ReceiptCopy.values()) {
      desk.handle(new ServiceOrderCommand.HandOverCopy(next(), TOWER, order.id(), copy), clerk).get();
    }
    ServiceOrder settled = desk.handle(new ServiceOrderCommand.Settle(next(), TOWER, order.id()), finance).get();

    assertEquals(ServiceOrderState.SETTLED, settled.state());
    assertEquals(settled, storage.serviceOrders().find(TOWER, order.id().value()).get(), "read back as it went in");
    assertEquals(Money.yuan("75.00"), settled.receipt().get().settlement().balanceDue());
    assertEquals(11, desk.trail(clerk, TOWER, order.id()).get().size());
  }
}
