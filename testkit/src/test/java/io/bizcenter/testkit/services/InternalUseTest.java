package io.bizcenter.testkit.services;

import static io.bizcenter.testkit.Rejections.assertRejectionKind;
import static io.bizcenter.testkit.Rejections.assertSpeaksBothLanguages;
import static io.bizcenter.testkit.services.ServiceFixture.OPERATOR;
import static io.bizcenter.testkit.services.ServiceFixture.START;
import static io.bizcenter.testkit.services.ServiceFixture.TOWER;
import static io.bizcenter.testkit.services.ServiceFixture.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.EquipmentUseApplication;
import io.bizcenter.core.services.FeeSettlement;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseEvent;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceRejection;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.testkit.check.StoreSnapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Internal use of the equipment: for work, approved first, clients first, settlement signed after (SV-2.5)")
class InternalUseTest {
  private final ServiceFixture fixture = new ServiceFixture();
  private final Device printer = fixture.registered(EquipmentKind.PRINTER, 90);

  @Test
  @DisplayName("SV-2.5, GS-6, GS-7: applied on the form, approved by the department manager, used, Fee Settlement Form signed")
  void theWholeUse() {
    InternalUse applied = fixture.apply(printer.id(), hours(2, 3));
    EquipmentUseApplication form = applied.application();
    assertEquals(new EquipmentUseApplication(printer.id(), hours(2, 3), "季度报告", "打印工程部季度报告 40 页", fixture.engineer.staff(),
        Department.ENGINEERING, START), form, "reason, content, time and who applies, on the form");
    List<AgendaItem> forManager = fixture.agendaOf(fixture.engineeringManager, applied.id().value());
    assertEquals(1, forManager.size());
    assertEquals(Seat.of(Department.ENGINEERING, Role.DEPARTMENT_MANAGER), forManager.get(0).seat());
    assertEquals(START.plus(Duration.ofHours(2)), forManager.get(0).dueAt(), "answered before the use would start");
    assertEquals(List.of(), fixture.agendaOf(fixture.securityManager, applied.id().value()), "another department's manager owes nothing");

    InternalUse approved = fixture.approve(applied.id());
    assertEquals(fixture.engineeringManager.staff(), approved.approvedBy().orElseThrow(), "the approver on the form");
    fixture.clock.set(START.plus(Duration.ofHours(2)));
    assertEquals(InternalUseState.IN_USE, fixture.<InternalUse>accepted(new InternalUseCommand.StartUse(fixture.freshCommandId(), TOWER,
        applied.id()), fixture.clerk).state());
    fixture.clock.advance(Duration.ofMinutes(40));
    InternalUse used = fixture.accepted(new InternalUseCommand.FinishUse(fixture.freshCommandId(), TOWER, applied.id()), fixture.clerk);
    Slot takenFor = Slot.of(START.plus(Duration.ofHours(2)), START.plus(Duration.ofMinutes(160)));
    assertEquals(takenFor, used.used().orElseThrow(), "the rest of the slot is free again");
    assertEquals(List.of(Seat.in(Department.ENGINEERING)), fixture.agendaOf(fixture.engineer, applied.id().value()).stream()
        .map(AgendaItem::seat).toList(), "the user's department owes the signed form");

    InternalUse settled = fixture.accepted(new InternalUseCommand.SignFeeSettlement(fixture.freshCommandId(), TOWER, applied.id(), "F-2026-007",
        Money.yuan("12.50")), fixture.engineer);

    assertEquals(InternalUseState.SETTLED, settled.state());
    assertEquals(new FeeSettlement("F-2026-007", Money.yuan("12.50"), fixture.engineer.staff(), fixture.clock.instant()),
        settled.feeSettlement().orElseThrow());
    List<AuditEntry> trail = fixture.trail(applied.id());
    assertEquals(List.of("APPLY", "APPROVE", "START_USE", "FINISH_USE", "SIGN_FEE_SETTLEMENT"), trail.stream().map(AuditEntry::action).toList());
    assertTrue(trail.stream().allMatch(e -> e.clause().equals(Clause.of("SV-2.5"))));
    assertEquals(new InternalUseEvent.UseFinished(takenFor), trail.get(3).events().get(0));
  }

  @Test
  @DisplayName("SV-2.5: only for work: an application not for work is refused")
  void onlyForWork() {
    InternalUseCommand.ApplyForUse notForWork = new InternalUseCommand.ApplyForUse(fixture.freshCommandId(), TOWER, printer.id(), hours(1, 2),
        false, "私事", "打印个人材料");

    assertRejectionKind(fixture.rejected(notForWork, fixture.engineer), ServiceRejection.NotForWork.class, "SV_NOT_FOR_WORK", "SV-2.5");
  }

