package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.BETA;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1501;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.local;
import static io.bizcenter.testkit.tenancy.TenancyFixture.toldWhat;
import static io.bizcenter.testkit.tenancy.TenancyFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.keys.ChargeKind;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.HeldKey;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.ItemCondition;
import io.bizcenter.core.tenancy.KeyCompensation;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.TenancyRejection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A move-out with damage and a missing key: inventory, meter in duplicate, compensation, keys, file, directory (MO-1.1 to MO-3.3)")
class MoveOutWithMissingKeysAndDamageTest {
  private final TenancyFixture fixture = new TenancyFixture();

  @Test
  @DisplayName("MO-1.1 MO-2.1 MO-2.2 MO-2.3 MO-3.3 MO-3.1 MO-3.2 KY-2.4: the client leaves at the renewal visit, pays for damage and a lost key, and is taken off the directory")
  void moveOutWithMissingKeysAndDamage() {
    // given a tenant of 1203 holding two door keys (the handover's and a second copy it asked for, KY-2.2)
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    Key first = fixture.center.keys().heldByTenant(fixture.keyDesk, TOWER, ACME).get().get(0);
    Key second = fixture.acceptedKey(new KeyCommand.CutKey(fixture.freshCommandId(), TOWER, Lock.officeDoor(ROOM_1203), Holder.tenant(ACME)));
    RenewalVisit lease = fixture.leaseOf(m);

    // MO-1.1: at the renewal visit the client says it will leave: the move-out opens against the move-in
    fixture.clock.set(local("2028-03-01T10:00"));
    lease = fixture.accepted(fixture.intent(lease.id(), ClientIntent.LEAVE), fixture.serviceClerk);
    assertEquals(RenewalVisitState.LEAVING, lease.state());
    MoveOut out = fixture.moveOutOf(m);
    assertEquals(MoveOutState.LEAVING, out.state());
    assertEquals(TenancyFixture.EQUIPMENT, out.acceptanceRecord());
    assertEquals(List.of(ROOM_1203), out.units());
    assertEquals(ACME, out.tenant());
    // the step owed, and the one the client may still ask for (it stays after all)
    assertEquals(List.of("TAKE_JOINT_INVENTORY", "CALL_OFF"), fixture.actionsOf(fixture.serviceClerk, out.id().value()));

    // MO-2.1: the joint inventory counts every item of the move-in acceptance record, and nothing else
    TenancyRejection.InventoryDoesNotMatchAcceptanceRecord mismatch = (TenancyRejection.InventoryDoesNotMatchAcceptanceRecord) fixture.rejected(
        fixture.inventory(out.id(), List.of(new InventoryLine("空调 ×2", ItemCondition.INTACT, null), new InventoryLine("冰箱", ItemCondition.INTACT,
            null))), fixture.serviceClerk);
    assertEquals(List.of("窗帘", "门禁卡读卡器"), mismatch.unaccounted());
    assertEquals(List.of("冰箱"), mismatch.unknown());
    assertEquals("MO-2.1", mismatch.clause().id());
    out = fixture.accepted(fixture.inventory(out.id(), List.of(
        new InventoryLine("空调 ×2", ItemCondition.DAMAGED, "一台外机损坏"),
        new InventoryLine("窗帘", ItemCondition.MISSING, null),
        new InventoryLine("门禁卡读卡器", ItemCondition.INTACT, null))), fixture.serviceClerk);
    assertEquals(MoveOutState.INVENTORIED, out.state());
    assertEquals(fixture.engineer.staff(), out.inventoriedWith().get());
    assertEquals(List.of("空调 ×2", "窗帘"), out.damagedItems());
    fixture.deliver();

    // MO-2.2: Engineering reads the meter; one copy stays with Engineering, Service gets the other in writing
    assertEquals("ACTOR_NOT_PERMITTED", fixture.rejected(fixture.moveOutReading(out.id(), "2890"), fixture.serviceClerk).code());
    out = fixture.accepted(fixture.moveOutReading(out.id(), "2890"), fixture.engineer);
    assertEquals(new BigDecimal("2890.00"), out.meterReading().get().reading());
    assertEquals(List.of(Department.ENGINEERING, Department.SERVICE), out.readingCopies());
    List<OutboxNotice> copies = fixture.deliver();
    assertEquals(List.of("SERVICE MO_METER_READING_COPY"), toldWhat(copies));
    assertEquals("退租" + out.id() + "：电表读数服务部留存联：电表E-1203，2890.00度。", copies.get(0).message(Messages.ZH_CN));

    // MO-2.3: each item found damaged or missing is assessed once, nothing intact is charged
    TenancyRejection.CompensationDoesNotMatchDamage unmatched = (TenancyRejection.CompensationDoesNotMatchDamage) fixture.rejected(
        fixture.assess(out.id(), new Compensation("空调 ×2", yuan("800.00")), new Compensation("门禁卡读卡器", yuan("50.00"))), fixture.engineer);
    assertEquals(List.of("窗帘"), unmatched.unassessed());
    assertEquals(List.of("门禁卡读卡器"), unmatched.notDamaged());
    out = fixture.accepted(fixture.assess(out.id(), new Compensation("空调 ×2", yuan("800.00")), new Compensation("窗帘", yuan("150.50"))),
        fixture.engineer);
    assertEquals(MoveOutState.DAMAGE_ASSESSED, out.state());

    // MO-3.3: the client cannot leave while key control says it holds a key of the unit; the keys are listed
    assertRejection(fixture.rejected(fixture.vacate(out.id()), fixture.serviceClerk), TenancyRejection.KeysStillHeld.class, "MO_KEYS_STILL_HELD",
        "MO-3.3", List.of(new HeldKey(first.id().value(), ROOM_1203, KeyKind.DOOR), new HeldKey(second.id().value(), ROOM_1203, KeyKind.DOOR)), 2);
    // KY-2.4: one key comes back into the box; the other is missing and recorded lost, which charges its compensation
    Key returned = fixture.acceptedKey(new KeyCommand.ReturnKey(fixture.freshCommandId(), TOWER, first.id()));
    assertEquals(KeyState.IN_BOX, returned.state());
    assertRejection(fixture.rejected(fixture.vacate(out.id()), fixture.serviceClerk), TenancyRejection.KeysStillHeld.class, "MO_KEYS_STILL_HELD",
        "MO-3.3", List.of(new HeldKey(second.id().value(), ROOM_1203, KeyKind.DOOR)), 1);
    Key lost = fixture.acceptedKey(new KeyCommand.ReportLost(fixture.freshCommandId(), TOWER, second.id(), "退租时未交回"));
    assertEquals(ChargeKind.COMPENSATION, lost.charges().get(lost.charges().size() - 1).kind());
    out = fixture.accepted(fixture.vacate(out.id()), fixture.serviceClerk);
    assertEquals(MoveOutState.VACATED, out.state());
    assertEquals(RenewalVisitState.ENDED, fixture.leaseOf(m).state(), "MO-3.3 the client left: the lease is no longer watched");
    assertEquals(List.of(new KeyCompensation(second.id().value(), ROOM_1203, KeyKind.DOOR, yuan("200.00"))), out.lostKeys());
    // the client's statement: damage and the lost key, exact CNY
    assertEquals(yuan("1150.50"), out.totalCharges());

    // from now on the tenant occupies nothing: key control refuses it a key, and the unit may be let again
    assertRejection(center().handle(new KeyCommand.CutKey(fixture.freshCommandId(), TOWER, Lock.officeDoor(ROOM_1203), Holder.tenant(ACME)),
        fixture.keyDesk).getLeft(), KeyRejection.TenantMovedOut.class, "KY_TENANT_MOVED_OUT", "KY-2.4", "T-acme");
    // the directory still lists the leaving client until Service updates it (MO-3.2)
    assertEquals(MoveOutState.VACATED, fixture.desk().directory(fixture.serviceClerk, TOWER).get().unit(ROOM_1203).get().moveOutState().get());

    // MO-3.1, MO-3.2: the file archived, the directory and nameplate updated: the tenant is off the directory
    out = fixture.accepted(fixture.archive(out.id()), fixture.serviceClerk);
    assertEquals("档案室-2028-042", out.archive().get());
    out = fixture.accepted(fixture.updateDirectory(out.id()), fixture.serviceClerk);
    assertEquals(MoveOutState.COMPLETED, out.state());
    assertEquals(List.of(), fixture.desk().directory(fixture.serviceClerk, TOWER).get().tenant(ACME));
    assertEquals(List.of(), fixture.agendaOf(fixture.serviceClerk, out.id().value()), "a completed move-out owes nothing");
    MoveIn next = fixture.accepted(fixture.notice(BETA, ROOM_1203), fixture.serviceClerk);
    assertEquals(MoveInState.NOTICE_RECEIVED, next.state());

    // GS-6: the trail in the source's order, each step by its department
    List<AuditEntry> trail = fixture.desk().trail(fixture.serviceClerk, TOWER, out.id()).get();
    assertEquals(List.of("MO-1.1", "MO-2.1", "MO-2.2", "MO-2.3", "MO-3.3", "MO-3.1", "MO-3.2"), trail.stream().map(e -> e.clause().id()).toList());
    assertEquals(List.of(Department.SERVICE, Department.SERVICE, Department.ENGINEERING, Department.ENGINEERING, Department.SERVICE,
        Department.SERVICE, Department.SERVICE), trail.stream().map(AuditEntry::department).toList());
  }

