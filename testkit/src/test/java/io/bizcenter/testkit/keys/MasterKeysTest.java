package io.bizcenter.testkit.keys;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.Rejections.assertSpeaksBothLanguages;
import static io.bizcenter.testkit.keys.KeyFixture.ACME;
import static io.bizcenter.testkit.keys.KeyFixture.DOOR_1203;
import static io.bizcenter.testkit.keys.KeyFixture.HARBOUR;
import static io.bizcenter.testkit.keys.KeyFixture.PROCEDURE;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1203;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1501;
import static io.bizcenter.testkit.keys.KeyFixture.TOWER;
import static io.bizcenter.testkit.keys.KeyFixture.holder;
import static io.bizcenter.testkit.keys.KeyFixture.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.NoticeRelay;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Master keys (KY-0.1, KY-1.1 to KY-1.4)")
class MasterKeysTest {
  private final KeyFixture fixture = new KeyFixture();

  @Test
  @DisplayName("KY-1.1, KY-1.4, GS-6: the supervisor cuts a master key for each of the three roles; each is held, audited and costs nothing")
  void cutForTheThreeRoles() {
    for (Actor recipient : List.of(fixture.manager, fixture.supervisor, fixture.cleaner)) {
      Key key = fixture.accepted(fixture.cut(Lock.master(), holder(recipient)), fixture.supervisor);

      assertEquals(KeyState.HELD, key.state());
      assertEquals(Optional.of(holder(recipient)), key.holder());
      assertEquals(KeyOrigin.CUT, key.origin());
      assertEquals(List.of(), key.charges(), "master keys are the center's own");
      assertEquals(KeyPolicy.DEFAULT_VERSION, key.policy());
      AuditEntry entry = fixture.lastEntry(key.id());
      assertEquals(KeyAction.CUT_MASTER_KEY.name(), entry.action());
      assertEquals(Clause.of("KY-1.4"), entry.clause());
      assertEquals(fixture.supervisor.staff(), entry.staff());
      assertEquals(fixture.clock.instant(), entry.at());
      assertEquals(List.of(new KeyEvent.KeyCut(Lock.master(), holder(recipient), Optional.empty())), entry.events());
      assertEquals(List.of(key), fixture.heldBy(recipient));
    }
  }

  static Stream<Holder> notAllowedToHoldAMasterKey() {
    KeyFixture f = new KeyFixture();
    return Stream.of(holder(f.receptionist), holder(f.clerk), holder(f.serviceCleaner), holder(f.operationsManager),
        holder(f.managementSupervisor), tenant(ACME));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notAllowedToHoldAMasterKey")
  @DisplayName("KY-1.1: anyone but a department manager, customer-service supervisor or cleaner of the business center is refused, and nothing is written")
  void othersMayNotHoldOne(Holder recipient) {
    Rejection rejection = fixture.rejected(fixture.cut(Lock.master(), recipient), fixture.supervisor);

    assertRejection(rejection, KeyRejection.MasterKeyHolderNotAuthorized.class, "KY_MASTER_KEY_HOLDER_NOT_AUTHORIZED", "KY-1.1",
        recipient);
    assertEquals(List.of(), fixture.storage.keys().all(TOWER));
  }

  @Test
  @DisplayName("KY-1.1: the recipient's role is what counts, whoever gives the key: lending, issuing and handing over are held to it too")
  void theRecipientsRoleBindsEveryMove() {
    Key key = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.manager);
    Key inBox = fixture.accepted(fixture.returnKey(key.id()), fixture.clerk);
    assertEquals(KeyState.IN_BOX, inBox.state());

    assertRejection(fixture.rejected(fixture.lend(key.id(), holder(fixture.receptionist)), fixture.clerk),
        KeyRejection.MasterKeyHolderNotAuthorized.class, "KY_MASTER_KEY_HOLDER_NOT_AUTHORIZED", "KY-1.1", holder(fixture.receptionist));
    assertRejection(fixture.rejected(fixture.issue(key.id(), holder(fixture.serviceCleaner)), fixture.manager),
        KeyRejection.MasterKeyHolderNotAuthorized.class, "KY_MASTER_KEY_HOLDER_NOT_AUTHORIZED", "KY-1.1", holder(fixture.serviceCleaner));

    Key lent = fixture.accepted(fixture.lend(key.id(), holder(fixture.cleaner)), fixture.clerk);
    assertEquals(KeyState.LENT, lent.state());
    fixture.accepted(fixture.returnKey(key.id()), fixture.clerk);
    Key issued = fixture.accepted(fixture.issue(key.id(), holder(fixture.supervisor)), fixture.manager);
    assertRejection(fixture.rejected(fixture.handOver(issued.id(), tenant(ACME)), fixture.manager),
        KeyRejection.MasterKeyHolderNotAuthorized.class, "KY_MASTER_KEY_HOLDER_NOT_AUTHORIZED", "KY-1.1", tenant(ACME));
    Key handedOver = fixture.accepted(fixture.handOver(issued.id(), holder(fixture.manager)), fixture.supervisor);
    assertEquals(Optional.of(holder(fixture.manager)), handedOver.holder());
  }