  @Test
  @DisplayName("SV-2.5: only a department manager of the applicant's own department approves or refuses; no use starts before approval")
  void theApplicantsOwnManagerApproves() {
    InternalUse applied = fixture.apply(printer.id(), hours(2, 3));

    assertEquals(new ServiceRejection.NotTheApplicantsManager(Department.ENGINEERING, Clause.of("SV-2.5")),
        fixture.rejected(new InternalUseCommand.ApproveUse(fixture.freshCommandId(), TOWER, applied.id()), fixture.securityManager));
    assertRejectionKind(fixture.rejected(new InternalUseCommand.ApproveUse(fixture.freshCommandId(), TOWER, applied.id()), fixture.engineer),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "SV-2.5");
    assertRejectionKind(fixture.rejected(new InternalUseCommand.StartUse(fixture.freshCommandId(), TOWER, applied.id()), fixture.clerk),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "SV-2.5");
    InternalUse refused = fixture.accepted(new InternalUseCommand.RefuseUse(fixture.freshCommandId(), TOWER, applied.id(), "不属工作需要"),
        fixture.engineeringManager);
    assertEquals(InternalUseState.REFUSED, refused.state());
  }

  @Test
  @DisplayName("SV-2.5: internal use must not affect client service: an application for a time a client order holds is refused")
  void noApplicationForAClientsTime() {
    ServiceOrder order = fixture.take(StandardService.PRINTING, 10, printer.id(), hours(2, 4), OPERATOR);

    Rejection r = fixture.rejected(fixture.application(printer.id(), hours(3, 5)), fixture.engineer);

    assertRejectionKind(r, ServiceRejection.SlotNeededByClient.class, "SV_SLOT_NEEDED_BY_CLIENT", "SV-2.5");
    assertEquals(new ServiceRejection.SlotNeededByClient(printer.id(), order.id(), Clause.of("SV-2.5")), r);
    assertEquals(InternalUseState.APPLIED, fixture.apply(printer.id(), hours(4, 5)).state(), "right after the client's time is free");
  }

  @Test
  @DisplayName("SV-2.5: clients come first: a client order arriving later for an approved slot wins, and the internal user is told in writing")
  void aLaterClientOrderWins() {
    InternalUse approved = fixture.approve(fixture.apply(printer.id(), hours(2, 3)).id());
    InternalUse elsewhere = fixture.apply(printer.id(), hours(6, 7));
    fixture.deliverNotices();

    ServiceOrder order = fixture.take(StandardService.PRINTING, 10, printer.id(), hours(1, 3), OPERATOR);

    InternalUse displaced = fixture.desk().internalUse(fixture.clerk, TOWER, approved.id()).get();
    assertEquals(InternalUseState.DISPLACED, displaced.state());
    assertEquals(order.id(), displaced.displacedBy().orElseThrow());
    AuditEntry gaveWay = fixture.trail(approved.id()).get(2);
    assertEquals("DISPLACE", gaveWay.action());
    assertEquals(fixture.clerk.staff(), gaveWay.staff(), "recorded as the clerk who took the order");
    assertEquals(Clause.of("SV-2.5"), gaveWay.clause());
    List<OutboxNotice> told = fixture.deliverNotices();
    assertEquals(1, told.size());
    assertEquals(Department.ENGINEERING, told.get(0).notice().to(), "the internal user's department is told");
    assertEquals("SV_INTERNAL_USE_DISPLACED", told.get(0).notice().code());
    assertEquals(approved.id().value(), told.get(0).notice().arguments().get(0));
    assertSpeaksBothLanguages(told.get(0).message(Messages.ZH_CN), told.get(0).message(Messages.EN));
    assertEquals(InternalUseState.APPLIED, fixture.desk().internalUse(fixture.clerk, TOWER, elsewhere.id()).get().state(),
        "a use at another time stays");
    assertEquals(List.of(), fixture.agendaOf(fixture.clerk, approved.id().value()), "a displaced use owes nothing");

  }

  @Test
  @DisplayName("SV-2.5: a use already under way is not displaced: the client's order waits until the center ends it")
  void aUseUnderWayIsNotDisplaced() {
    InternalUse use = fixture.approve(fixture.apply(printer.id(), hours(2, 4)).id());
    fixture.clock.set(START.plus(Duration.ofHours(2)));
    fixture.accepted(new InternalUseCommand.StartUse(fixture.freshCommandId(), TOWER, use.id()), fixture.clerk);

    Rejection busy = fixture.rejected(fixture.order(StandardService.PRINTING, 10, printer.id(), hours(3, 5), OPERATOR), fixture.clerk);
    assertEquals(new ServiceRejection.DeviceBooked(printer.id(), use.id().value(), Clause.of("SV-2.2")), busy);

    fixture.clock.set(START.plus(Duration.ofHours(3)));
    fixture.accepted(new InternalUseCommand.FinishUse(fixture.freshCommandId(), TOWER, use.id()), fixture.clerk);
    assertEquals(io.bizcenter.core.services.ServiceOrderState.REQUESTED,
        fixture.take(StandardService.PRINTING, 10, printer.id(), hours(3, 5), OPERATOR).state(), "ended early, the rest is the client's");
  }

