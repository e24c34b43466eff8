package io.bizcenter.testkit.keys;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.keys.KeyFixture.ACME;
import static io.bizcenter.testkit.keys.KeyFixture.BETA;
import static io.bizcenter.testkit.keys.KeyFixture.CABINET_1203;
import static io.bizcenter.testkit.keys.KeyFixture.DESK_1203;
import static io.bizcenter.testkit.keys.KeyFixture.GAMMA;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1203;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1502;
import static io.bizcenter.testkit.keys.KeyFixture.TOWER;
import static io.bizcenter.testkit.keys.KeyFixture.holder;
import static io.bizcenter.testkit.keys.KeyFixture.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.keys.ChargeKind;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyCharge;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.testkit.Actors;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Furniture and workstation keys (KY-3.1, KY-3.2)")
class FurnitureAndWorkstationKeysTest {
  private static final Lock WS_1 = Lock.workstation("WS-1");
  private static final Lock WS_2 = Lock.workstation("WS-2");

  private final KeyFixture fixture = new KeyFixture();

  @Test
  @DisplayName("KY-3.1: every piece of furniture has one backup, in the box by room number; a second is refused, another piece has its own")
  void oneBackupPerPiece() {
    Key desk = fixture.accepted(fixture.registerBackup(DESK_1203), fixture.supervisor);
    Key cabinet = fixture.accepted(fixture.registerBackup(CABINET_1203), fixture.supervisor);

    assertEquals(List.of(desk, cabinet), fixture.box(ROOM_1203));
    assertEquals(Clause.of("KY-3.1"), fixture.lastEntry(desk.id()).clause());
    assertEquals(KeyAction.REGISTER_FURNITURE_BACKUP.name(), fixture.lastEntry(desk.id()).action());
    Rejection second = fixture.rejected(fixture.registerBackup(DESK_1203), fixture.supervisor);
    assertRejection(second, KeyRejection.LockKeyCountReached.class, "KY_LOCK_KEY_COUNT_REACHED", "KY-3.1", KeyCategory.CLIENT_FURNITURE, DESK_1203, 1);
    // the piece in a clerk's words, not the furniture kind's internal name
    assertEquals("1203 桌子 A 的客户家具钥匙已有 1 把，不能再增加。", second.message(Messages.ZH_CN));
  }

  @Test
  @DisplayName("KY-3.1: one key per piece of furniture goes to the tenant free; more copies are charged like door keys")
  void firstKeyFreeCopiesCharged() {
    fixture.accepted(fixture.registerBackup(DESK_1203), fixture.supervisor);

    Key first = fixture.accepted(fixture.cut(DESK_1203, tenant(ACME)), fixture.supervisor);
    Key extra = fixture.accepted(fixture.cut(DESK_1203, tenant(ACME)), fixture.supervisor);

    assertEquals(List.of(), first.charges(), "the piece's one key");
    assertEquals(List.of(new KeyCharge(ChargeKind.COPY, ACME, Money.yuan("20.00"), Clause.of("KY-3.1"), fixture.clock.instant())), extra.charges());
    assertEquals(List.of(new KeyEvent.KeyCut(DESK_1203, tenant(ACME), Optional.of(extra.charges().get(0)))), fixture.lastEntry(extra.id()).events());
    assertEquals(Clause.of("KY-3.1"), fixture.lastEntry(extra.id()).clause());
  }

  @Test
  @DisplayName("KY-3.1: no furniture key without its backup in the box, and the last backup stays while a key of the piece is out")
  void everyFurnitureKeyHasABackup() {
    assertRejection(fixture.rejected(fixture.cut(CABINET_1203, tenant(ACME)), fixture.supervisor),
        KeyRejection.NoBackupInTheBox.class, "KY_NO_BACKUP_IN_THE_BOX", "KY-3.1", KeyCategory.CLIENT_FURNITURE, CABINET_1203);

    Key backup = fixture.accepted(fixture.registerBackup(CABINET_1203), fixture.supervisor);
    Key key = fixture.accepted(fixture.cut(CABINET_1203, tenant(ACME)), fixture.supervisor);
    assertRejection(fixture.rejected(fixture.retire(backup.id()), fixture.supervisor),
        KeyRejection.BackupStillNeeded.class, "KY_BACKUP_STILL_NEEDED", "KY-3.1", KeyCategory.CLIENT_FURNITURE, CABINET_1203);
    assertRejection(fixture.rejected(fixture.issue(backup.id(), tenant(ACME)), fixture.supervisor),
        KeyRejection.BackupStaysInTheBox.class, "KY_BACKUP_STAYS_IN_THE_BOX", "KY-3.1", KeyCategory.CLIENT_FURNITURE, CABINET_1203);

    fixture.accepted(fixture.returnKey(key.id()), fixture.clerk);
    assertEquals(KeyState.RETIRED, fixture.accepted(fixture.retire(backup.id()), fixture.supervisor).state(), "nothing of the piece is out any more");
  }