  @Test
  @DisplayName("MO-1.1 a client that leaves early: Service opens the move-out directly, the lease watch records the departure; one move-out per completed move-in")
  void leavingEarly() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);

    MoveOut out = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);

    assertEquals(MoveOutState.LEAVING, out.state());
    assertEquals(RenewalVisitState.LEAVING, fixture.leaseOf(m).state());
    assertEquals(List.of(), fixture.agendaOf(fixture.serviceClerk, fixture.leaseOf(m).id().value()), "the renewal visit is off the agenda");
    assertRejection(fixture.rejected(fixture.openMoveOut(m.id()), fixture.serviceClerk), TenancyRejection.MoveOutAlreadyOpen.class,
        "MO_MOVE_OUT_ALREADY_OPEN", "MO-1.1", m.id().value(), out.id().value());
    MoveIn coming = fixture.noticed(BETA, ROOM_1501);
    assertRejection(fixture.rejected(fixture.openMoveOut(coming.id()), fixture.serviceClerk), TenancyRejection.MoveInNotCompleted.class,
        "MO_MOVE_IN_NOT_COMPLETED", "MO-1.1", coming.id().value(), MoveInState.NOTICE_RECEIVED);
    assertEquals(new Rejection.CaseNotFound("move-ins", "T-999"),
        fixture.rejected(fixture.openMoveOut(io.bizcenter.core.tenancy.MoveInId.of("T-999")), fixture.serviceClerk));
  }

  @Test
  @DisplayName("MO-2.3 MO-3.3 no damage and every key back: nothing to pay")
  void nothingToPay() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    MoveOut out = fixture.readyToLeave(m);

    out = fixture.accepted(fixture.vacate(out.id()), fixture.serviceClerk);

    assertEquals(List.of(), out.lostKeys());
    assertEquals(yuan("0.00"), out.totalCharges());
    assertTrue(out.vacated());
  }

  private io.bizcenter.core.keys.KeyDesk center() {
    return fixture.center.keys();
  }
}
