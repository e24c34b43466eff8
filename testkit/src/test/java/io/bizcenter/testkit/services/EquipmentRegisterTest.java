package io.bizcenter.testkit.services;

import static io.bizcenter.testkit.Rejections.assertRejectionKind;
import static io.bizcenter.testkit.services.ServiceFixture.OPERATOR;
import static io.bizcenter.testkit.services.ServiceFixture.START;
import static io.bizcenter.testkit.services.ServiceFixture.TOWER;
import static io.bizcenter.testkit.services.ServiceFixture.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceAction;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceEvent;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.ServiceRejection;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.testkit.check.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The equipment register: devices, maintenance, faults and repairs (SV-1.1, SV-1.2)")
class EquipmentRegisterTest {
  private final ServiceFixture fixture = new ServiceFixture();

  @Test
  @DisplayName("SV-1.1: a device joins the register with its kind and maintenance schedule, audited under SV-1.1")
  void aDeviceJoinsTheRegister() {
    Device printer = fixture.registered(EquipmentKind.PRINTER, 30);

    assertEquals(DeviceState.IN_SERVICE, printer.state());
    assertEquals(EquipmentKind.PRINTER, printer.kind());
    assertEquals(30, printer.maintenanceEveryDays());
    assertEquals(START, printer.registeredAt());
    List<AuditEntry> trail = fixture.desk().trail(fixture.clerk, TOWER, printer.id()).get();
    assertEquals(1, trail.size());
    assertEquals(Clause.of("SV-1.1"), trail.get(0).clause());
    assertEquals(List.of(new DeviceEvent.DeviceRegistered(EquipmentKind.PRINTER, "printer A", 30)), trail.get(0).events());
    assertEquals(List.of(DeviceAction.RECORD_MAINTENANCE, DeviceAction.REPORT_FAULT), fixture.desk().availableActions(fixture.clerk, TOWER,
        printer.id()).get());
  }

  @Test
  @DisplayName("SV-1.2, GS-7: maintenance due shows on the center's agenda from the lead time before it; recording it sets the next date")
  void maintenanceDueIsOnTheAgenda() {
    Device printer = fixture.registered(EquipmentKind.PRINTER, 30);
    Instant due = ZonedDateTime.ofInstant(START, BusinessCenter.DEFAULT_ZONE).plusDays(30).toInstant();

    List<AgendaItem> items = fixture.agendaOf(fixture.clerk, printer.id().value());
    assertEquals(1, items.size());
    AgendaItem maintenance = items.get(0);
    assertEquals(List.of("RECORD_MAINTENANCE"), maintenance.actions());
    assertEquals(Seat.in(Department.BUSINESS_CENTER), maintenance.seat());
    assertEquals(due, maintenance.dueAt());
    assertEquals(due.minus(Duration.ofDays(7)), maintenance.availableFrom(), "the policy's lead time: a week before");
    assertEquals(Clause.of("SV-1.2"), maintenance.clause());
    assertEquals(List.of(), fixture.center.agenda().openNow(fixture.clerk, TOWER), "not yet: three weeks and more to go");

    fixture.clock.set(due.minus(Duration.ofDays(3)));
    assertEquals(List.of(maintenance), fixture.center.agenda().openNow(fixture.clerk, TOWER), "in the lead time it is open");
    fixture.clock.set(due.plus(Duration.ofHours(1)));
    assertEquals(List.of(maintenance), fixture.center.agenda().overdue(fixture.clerk, TOWER), "past its date it is overdue");
    assertEquals(List.of(), fixture.center.agenda().overdue(fixture.engineer, TOWER), "maintenance is the center's, not Engineering's");

    Device maintained = fixture.accepted(new DeviceCommand.RecordMaintenance(fixture.freshCommandId(), TOWER, printer.id(), "清洁，更换硒鼓"),
        fixture.clerk);
    Instant next = ZonedDateTime.ofInstant(fixture.clock.instant(), BusinessCenter.DEFAULT_ZONE).plusDays(30).toInstant();
    assertEquals(DeviceState.IN_SERVICE, maintained.state());
    assertEquals(next, maintained.maintenanceDue(BusinessCenter.DEFAULT_ZONE));
    assertEquals(List.of(next), fixture.agendaOf(fixture.clerk, printer.id().value()).stream().map(AgendaItem::dueAt).toList());
    assertEquals(List.of(), fixture.center.agenda().overdue(fixture.clerk, TOWER));
  }

