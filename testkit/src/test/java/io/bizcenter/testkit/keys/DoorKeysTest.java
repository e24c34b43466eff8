package io.bizcenter.testkit.keys;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.keys.KeyFixture.ACME;
import static io.bizcenter.testkit.keys.KeyFixture.BETA;
import static io.bizcenter.testkit.keys.KeyFixture.DESK_1203;
import static io.bizcenter.testkit.keys.KeyFixture.DOOR_1203;
import static io.bizcenter.testkit.keys.KeyFixture.DOOR_1204;
import static io.bizcenter.testkit.keys.KeyFixture.GAMMA;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1203;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1204;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1501;
import static io.bizcenter.testkit.keys.KeyFixture.TOWER;
import static io.bizcenter.testkit.keys.KeyFixture.holder;
import static io.bizcenter.testkit.keys.KeyFixture.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.kernel.TimeLimit;
import io.bizcenter.core.keys.ChargeKind;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyCharge;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.Tenancies;
import io.bizcenter.core.port.AuditEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Office door keys (KY-2.1 to KY-2.4)")
class DoorKeysTest {
  private final KeyFixture fixture = new KeyFixture();

  @Test
  @DisplayName("KY-2.2, KY-2.3: an office's two keys go into the desk key box as backups, filed by room number; a third is refused")
  void twoBackupsPerOfficeInTheBox() {
    List<Key> backups = fixture.backups(DOOR_1203, 2);
    Key other = fixture.accepted(fixture.registerBackup(DOOR_1204), fixture.supervisor);

    assertEquals(backups, fixture.box(ROOM_1203));
    assertEquals(List.of(other), fixture.box(ROOM_1204));
    assertTrue(backups.stream().allMatch(k -> k.state() == KeyState.IN_BOX && k.origin() == KeyOrigin.BACKUP && k.holder().isEmpty()));
    AuditEntry entry = fixture.lastEntry(backups.get(0).id());
    assertEquals(KeyAction.REGISTER_DOOR_BACKUP.name(), entry.action());
    assertEquals(Clause.of("KY-2.3"), entry.clause());
    assertEquals(List.of(new KeyEvent.BackupRegistered(DOOR_1203)), entry.events());

    assertRejection(fixture.rejected(fixture.registerBackup(DOOR_1203), fixture.supervisor),
        KeyRejection.LockKeyCountReached.class, "KY_LOCK_KEY_COUNT_REACHED", "KY-2.2", KeyCategory.OFFICE_DOOR, DOOR_1203, 2);
  }

  @Test
  @DisplayName("KY-2.2, GS-4: the keys per office are each center's policy value")
  void keysPerOfficeIsAPolicyValue() {
    KeyPolicy three = new KeyPolicy(PolicyVersion.of("three-per-office"), 3, 3, Money.yuan("20.00"), Money.yuan("200.00"),
        Money.yuan("50.00"), TimeLimit.ofHours(4));
    KeyFixture f = KeyFixture.withPolicies(c -> three);

    assertEquals(3, f.backups(DOOR_1203, 3).size());
    assertRejection(f.rejected(f.registerBackup(DOOR_1203), f.supervisor),
        KeyRejection.LockKeyCountReached.class, "KY_LOCK_KEY_COUNT_REACHED", "KY-2.2", KeyCategory.OFFICE_DOOR, DOOR_1203, 3);
  }

  @Test
  @DisplayName("KY-2.2, KY-2.3: every key a client holds is a copy the center cut, charged the policy's fee in exact CNY, on the key and its event")
  void everyCopyIsCutByTheCenterAndCharged() {
    fixture.backups(DOOR_1203, 2);

    Key first = fixture.accepted(fixture.cut(DOOR_1203, tenant(ACME)), fixture.supervisor);
    Instant firstAt = fixture.clock.instant();
    Key second = fixture.accepted(fixture.cut(DOOR_1203, tenant(ACME)), fixture.manager);
    Key third = fixture.accepted(fixture.cut(DOOR_1203, tenant(ACME)), fixture.supervisor);

    KeyCharge charge = new KeyCharge(ChargeKind.COPY, ACME, Money.yuan("20.00"), Clause.of("KY-2.3"), firstAt);
    assertEquals(List.of(charge), first.charges());
    assertEquals(new BigDecimal("20.00"), first.charges().get(0).amount().amount(), "exact, at the fen");
    assertEquals(List.of(new KeyEvent.KeyCut(DOOR_1203, tenant(ACME), Optional.of(charge))), fixture.lastEntry(first.id()).events());
    assertEquals(Clause.of("KY-2.3"), fixture.lastEntry(first.id()).clause());
    assertEquals(List.of(first, second, third), fixture.heldBy(ACME), "more copies than the two backups, each one cut by the center");
    Money total = fixture.heldBy(ACME).stream().flatMap(k -> k.charges().stream()).map(KeyCharge::amount).reduce(Money.ZERO, Money::plus);
    assertEquals(Money.yuan("60.00"), total);
    assertEquals(2, fixture.box(ROOM_1203).size(), "the backups stay in the box");
  }

