package io.bizcenter.testkit.keys;

import static io.bizcenter.testkit.keys.KeyFixture.ACME;
import static io.bizcenter.testkit.keys.KeyFixture.BETA;
import static io.bizcenter.testkit.keys.KeyFixture.DESK_1203;
import static io.bizcenter.testkit.keys.KeyFixture.DOOR_1203;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1203;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1501;
import static io.bizcenter.testkit.keys.KeyFixture.TOWER;
import static io.bizcenter.testkit.keys.KeyFixture.holder;
import static io.bizcenter.testkit.keys.KeyFixture.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.core.port.AuditEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a desk screen asks of the register (KY-0.1, KY-2.3, KY-2.4, GS-3, GS-6)")
class KeyRegisterQueriesTest {
  private final KeyFixture fixture = new KeyFixture();

  @Test
  @DisplayName("KY-0.1: the keys a tenant holds and the keys a member of staff holds, held or borrowed, oldest first")
  void whoHoldsWhat() {
    Key door = fixture.cutFor(DOOR_1203, tenant(ACME));
    Key backup = fixture.backups(Lock.officeDoor(ROOM_1501), 1).get(0);
    Key borrowed = fixture.accepted(fixture.lend(backup.id(), tenant(BETA)), fixture.clerk);
    Key master = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);
    Key workstation = fixture.accepted(fixture.cut(Lock.workstation("WS-1"), holder(fixture.clerk)), fixture.supervisor);

    assertEquals(List.of(door), fixture.heldBy(ACME));
    assertEquals(List.of(borrowed), fixture.heldBy(BETA));
    assertEquals(List.of(master), fixture.heldBy(fixture.cleaner));
    assertEquals(List.of(workstation), fixture.desk().heldByStaff(fixture.cleaner, TOWER, fixture.clerk.staff()).get(), "asked by anyone of the center");
  }

  @Test
  @DisplayName("KY-2.3: the box by room number shows what is in the box now, not what is lent or held")
  void theBoxByRoom() {
    List<Key> backups = fixture.backups(DOOR_1203, 2);
    Key deskBackup = fixture.accepted(fixture.registerBackup(DESK_1203), fixture.supervisor);
    fixture.accepted(fixture.cut(DOOR_1203, tenant(ACME)), fixture.supervisor);
    fixture.accepted(fixture.lend(backups.get(1).id(), tenant(ACME)), fixture.clerk);

    assertEquals(List.of(backups.get(0), deskBackup), fixture.box(ROOM_1203));
    assertEquals(List.of(), fixture.box(ROOM_1501));
  }

  @Test
  @DisplayName("GS-6, KY-1.2: a key's history lists every step in order, who took it, when and under which clause")
  void aKeysHistory() {
    Key key = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);
    fixture.accepted(fixture.use(key.id(), MasterKeyPurpose.DELIVER_MESSAGE, ROOM_1203), fixture.cleaner);
    fixture.accepted(fixture.returnKey(key.id()), fixture.clerk);
    fixture.accepted(fixture.lend(key.id(), holder(fixture.cleaner)), fixture.clerk);
    fixture.accepted(fixture.reportLost(key.id()), fixture.clerk);
    fixture.accepted(fixture.writeOff(key.id()), fixture.manager);

    List<AuditEntry> trail = fixture.trail(key.id());

    assertEquals(List.of("CUT_MASTER_KEY", "RECORD_USE", "RETURN", "LEND", "REPORT_LOST", "WRITE_OFF"), trail.stream().map(AuditEntry::action).toList());
    assertEquals(List.of("HELD", "HELD", "IN_BOX", "LENT", "LOST", "RETIRED"), trail.stream().map(AuditEntry::to).toList());
    assertEquals(List.of(fixture.supervisor.staff(), fixture.cleaner.staff(), fixture.clerk.staff(), fixture.clerk.staff(),
        fixture.clerk.staff(), fixture.manager.staff()), trail.stream().map(AuditEntry::staff).toList());
    assertEquals(List.of(Clause.of("KY-1.4"), Clause.of("KY-1.2"), Clause.of("KY-0.1"), Clause.of("KY-0.1"), Clause.of("KY-0.1"),
        Clause.of("KY-0.1")), trail.stream().map(AuditEntry::clause).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), trail.stream().map(AuditEntry::version).toList());
  }

  @Test
  @DisplayName("GS-3, KY-1.2, KY-2.3, KY-3.2: what each person may do with a key now, as a screen asks it, the key's own rules judged")
  void whatMayThisPersonDoNow() {
    Key door = fixture.cutFor(DOOR_1203, tenant(ACME));
    Key backup = fixture.box(ROOM_1203).get(0);

    assertEquals(List.of(KeyAction.RETURN, KeyAction.HAND_OVER, KeyAction.REPORT_LOST),
        fixture.desk().availableActions(fixture.supervisor, TOWER, door.id()).get());
    assertEquals(List.of(KeyAction.RETURN, KeyAction.REPORT_LOST), fixture.desk().availableActions(fixture.clerk, TOWER, door.id()).get());
    assertEquals(List.of(), fixture.desk().availableActions(fixture.cleaner, TOWER, door.id()).get());
    // the room's only backup, with a copy out: it may only be lent (KY-2.3), and the screen says so
    assertEquals(List.of(KeyAction.LEND), fixture.desk().availableActions(fixture.manager, TOWER, backup.id()).get());
    assertEquals(List.of(KeyAction.LEND), fixture.desk().availableActions(fixture.clerk, TOWER, backup.id()).get());
    fixture.accepted(fixture.returnKey(door.id()), fixture.clerk);
    assertEquals(List.of(KeyAction.ISSUE, KeyAction.LEND, KeyAction.RETIRE),
        fixture.desk().availableActions(fixture.manager, TOWER, door.id()).get(), "a returned copy may be issued again or retired");
    assertEquals(List.of(KeyAction.LEND, KeyAction.RETIRE),
        fixture.desk().availableActions(fixture.manager, TOWER, backup.id()).get(), "no copy out: the backup may be retired");

    Key workstation = fixture.accepted(fixture.cut(Lock.workstation("WS-1"), holder(fixture.clerk)), fixture.supervisor);
    assertEquals(List.of(KeyAction.HAND_OVER, KeyAction.REPORT_LOST), fixture.desk().availableActions(fixture.supervisor, TOWER,
        workstation.id()).get(), "a workstation key passes to a successor, never to the box");
    Key master = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);
    assertEquals(List.of(KeyAction.RETURN, KeyAction.HAND_OVER, KeyAction.RECORD_USE, KeyAction.REPORT_LOST),
        fixture.desk().availableActions(fixture.supervisor, TOWER, master.id()).get());
    assertEquals(List.of(KeyAction.RECORD_USE), fixture.desk().availableActions(fixture.cleaner, TOWER, master.id()).get());
    fixture.accepted(fixture.reportLost(master.id()), fixture.clerk);
    assertEquals(List.of(KeyAction.WRITE_OFF), fixture.desk().availableActions(fixture.manager, TOWER, master.id()).get());
    Key retired = fixture.accepted(fixture.writeOff(master.id()), fixture.manager);
    assertEquals(KeyState.RETIRED, retired.state());
    assertEquals(List.of(), fixture.desk().availableActions(fixture.manager, TOWER, master.id()).get(), "a retired key offers nothing");
    assertEquals(Optional.empty(), retired.holder());
  }
}