  @Test
  @DisplayName("KY-1.1, GS-5: only the business center's department manager and customer-service supervisor cut keys; a cleaner may not cut her own")
  void onlyTheControllersCutKeys() {
    for (Actor actor : List.of(fixture.cleaner, fixture.clerk, fixture.managementSupervisor, fixture.operationsManager)) {
      Rejection rejection = fixture.rejected(fixture.cut(Lock.master(), holder(fixture.cleaner)), actor);

      assertRejection(rejection, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "KY-1.4",
          KeyAction.CUT_MASTER_KEY, actor.role(), actor.department());
    }
    assertEquals(List.of(KeyAction.REGISTER_DOOR_BACKUP, KeyAction.REGISTER_FURNITURE_BACKUP, KeyAction.CUT_MASTER_KEY, KeyAction.CUT_DOOR_KEY,
        KeyAction.CUT_FURNITURE_KEY, KeyAction.ISSUE_WORKSTATION_KEY, KeyAction.ISSUE_PUBLIC_DOOR_KEY, KeyAction.RECORD_CLIENT_COPY,
        // the controllers also import a building's register as it stands (GS-6)
        KeyAction.IMPORT_BACKUP, KeyAction.IMPORT_HELD, KeyAction.IMPORT_LOST),
        fixture.desk().openingActions(fixture.supervisor));
    assertEquals(List.of(), fixture.desk().openingActions(fixture.cleaner));
  }

  @Test
  @DisplayName("KY-1.2, GS-6: each use is logged with its purpose, the room and the time, attributed to the holder, on the key's history")
  void eachUseIsLogged() {
    Key key = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);

    Key afterMail = fixture.accepted(fixture.use(key.id(), MasterKeyPurpose.DELIVER_MAIL, ROOM_1203), fixture.cleaner);
    java.time.Instant mailAt = fixture.clock.instant();
    fixture.accepted(fixture.use(key.id(), MasterKeyPurpose.COLLECT_FAX, ROOM_1501), fixture.supervisor);
    java.time.Instant faxAt = fixture.clock.instant();
    fixture.accepted(fixture.use(key.id(), MasterKeyPurpose.CLEANING, RoomId.of("1502")), fixture.cleaner);