  @Test
  @DisplayName("KY-2.3, GS-4: the copy fee is each center's policy value")
  void theCopyFeeIsAPolicyValue() {
    KeyFixture f = KeyFixture.withPolicies(c -> KeyPolicy.defaults().withCopyFee(PolicyVersion.of("fee-35.50"), Money.yuan("35.50")));
    f.backups(DOOR_1203, 1);

    Key copy = f.accepted(f.cut(DOOR_1203, tenant(ACME)), f.supervisor);

    assertEquals(Money.yuan("35.50"), copy.charges().get(0).amount());
    assertEquals(PolicyVersion.of("fee-35.50"), copy.policy());
  }

  @Test
  @DisplayName("KY-2.3: a copy is cut from a backup in the box; with none registered, or the only one lent out, it is refused")
  void noCopyWithoutABackupInTheBox() {
    assertRejection(fixture.rejected(fixture.cut(DOOR_1204, tenant(ACME)), fixture.supervisor),
        KeyRejection.NoBackupInTheBox.class, "KY_NO_BACKUP_IN_THE_BOX", "KY-2.3", KeyCategory.OFFICE_DOOR, DOOR_1204);

    Key backup = fixture.accepted(fixture.registerBackup(DOOR_1204), fixture.supervisor);
    fixture.accepted(fixture.lend(backup.id(), tenant(ACME)), fixture.clerk);

    assertRejection(fixture.rejected(fixture.cut(DOOR_1204, tenant(ACME)), fixture.supervisor),
        KeyRejection.NoBackupInTheBox.class, "KY_NO_BACKUP_IN_THE_BOX", "KY-2.3", KeyCategory.OFFICE_DOOR, DOOR_1204);
  }

  @Test
  @DisplayName("KY-2.1: a door key goes only to the tenant renting the room, once its move-in reached the key handover")
  void onlyToTheRoomsTenantAfterHandover() {
    fixture.backups(DOOR_1203, 1);
    fixture.backups(Lock.officeDoor(KeyFixture.ROOM_1502), 1);

    assertRejection(fixture.rejected(fixture.cut(Lock.officeDoor(KeyFixture.ROOM_1502), tenant(GAMMA)), fixture.supervisor),
        KeyRejection.KeyHandoverNotReached.class, "KY_KEY_HANDOVER_NOT_REACHED", "KY-2.1", GAMMA.value());
    assertRejection(fixture.rejected(fixture.cut(DOOR_1203, tenant(BETA)), fixture.supervisor),
        KeyRejection.RoomNotRented.class, "KY_ROOM_NOT_RENTED", "KY-2.1", BETA.value(), "1203");
    assertRejection(fixture.rejected(fixture.cut(DOOR_1203, holder(fixture.cleaner)), fixture.supervisor),
        KeyRejection.ClientKeyForTenantsOnly.class, "KY_CLIENT_KEY_FOR_TENANTS_ONLY", "KY-2.1", holder(fixture.cleaner));
    assertRejection(fixture.rejected(fixture.cut(DOOR_1203, tenant(TenantId.of("T-unknown"))), fixture.supervisor),
        KeyRejection.KeyHandoverNotReached.class, "KY_KEY_HANDOVER_NOT_REACHED", "KY-2.1", "T-unknown");

    fixture.tenancies.keysHandedOver(TOWER, GAMMA);
    Key gammas = fixture.accepted(fixture.cut(Lock.officeDoor(KeyFixture.ROOM_1502), tenant(GAMMA)), fixture.supervisor);
    assertEquals(List.of(gammas), fixture.heldBy(GAMMA));
  }

  @Test
  @DisplayName("KY-2.1: until tenancy is wired in, no tenant is known and every door key is refused")
  void noTenancyNoDoorKeys() {
    KeyFixture f = KeyFixture.askingTenancy(Tenancies.NONE);
    f.backups(DOOR_1203, 1);

    assertRejection(f.rejected(f.cut(DOOR_1203, tenant(ACME)), f.supervisor),
        KeyRejection.KeyHandoverNotReached.class, "KY_KEY_HANDOVER_NOT_REACHED", "KY-2.1", ACME.value());
  }