  @Test
  @DisplayName("KY-3.1, KY-2.1: furniture keys go only to the tenant renting the room, after its key handover")
  void furnitureKeysOnlyToTheRoomsTenant() {
    Lock gammasDesk = Lock.furniture(ROOM_1502, FurnitureKind.DESK, "1");
    fixture.accepted(fixture.registerBackup(DESK_1203), fixture.supervisor);
    fixture.accepted(fixture.registerBackup(gammasDesk), fixture.supervisor);

    assertRejection(fixture.rejected(fixture.cut(DESK_1203, tenant(BETA)), fixture.supervisor),
        KeyRejection.RoomNotRented.class, "KY_ROOM_NOT_RENTED", "KY-3.1", BETA.value(), "1203");
    assertRejection(fixture.rejected(fixture.cut(gammasDesk, tenant(GAMMA)), fixture.supervisor),
        KeyRejection.KeyHandoverNotReached.class, "KY_KEY_HANDOVER_NOT_REACHED", "KY-3.1", GAMMA.value());
    assertRejection(fixture.rejected(fixture.cut(DESK_1203, holder(fixture.clerk)), fixture.supervisor),
        KeyRejection.ClientKeyForTenantsOnly.class, "KY_CLIENT_KEY_FOR_TENANTS_ONLY", "KY-3.1", holder(fixture.clerk));
  }

  @Test
  @DisplayName("KY-3.1: all come back at move-out; a lost furniture key is compensated at the policy's furniture rate")
  void allComeBackAtMoveOut() {
    Key desk = fixture.cutFor(DESK_1203, tenant(ACME));
    Key cabinet = fixture.cutFor(CABINET_1203, tenant(ACME));

    fixture.accepted(fixture.returnKey(desk.id()), fixture.clerk);
    Key lost = fixture.accepted(fixture.reportLost(cabinet.id()), fixture.clerk);

    assertEquals(List.of(new KeyCharge(ChargeKind.COMPENSATION, ACME, Money.yuan("50.00"), Clause.of("KY-3.1"), fixture.clock.instant())),
        lost.charges());
    assertEquals(List.of(), fixture.desk().stillHeldBy(TOWER, ACME));
  }

  @Test
  @DisplayName("KY-3.2: one workstation key per staff member of the business center, and one key per workstation")
  void oneWorkstationKeyEach() {
    Key mine = fixture.accepted(fixture.cut(WS_1, holder(fixture.clerk)), fixture.supervisor);
    assertEquals(Clause.of("KY-3.2"), fixture.lastEntry(mine.id()).clause());
    assertEquals(List.of(), mine.charges());

    assertRejection(fixture.rejected(fixture.cut(WS_2, holder(fixture.clerk)), fixture.supervisor),
        KeyRejection.AlreadyHoldsAWorkstationKey.class, "KY_ALREADY_HOLDS_A_WORKSTATION_KEY", "KY-3.2", holder(fixture.clerk));
    assertRejection(fixture.rejected(fixture.cut(WS_1, holder(fixture.successor)), fixture.supervisor),
        KeyRejection.LockKeyCountReached.class, "KY_LOCK_KEY_COUNT_REACHED", "KY-3.2", KeyCategory.WORKSTATION, WS_1, 1);
    for (Actor outsider : List.of(fixture.operationsManager, fixture.serviceCleaner)) {
      assertRejection(fixture.rejected(fixture.cut(WS_2, holder(outsider)), fixture.supervisor),
          KeyRejection.WorkstationKeyForBusinessCenterStaffOnly.class, "KY_WORKSTATION_KEY_FOR_BUSINESS_CENTER_STAFF_ONLY", "KY-3.2",
          holder(outsider));
    }
    assertRejection(fixture.rejected(fixture.cut(WS_2, tenant(ACME)), fixture.supervisor),
        KeyRejection.WorkstationKeyForBusinessCenterStaffOnly.class, "KY_WORKSTATION_KEY_FOR_BUSINESS_CENTER_STAFF_ONLY", "KY-3.2",
        tenant(ACME));
    assertEquals(KeyState.HELD, fixture.accepted(fixture.cut(WS_2, holder(fixture.successor)), fixture.supervisor).state());
  }

  @Test
  @DisplayName("KY-3.2: a leaving staff member's workstation key passes to the successor, never to the box or to nobody")
  void passesToTheSuccessor() {
    Key key = fixture.accepted(fixture.cut(WS_1, holder(fixture.clerk)), fixture.supervisor);
    Actor newcomer = Actors.of("bc-stf-9", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
    fixture.accepted(fixture.cut(WS_2, holder(fixture.successor)), fixture.supervisor);

    assertRejection(fixture.rejected(fixture.returnKey(key.id()), fixture.clerk),
        KeyRejection.StaysWithAHolder.class, "KY_STAYS_WITH_A_HOLDER", "KY-3.2", KeyCategory.WORKSTATION);
    assertRejection(fixture.rejected(fixture.handOver(key.id(), holder(fixture.clerk)), fixture.supervisor),
        KeyRejection.AlreadyItsHolder.class, "KY_ALREADY_ITS_HOLDER", "KY-3.2", holder(fixture.clerk));
    assertRejection(fixture.rejected(fixture.handOver(key.id(), holder(fixture.successor)), fixture.supervisor),
        KeyRejection.AlreadyHoldsAWorkstationKey.class, "KY_ALREADY_HOLDS_A_WORKSTATION_KEY", "KY-3.2", holder(fixture.successor));

    Key passed = fixture.accepted(fixture.handOver(key.id(), holder(newcomer)), fixture.supervisor);

    assertEquals(Optional.of(holder(newcomer)), passed.holder());
    assertEquals(List.of(new KeyEvent.KeyHandedOver(holder(fixture.clerk), holder(newcomer))), fixture.lastEntry(key.id()).events());
    assertEquals(List.of(), fixture.heldBy(fixture.clerk));
    assertEquals(List.of(passed), fixture.heldBy(newcomer));
  }
}