    assertEquals(KeyState.HELD, afterMail.state(), "a use leaves the key with its holder");
    List<AuditEntry> uses = fixture.trail(key.id()).stream().filter(e -> e.action().equals(KeyAction.RECORD_USE.name())).toList();
    assertEquals(3, uses.size());
    assertEquals(List.of(new KeyEvent.MasterKeyUsed(holder(fixture.cleaner), MasterKeyPurpose.DELIVER_MAIL, ROOM_1203, mailAt)), uses.get(0).events());
    assertEquals(List.of(new KeyEvent.MasterKeyUsed(holder(fixture.cleaner), MasterKeyPurpose.COLLECT_FAX, ROOM_1501, faxAt)), uses.get(1).events());
    assertEquals(fixture.supervisor.staff(), uses.get(1).staff(), "who wrote the entry is on the trail too");
    assertTrue(uses.stream().allMatch(e -> e.clause().equals(Clause.of("KY-1.2"))));
  }

  @Test
  @DisplayName("KY-1.2: the use log is for master keys; a door key's use is refused, and only the three roles log uses")
  void onlyMasterKeyUsesAreLogged() {
    Key door = fixture.cutFor(DOOR_1203, tenant(ACME));
    Key master = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);

    assertRejection(fixture.rejected(fixture.use(door.id(), MasterKeyPurpose.DELIVER_ITEM, ROOM_1203), fixture.cleaner),
        KeyRejection.UseLogIsForMasterKeys.class, "KY_USE_LOG_IS_FOR_MASTER_KEYS", "KY-1.2", KeyCategory.OFFICE_DOOR);
    assertRejection(fixture.rejected(fixture.use(master.id(), MasterKeyPurpose.CLEANING, ROOM_1203), fixture.serviceCleaner),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "KY-1.2", KeyAction.RECORD_USE, Role.CLEANER, Department.SERVICE);
  }

  @Test
  @DisplayName("KY-1.3: a lost master key is recorded with its holder, and management is told in writing, naming the key and the holder's staff id")
  void aLostMasterKeyIsRaisedToManagement() {
    Key key = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);

    Key lost = fixture.accepted(fixture.reportLost(key.id()), fixture.clerk);

    assertEquals(KeyState.LOST, lost.state());
    assertEquals(Optional.empty(), lost.holder());
    assertEquals(Optional.of(holder(fixture.cleaner)), lost.lostBy());
    assertEquals(List.of(), lost.charges(), "staff pay nothing; the source's sanction is the holder's job");
    assertEquals(List.of(), fixture.heldBy(fixture.cleaner));
    NoticeRelay.Delivery delivery = fixture.center.notices().deliverPending(10);
    assertEquals(1, delivery.delivered());
    OutboxNotice notice = fixture.notifier.delivered().get(0);
    assertEquals(Department.MANAGEMENT_OFFICE, notice.notice().to());
    assertEquals("KY_MASTER_KEY_LOST", notice.notice().code());
    assertEquals(Clause.of("KY-1.3"), notice.notice().clause());
    assertEquals(List.of(key.id().value(), fixture.cleaner.staff().value()), notice.notice().arguments());
    assertEquals(PROCEDURE, notice.procedure());
    assertEquals(key.id().value(), notice.caseId());
    assertSpeaksBothLanguages(notice.message(Messages.ZH_CN), notice.message(Messages.EN));
    assertTrue(notice.message(Messages.EN).contains(fixture.cleaner.staff().value()));
    assertEquals(fixture.lastEntry(key.id()).notices(), List.of(notice), "the notice is on the key's history");
  }

  @Test
  @DisplayName("KY-1.3: a lost door key sends no notice to management")
  void onlyMasterKeyLossesAreRaised() {
    Key door = fixture.cutFor(DOOR_1203, tenant(ACME));

    fixture.accepted(fixture.reportLost(door.id()), fixture.clerk);

    assertEquals(0, fixture.center.notices().deliverPending(10).delivered());
  }

  @Test
  @DisplayName("KY-1.4: beyond the policy's count no master key is cut, for anyone; a lost one counts until it is written off")
  void theCountIsFixed() {
    Key first = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);
    fixture.accepted(fixture.cut(Lock.master(), holder(fixture.supervisor)), fixture.supervisor);
    fixture.accepted(fixture.cut(Lock.master(), holder(fixture.manager)), fixture.manager);

    for (Actor actor : List.of(fixture.supervisor, fixture.manager)) {
      assertRejection(fixture.rejected(fixture.cut(Lock.master(), holder(actor)), actor),
          KeyRejection.MasterKeyCountReached.class, "KY_MASTER_KEY_COUNT_REACHED", "KY-1.4", 3);
    }
    fixture.accepted(fixture.reportLost(first.id()), fixture.clerk);
    assertRejection(fixture.rejected(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor),
        KeyRejection.MasterKeyCountReached.class, "KY_MASTER_KEY_COUNT_REACHED", "KY-1.4", 3);

    Key writtenOff = fixture.accepted(fixture.writeOff(first.id()), fixture.manager);
    assertEquals(KeyState.RETIRED, writtenOff.state());
    assertEquals(Optional.of(holder(fixture.cleaner)), writtenOff.lostBy(), "who lost it stays on record");
    Key replacement = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);
    assertEquals(KeyState.HELD, replacement.state());
    assertEquals(3, fixture.storage.keys().inRegister(TOWER, KeyCategory.MASTER));
  }

  @Test
  @DisplayName("KY-1.4, GS-4: the count is each center's policy value; a center allowing four cuts a fourth, and the key records the version")
  void theCountIsAPolicyValue() {
    PolicyVersion four = PolicyVersion.of("tower-four-master-keys");
    KeyFixture f = KeyFixture.withPolicies(c -> c.equals(TOWER) ? KeyPolicy.defaults().withMasterKeys(four, 4) : KeyPolicy.defaults());
    for (int i = 0; i < 4; i++) {
      Key key = f.accepted(f.cut(Lock.master(), holder(f.cleaner)), f.supervisor);
      assertEquals(four, key.policy());
      assertEquals(four, f.lastEntry(key.id()).policy());
    }
    assertRejection(f.rejected(f.cut(Lock.master(), holder(f.cleaner)), f.supervisor),
        KeyRejection.MasterKeyCountReached.class, "KY_MASTER_KEY_COUNT_REACHED", "KY-1.4", 4);
    assertEquals(0, f.storage.keys().inRegister(HARBOUR, KeyCategory.MASTER), "another center keeps its own count");
  }

  @Test
  @DisplayName("KY-0.1: the register holds keys of the four categories, each key in exactly one place")
  void everyCategoryInOnePlace() {
    Key master = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);
    Key door = fixture.cutFor(DOOR_1203, tenant(ACME));
    Key desk = fixture.cutFor(KeyFixture.DESK_1203, tenant(ACME));
    Key workstation = fixture.accepted(fixture.cut(Lock.workstation("WS-1"), holder(fixture.clerk)), fixture.supervisor);
    Key gate = fixture.accepted(fixture.cut(KeyFixture.EAST_GATE, holder(fixture.supervisor)), fixture.manager);

    assertEquals(List.of(master), fixture.heldBy(fixture.cleaner));
    assertEquals(List.of(door, desk), fixture.heldBy(ACME));
    assertEquals(List.of(workstation), fixture.heldBy(fixture.clerk));
    assertEquals(List.of(gate), fixture.heldBy(fixture.supervisor));
    assertEquals(List.of(KeyCategory.OFFICE_DOOR, KeyCategory.CLIENT_FURNITURE),
        fixture.box(ROOM_1203).stream().map(Key::category).toList(), "the two backups, in the box under 1203");
    for (Key k : fixture.storage.keys().all(TOWER)) {
      assertEquals(k.state() == KeyState.HELD, k.holder().isPresent(), k.id() + " is either in the box or in someone's hands");
      assertFalse(k.state() == KeyState.IN_BOX && k.holder().isPresent());
    }
  }
}