  @Test
  @DisplayName("KY-2.1: a tenant's key is never handed to another tenant, nor to staff")
  void neverToAnotherTenant() {
    Key copy = fixture.cutFor(DOOR_1203, tenant(ACME));

    assertRejection(fixture.rejected(fixture.handOver(copy.id(), tenant(BETA)), fixture.supervisor),
        KeyRejection.RoomNotRented.class, "KY_ROOM_NOT_RENTED", "KY-2.1", BETA.value(), "1203");
    assertRejection(fixture.rejected(fixture.handOver(copy.id(), holder(fixture.cleaner)), fixture.supervisor),
        KeyRejection.ClientKeyForTenantsOnly.class, "KY_CLIENT_KEY_FOR_TENANTS_ONLY", "KY-2.1", holder(fixture.cleaner));
    assertRejection(fixture.rejected(fixture.handOver(copy.id(), tenant(ACME)), fixture.supervisor),
        KeyRejection.AlreadyItsHolder.class, "KY_ALREADY_ITS_HOLDER", "KY-3.2", tenant(ACME));
  }

  @Test
  @DisplayName("KY-2.3, GS-7: a backup stays in the box: never issued, only lent to its tenant, due back on the desk's agenda, overdue after the lending time")
  void aBackupIsOnlyLent() {
    Key backup = fixture.backups(DOOR_1203, 1).get(0);

    assertRejection(fixture.rejected(fixture.issue(backup.id(), tenant(ACME)), fixture.supervisor),
        KeyRejection.BackupStaysInTheBox.class, "KY_BACKUP_STAYS_IN_THE_BOX", "KY-2.3", KeyCategory.OFFICE_DOOR, DOOR_1203);
    assertRejection(fixture.rejected(fixture.lend(backup.id(), tenant(BETA)), fixture.clerk),
        KeyRejection.RoomNotRented.class, "KY_ROOM_NOT_RENTED", "KY-2.1", BETA.value(), "1203");

    Key lent = fixture.accepted(fixture.lend(backup.id(), tenant(ACME)), fixture.clerk);
    assertEquals(KeyState.LENT, lent.state());
    assertEquals(List.of(), fixture.box(ROOM_1203));
    assertEquals(List.of(lent), fixture.heldBy(ACME));
    List<AgendaItem> due = fixture.agendaOf(fixture.clerk, lent.id());
    assertFalse(due.isEmpty(), "the desk owes the key's return");
    Instant dueAt = lent.stateEnteredAt().plus(Duration.ofHours(4));
    assertTrue(due.stream().allMatch(i -> i.dueAt().equals(dueAt) && i.actions().contains(KeyAction.RETURN.name())));
    assertTrue(due.stream().anyMatch(i -> i.seat().equals(Seat.of(Department.BUSINESS_CENTER, Role.BUSINESS_CENTER_STAFF))));
    assertFalse(fixture.center.agenda().overdue(fixture.clerk, TOWER).stream().anyMatch(i -> i.caseId().equals(lent.id().value())));
    fixture.clock.set(dueAt.plusSeconds(60));
    assertTrue(fixture.center.agenda().overdue(fixture.clerk, TOWER).stream().anyMatch(i -> i.caseId().equals(lent.id().value())));
    assertEquals(List.of(), fixture.agendaOf(fixture.operationsManager, lent.id()), "nobody outside the business center owes it");

    Key back = fixture.accepted(fixture.returnKey(backup.id()), fixture.clerk);
    assertEquals(KeyState.IN_BOX, back.state());
    assertEquals(List.of(back), fixture.box(ROOM_1203));
    assertEquals(List.of(), fixture.agendaOf(fixture.clerk, lent.id()), "a key in the box owes nothing");
    assertEquals(List.of(new KeyEvent.KeyReturned(tenant(ACME))), fixture.lastEntry(back.id()).events());
  }

  @Test
  @DisplayName("KY-2.2: a client's own copy, when found, is recorded in its hands as its liability, uncharged")
  void aClientsOwnCopyIsItsLiability() {
    Key copy = fixture.accepted(fixture.clientCopy(DOOR_1203, ACME), fixture.supervisor);

    assertEquals(KeyState.HELD, copy.state());
    assertEquals(KeyOrigin.CLIENT_MADE, copy.origin());
    assertEquals(Optional.of(ACME), copy.liableTenant());
    assertEquals(List.of(), copy.charges());
    AuditEntry entry = fixture.lastEntry(copy.id());
    assertEquals(Clause.of("KY-2.2"), entry.clause());
    assertEquals(List.of(new KeyEvent.ClientCopyRecorded(DOOR_1203, ACME, "保洁时在门后发现客户自配钥匙")), entry.events());
    assertEquals(List.of(copy), fixture.desk().stillHeldBy(TOWER, ACME), "it comes back at move-out like the others");

    assertRejection(fixture.rejected(fixture.clientCopy(Lock.officeDoor(ROOM_1501), ACME), fixture.supervisor),
        KeyRejection.RoomNotRented.class, "KY_ROOM_NOT_RENTED", "KY-2.1", ACME.value(), "1501");
    assertEquals(Map.of("lock.category", FieldError.Problem.NOT_ALLOWED),
        fixture.fieldErrors(fixture.clientCopy(DESK_1203, ACME), fixture.supervisor));
  }