  @Test
  @DisplayName("SV-2.5: between internal users, the first approved holds the slot")
  void theFirstApprovedHoldsTheSlot() {
    InternalUse first = fixture.apply(printer.id(), hours(2, 4));
    InternalUse second = fixture.accepted(fixture.application(printer.id(), hours(3, 5)), fixture.operations);
    fixture.approve(first.id());
    io.bizcenter.core.kernel.Actor operationsManager = io.bizcenter.testkit.Actors.of("op-mgr", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, TOWER);

    Rejection r = fixture.rejected(new InternalUseCommand.ApproveUse(fixture.freshCommandId(), TOWER, second.id()), operationsManager);

    assertEquals(new ServiceRejection.DeviceBooked(printer.id(), first.id().value(), Clause.of("SV-2.5")), r);
  }

  @Test
  @DisplayName("SV-2.5, SV-1.2: no use starts on a faulty device; the form is signed from the user's own department")
  void faultyDevicesAndWhoSigns() {
    InternalUse use = fixture.approve(fixture.apply(printer.id(), hours(2, 3)).id());
    fixture.reportFault(printer.id());

    assertEquals(new ServiceRejection.DeviceOutOfUse(printer.id(), io.bizcenter.core.services.DeviceState.FAULTY, Clause.of("SV-1.2")),
        fixture.rejected(new InternalUseCommand.StartUse(fixture.freshCommandId(), TOWER, use.id()), fixture.clerk));
    fixture.repair(printer.id());
    fixture.accepted(new InternalUseCommand.StartUse(fixture.freshCommandId(), TOWER, use.id()), fixture.clerk);
    fixture.accepted(new InternalUseCommand.FinishUse(fixture.freshCommandId(), TOWER, use.id()), fixture.clerk);

    assertEquals(new ServiceRejection.NotOfTheApplicantsDepartment(Department.ENGINEERING, Clause.of("SV-2.5")), fixture.rejected(
        new InternalUseCommand.SignFeeSettlement(fixture.freshCommandId(), TOWER, use.id(), "F-1", Money.yuan("5.00")), fixture.clerk));
  }

  @Test
  @DisplayName("SV-2.5: an internal use gives way only to a client order that needs its slot")
  void givingWayNeedsAClient() {
    InternalUse use = fixture.apply(printer.id(), hours(2, 3));
    ServiceOrder elsewhere = fixture.take(StandardService.PRINTING, 10, printer.id(), hours(5, 6), OPERATOR);

    Rejection r = fixture.rejected(new InternalUseCommand.GiveWayToClient(fixture.freshCommandId(), TOWER, use.id(), elsewhere.id()), fixture.clerk);

    assertEquals(new ServiceRejection.NoClientNeedsTheSlot(printer.id(), Clause.of("SV-2.5")), r);
  }

  @Test
  @DisplayName("SV-2.5, GS-2: a client order sent again is answered as before and displaces nothing more, even once it was cancelled")
  void aRepeatedOrderDisplacesNothingMore() {
    fixture.approve(fixture.apply(printer.id(), hours(2, 3)).id());
    io.bizcenter.core.services.ServiceOrderCommand.TakeOrder command = fixture.order(StandardService.PRINTING, 10, printer.id(), hours(1, 3), OPERATOR);
    ServiceOrder first = fixture.accepted(command, fixture.clerk);
    fixture.accepted(new io.bizcenter.core.services.ServiceOrderCommand.CancelOrder(fixture.freshCommandId(), TOWER, first.id(), "客人取消"),
        fixture.clerk);
    InternalUse later = fixture.approve(fixture.apply(printer.id(), hours(2, 3)).id());
    StoreSnapshot before = fixture.snapshot();

    ServiceOrder again = fixture.accepted(command, fixture.clerk);

    assertEquals(first, again, "the first answer");
    assertEquals(before, fixture.snapshot(), "nothing written: the cancelled order displaces nobody");
    assertEquals(InternalUseState.APPROVED, fixture.desk().internalUse(fixture.clerk, TOWER, later.id()).get().state());
  }
}