  @Test
  @DisplayName("SV-1.2: a fault takes the device out of use until a professional repair is recorded (no service starts, no new order or application is taken); the repair is on the agenda")
  void aFaultTakesTheDeviceOutOfUseUntilRepaired() {
    Device printer = fixture.registered(EquipmentKind.PRINTER, 90);
    ServiceOrder order = fixture.readyToServe(StandardService.PRINTING, 100, printer.id(), hours(2, 3), OPERATOR);

    Device faulty = fixture.reportFault(printer.id());

    assertEquals(DeviceState.FAULTY, faulty.state());
    Rejection refused = fixture.rejected(new io.bizcenter.core.services.ServiceOrderCommand.StartService(fixture.freshCommandId(), TOWER,
        order.id()), fixture.clerk);
    assertRejectionKind(refused, ServiceRejection.DeviceOutOfUse.class, "SV_DEVICE_OUT_OF_USE", "SV-1.2");
    assertEquals(new ServiceRejection.DeviceOutOfUse(printer.id(), DeviceState.FAULTY, Clause.of("SV-1.2")), refused);
    // out of use means no new booking either: the clerk is told while the client is there, and nothing is written
    StoreSnapshot before = fixture.snapshot();
    assertEquals(new ServiceRejection.DeviceOutOfUse(printer.id(), DeviceState.FAULTY, Clause.of("SV-1.2")),
        fixture.rejected(fixture.order(StandardService.PRINTING, 10, printer.id(), hours(5, 6), OPERATOR), fixture.clerk));
    assertEquals(new ServiceRejection.DeviceOutOfUse(printer.id(), DeviceState.FAULTY, Clause.of("SV-1.2")),
        fixture.rejected(fixture.application(printer.id(), hours(7, 8)), fixture.clerk));
    assertEquals(before, fixture.snapshot());
    Rejection maintenance = fixture.rejected(new DeviceCommand.RecordMaintenance(fixture.freshCommandId(), TOWER, printer.id(), "保养"),
        fixture.clerk);
    assertRejectionKind(maintenance, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "SV-1.2");
    Instant repairDue = ZonedDateTime.ofInstant(START, BusinessCenter.DEFAULT_ZONE).plusDays(3).toInstant();
    assertEquals(List.of(repairDue), fixture.agendaOf(fixture.engineer, printer.id().value()).stream().map(AgendaItem::dueAt).toList(),
        "Engineering owes the repair within the policy's three days");
    assertEquals(List.of("RECORD_REPAIR"), fixture.agendaOf(fixture.clerk, printer.id().value()).get(0).actions());

    Device repaired = fixture.repair(printer.id());

    assertEquals(DeviceState.IN_SERVICE, repaired.state());
    assertEquals("工程部", repaired.lastRepairedBy().orElseThrow());
    assertTrue(repaired.fault().isEmpty());
    assertEquals(ServiceOrderState.SERVING, fixture.start(order.id()).state(), "repaired, the device may be used again");
  }

  @Test
  @DisplayName("SV-1.2: a fault is not reported while the device is in use (a service or an internal use); ending the use first lets it")
  void noFaultReportWhileInUse() {
    Device printer = fixture.registered(EquipmentKind.PRINTER, 90);
    ServiceOrder order = fixture.readyToServe(StandardService.PRINTING, 100, printer.id(), hours(2, 3), OPERATOR);
    fixture.start(order.id());

    Rejection inUse = fixture.rejected(new DeviceCommand.ReportFault(fixture.freshCommandId(), TOWER, printer.id(), "卡纸"), fixture.clerk);
    assertEquals(new ServiceRejection.DeviceInUse(printer.id(), order.id().value(), Clause.of("SV-1.2")), inUse);

    fixture.finish(order.id(), 100);
    assertEquals(DeviceState.FAULTY, fixture.reportFault(printer.id()).state());

    Device fax = fixture.registered(EquipmentKind.FAX, 90);
    InternalUse use = fixture.approve(fixture.apply(fax.id(), hours(4, 5)).id());
    fixture.accepted(new InternalUseCommand.StartUse(fixture.freshCommandId(), TOWER, use.id()), fixture.clerk);
    Rejection internal = fixture.rejected(new DeviceCommand.ReportFault(fixture.freshCommandId(), TOWER, fax.id(), "无拨号音"), fixture.engineer);
    assertEquals(new ServiceRejection.DeviceInUse(fax.id(), use.id().value(), Clause.of("SV-1.2")), internal);
  }

  @Test
  @DisplayName("SV-1.1: only the center's department manager retires a device; a retired device takes no booking")
  void retiring() {
    Device printer = fixture.registered(EquipmentKind.PRINTER, 90);
    DeviceCommand.RetireDevice retire = new DeviceCommand.RetireDevice(fixture.freshCommandId(), TOWER, printer.id(), "已过使用年限");

    assertRejectionKind(fixture.rejected(retire, fixture.clerk), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "SV-1.1");
    Device retired = fixture.accepted(retire, fixture.centerManager);

    assertEquals(DeviceState.RETIRED, retired.state());
    assertEquals(List.of(), fixture.agendaOf(fixture.clerk, printer.id().value()), "a retired device owes no maintenance");
    Rejection booking = fixture.rejected(fixture.order(StandardService.PRINTING, 10, printer.id(), hours(1, 2), OPERATOR), fixture.clerk);
    assertEquals(new ServiceRejection.DeviceOutOfUse(printer.id(), DeviceState.RETIRED, Clause.of("SV-1.2")), booking);
    Rejection internal = fixture.rejected(fixture.application(printer.id(), hours(1, 2)), fixture.engineer);
    assertEquals(new ServiceRejection.DeviceOutOfUse(printer.id(), DeviceState.RETIRED, Clause.of("SV-1.2")), internal);
  }

  @Test
  @DisplayName("SV-1.1, SV-1.2: the register is kept by the business center; Engineering reports faults and records repairs, not registrations")
  void whoKeepsTheRegister() {
    DeviceCommand.RegisterDevice byEngineering = new DeviceCommand.RegisterDevice(fixture.freshCommandId(), TOWER, EquipmentKind.CAMERA,
        "摄像机", 180);
    assertRejectionKind(fixture.rejected(byEngineering, fixture.engineer), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "SV-1.1");
    Device camera = fixture.registered(EquipmentKind.CAMERA, 180);
    Device faulty = fixture.accepted(new DeviceCommand.ReportFault(fixture.freshCommandId(), TOWER, camera.id(), "镜头故障"), fixture.engineer);
    assertEquals(DeviceState.FAULTY, faulty.state());
    assertRejectionKind(fixture.rejected(new DeviceCommand.RecordRepair(fixture.freshCommandId(), TOWER, camera.id(), "某维修公司", "换镜头"),
        fixture.operations), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "SV-1.2");
  }
}