  @Test
  @DisplayName("KY-2.4, KY-3.1, MO-3.3: at move-out every key comes back; a missing one is charged as compensation; then the tenant holds nothing")
  void moveOut() {
    Key first = fixture.cutFor(DOOR_1203, tenant(ACME));
    Key second = fixture.accepted(fixture.cut(DOOR_1203, tenant(ACME)), fixture.supervisor);
    Key other = fixture.cutFor(DOOR_1204, tenant(ACME));
    Key desk = fixture.cutFor(DESK_1203, tenant(ACME));
    Key own = fixture.accepted(fixture.clientCopy(DOOR_1203, ACME), fixture.supervisor);
    fixture.cutFor(Lock.officeDoor(ROOM_1501), tenant(BETA));

    // move-out asks what the tenant still holds
    assertEquals(List.of(first, second, other, desk, own), fixture.desk().stillHeldBy(TOWER, ACME));
    assertEquals(List.of(first, second, other, desk, own), fixture.desk().heldByTenant(fixture.clerk, TOWER, ACME).get());

    fixture.accepted(fixture.returnKey(first.id()), fixture.clerk);
    fixture.accepted(fixture.returnKey(own.id()), fixture.clerk);
    fixture.accepted(fixture.returnKey(desk.id()), fixture.clerk);
    Key missing = fixture.accepted(fixture.reportLost(second.id()), fixture.clerk);
    Instant lostAt = fixture.clock.instant();
    fixture.accepted(fixture.returnKey(other.id()), fixture.clerk);

    KeyCharge compensation = new KeyCharge(ChargeKind.COMPENSATION, ACME, Money.yuan("200.00"), Clause.of("KY-2.4"), lostAt);
    assertEquals(KeyState.LOST, missing.state());
    assertEquals(compensation, missing.charges().get(missing.charges().size() - 1));
    assertEquals(List.of(ChargeKind.COPY, ChargeKind.COMPENSATION), missing.charges().stream().map(KeyCharge::kind).toList());
    assertEquals(List.of(new KeyEvent.KeyLost(tenant(ACME), Optional.of(compensation), Optional.of("交接时发现缺失"))),
        fixture.lastEntry(missing.id()).events());
    assertEquals(List.of(), fixture.desk().stillHeldBy(TOWER, ACME));
    assertEquals(1, fixture.desk().stillHeldBy(TOWER, BETA).size(), "another tenant's keys are not touched");

    // the tenant has left: it may hold nothing again
    fixture.tenancies.movedOut(TOWER, ACME);
    assertRejection(fixture.rejected(fixture.cut(DOOR_1203, tenant(ACME)), fixture.supervisor),
        KeyRejection.TenantMovedOut.class, "KY_TENANT_MOVED_OUT", "KY-2.4", ACME.value());

    // the room's next tenant gets the returned copy from the box, nothing cut, nothing charged
    TenantId delta = TenantId.of("T-delta");
    fixture.tenancies.rents(TOWER, delta, ROOM_1203).keysHandedOver(TOWER, delta);
    Key reissued = fixture.accepted(fixture.issue(first.id(), tenant(delta)), fixture.supervisor);
    assertEquals(Optional.of(tenant(delta)), reissued.holder());
    assertEquals(first.charges(), reissued.charges(), "no new charge: nothing was cut");
  }

  @Test
  @DisplayName("KY-2.4: a backup a tenant borrowed and lost is compensated too, and the loss names the borrower")
  void borrowedAndLost() {
    Key backup = fixture.backups(DOOR_1204, 2).get(0);
    fixture.accepted(fixture.lend(backup.id(), tenant(ACME)), fixture.clerk);

    Key lost = fixture.accepted(fixture.reportLost(backup.id()), fixture.clerk);

    assertEquals(List.of(Money.yuan("200.00")), lost.charges().stream().map(KeyCharge::amount).toList());
    assertEquals(Optional.of(tenant(ACME)), lost.lostBy());
  }
}
