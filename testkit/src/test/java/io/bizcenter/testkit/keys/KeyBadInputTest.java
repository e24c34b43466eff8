package io.bizcenter.testkit.keys;

import static io.bizcenter.core.kernel.FieldError.Problem.BLANK;
import static io.bizcenter.core.kernel.FieldError.Problem.CONTROL_CHARACTER;
import static io.bizcenter.core.kernel.FieldError.Problem.MALFORMED;
import static io.bizcenter.core.kernel.FieldError.Problem.MISSING;
import static io.bizcenter.core.kernel.FieldError.Problem.NOT_ALLOWED;
import static io.bizcenter.core.kernel.FieldError.Problem.TOO_LONG;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.keys.KeyFixture.ACME;
import static io.bizcenter.testkit.keys.KeyFixture.DOOR_1203;
import static io.bizcenter.testkit.keys.KeyFixture.HARBOUR;
import static io.bizcenter.testkit.keys.KeyFixture.ROOM_1203;
import static io.bizcenter.testkit.keys.KeyFixture.TOWER;
import static io.bizcenter.testkit.keys.KeyFixture.holder;
import static io.bizcenter.testkit.keys.KeyFixture.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.HolderKind;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyCommand.CutKey;
import io.bizcenter.core.keys.KeyCommand.HandOver;
import io.bizcenter.core.keys.KeyCommand.Issue;
import io.bizcenter.core.keys.KeyCommand.Lend;
import io.bizcenter.core.keys.KeyCommand.RecordClientCopy;
import io.bizcenter.core.keys.KeyCommand.RecordUse;
import io.bizcenter.core.keys.KeyCommand.RegisterBackup;
import io.bizcenter.core.keys.KeyCommand.ReportLost;
import io.bizcenter.core.keys.KeyCommand.Retire;
import io.bizcenter.core.keys.KeyCommand.ReturnKey;
import io.bizcenter.core.keys.KeyCommand.WriteOff;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.testkit.Texts;
import io.bizcenter.testkit.check.StoreSnapshot;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Bad key commands are refused with every field error, in zh-CN and en, and write nothing (GS-1, GS-5, KY-0.1)")
class KeyBadInputTest {
  private final KeyFixture fixture = new KeyFixture();

  @Test
  @DisplayName("GS-1: no command, no actor, or an actor with holes: each missing part is listed")
  void missingCommandOrActor() {
    assertEquals(Map.of("command", MISSING), fixture.fieldErrors(null, fixture.supervisor));
    assertEquals(Map.of("actor", MISSING), fixture.fieldErrors(fixture.registerBackup(DOOR_1203), null));
    assertEquals(Map.of("actor.staff", MISSING, "actor.role", MISSING, "actor.department", MISSING, "actor.centers", MISSING),
        fixture.fieldErrors(fixture.registerBackup(DOOR_1203), new Actor(null, null, null, null)));
  }

  static Stream<Arguments> commandsWithNothingFilledIn() {
    return Stream.of(
        Arguments.of("RegisterBackup", new RegisterBackup(null, null, null), List.of("lock")),
        Arguments.of("CutKey", new CutKey(null, null, null, null), List.of("lock", "to")),
        Arguments.of("RecordClientCopy", new RecordClientCopy(null, null, null, null, null), List.of("lock", "tenant", "note")),
        Arguments.of("Issue", new Issue(null, null, null, null), List.of("keyId", "to")),
        Arguments.of("Lend", new Lend(null, null, null, null), List.of("keyId", "to")),
        Arguments.of("ReturnKey", new ReturnKey(null, null, null), List.of("keyId")),
        Arguments.of("HandOver", new HandOver(null, null, null, null), List.of("keyId", "to")),
        Arguments.of("RecordUse", new RecordUse(null, null, null, null, null), List.of("keyId", "purpose", "room")),
        Arguments.of("ReportLost", new ReportLost(null, null, null, null), List.of("keyId")),
        Arguments.of("Retire", new Retire(null, null, null, null), List.of("keyId", "reason")),
        Arguments.of("WriteOff", new WriteOff(null, null, null, null), List.of("keyId", "reason")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandsWithNothingFilledIn")
  @DisplayName("GS-1: a command with nothing filled in lists its command id, center and every field it needs")
  void nothingFilledIn(String name, KeyCommand command, List<String> fields) {
    Map<String, Problem> errors = fixture.fieldErrors(command, fixture.supervisor);

    assertEquals(MISSING, errors.get("commandId"));
    assertEquals(MISSING, errors.get("center"));
    for (String field : fields) {
      assertEquals(MISSING, errors.get(field), field);
    }
    assertEquals(fields.size() + 2, errors.size(), () -> "exactly these fields: " + errors);
  }

  @Test
  @DisplayName("KY-0.1: a lock must name what its category needs and nothing else")
  void locksNameWhatTheirCategoryNeeds() {
    Function<Lock, Map<String, Problem>> errorsOf = lock -> fixture.fieldErrors(fixture.cut(lock, holder(fixture.cleaner)), fixture.supervisor);

    assertEquals(Map.of("lock.category", MISSING), errorsOf.apply(new Lock(null, ROOM_1203, null, "x")));
    assertEquals(Map.of("lock.room", NOT_ALLOWED, "lock.furniture", NOT_ALLOWED, "lock.name", NOT_ALLOWED),
        errorsOf.apply(new Lock(KeyCategory.MASTER, ROOM_1203, FurnitureKind.DESK, "x")));
    assertEquals(Map.of("lock.room", MISSING, "lock.name", NOT_ALLOWED), errorsOf.apply(new Lock(KeyCategory.OFFICE_DOOR, null, null, "1203")));
    assertEquals(Map.of("lock.room", BLANK, "lock.furniture", MISSING, "lock.name", TOO_LONG),
        errorsOf.apply(new Lock(KeyCategory.CLIENT_FURNITURE, RoomId.of(" "), null, Texts.ofLength(KeyCommand.NAME + 1))));
    assertEquals(Map.of("lock.room", NOT_ALLOWED, "lock.name", CONTROL_CHARACTER),
        errorsOf.apply(new Lock(KeyCategory.WORKSTATION, ROOM_1203, null, "WS\u00071")));
    assertEquals(Map.of("lock.room", MISSING), errorsOf.apply(new Lock(KeyCategory.OFFICE_DOOR, new RoomId(null), null, null)));
    assertEquals(Map.of("lock.name", MISSING), errorsOf.apply(new Lock(KeyCategory.PUBLIC_DOOR, null, null, null)));
  }

  @Test
  @DisplayName("KY-2.3, KY-3.1: only door and furniture locks have backups in the box; only door keys are recorded as a client's own copy")
  void backupsAndClientCopiesAreForClientLocks() {
    for (Lock lock : List.of(Lock.master(), Lock.workstation("WS-1"), Lock.publicDoor("East gate"))) {
      assertEquals(Map.of("lock.category", NOT_ALLOWED), fixture.fieldErrors(fixture.registerBackup(lock), fixture.supervisor), lock.toString());
    }
    assertEquals(Map.of("lock.category", NOT_ALLOWED, "note", BLANK),
        fixture.fieldErrors(new RecordClientCopy(fixture.freshCommandId(), TOWER, Lock.master(), ACME, " "), fixture.supervisor));
  }

  @Test
  @DisplayName("GS-1 KY-1.1: a holder is a tenant by id, or a member of staff by id, role, department and employer")
  void holdersAreWellFormed() {
    Function<Holder, Map<String, Problem>> errorsOf = to -> fixture.fieldErrors(fixture.cut(Lock.master(), to), fixture.supervisor);

    assertEquals(Map.of("to.kind", MISSING), errorsOf.apply(new Holder(null, "x", null, null, null)));
    assertEquals(Map.of("to.role", MISSING, "to.department", MISSING, "to.employer", MISSING),
        errorsOf.apply(new Holder(HolderKind.STAFF, "s-1", null, null, null)));
    // no silent default: a cleaner named without an employer is not taken for the center's own (KY-1.1)
    assertEquals(Map.of("to.employer", MISSING), errorsOf.apply(new Holder(HolderKind.STAFF, "s-1", Role.CLEANER, Department.BUSINESS_CENTER, null)));
    assertEquals(Map.of("to.id", TOO_LONG, "to.role", NOT_ALLOWED, "to.department", NOT_ALLOWED, "to.employer", NOT_ALLOWED),
        errorsOf.apply(new Holder(HolderKind.TENANT, Texts.ofLength(KeyCommand.ID + 1), Role.CLEANER, Department.BUSINESS_CENTER,
            Employer.CENTER_STAFF)));
    assertEquals(Map.of("to.id", BLANK), errorsOf.apply(new Holder(HolderKind.TENANT, "", null, null, null)));
    assertEquals(Map.of("to.id", MALFORMED), errorsOf.apply(new Holder(HolderKind.TENANT, "T-\uD800", null, null, null)));
  }

  @Test
  @DisplayName("GS-1: texts are checked too: blank, too long, control characters, an oversized key id; every error listed at once")
  void textsAreChecked() {
    Key key = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);

    assertEquals(Map.of("note", TOO_LONG), fixture.fieldErrors(
        new ReportLost(fixture.freshCommandId(), TOWER, key.id(), Texts.ofLength(KeyCommand.NOTE + 1)), fixture.clerk));
    assertEquals(Map.of("reason", CONTROL_CHARACTER), fixture.fieldErrors(
        new WriteOff(fixture.freshCommandId(), TOWER, key.id(), "lost\u0000"), fixture.manager));
    assertEquals(Map.of("keyId", TOO_LONG, "room", BLANK, "purpose", MISSING), fixture.fieldErrors(
        new RecordUse(fixture.freshCommandId(), TOWER, KeyId.of(Texts.ofLength(KeyCommand.ID + 1)), null, RoomId.of("\t")), fixture.cleaner));
    assertEquals(Map.of("commandId", BLANK, "center", TOO_LONG), fixture.fieldErrors(
        new ReturnKey(CommandId.of(" "), io.bizcenter.core.kernel.CenterId.of(Texts.ofLength(65)), key.id()), fixture.clerk));
    assertEquals(KeyState.HELD, fixture.stored(key.id()).state());
  }

  @Test
  @DisplayName("GS-5: a key of another center is answered as an unknown id, by every step; a new key in a center the actor does not work for is refused")
  void anotherCentersKeyIsUnknown() {
    Key towers = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);
    KeyId id = towers.id();
    List<KeyCommand> steps = List.of(
        new Issue(fixture.freshCommandId(), TOWER, id, holder(fixture.cleaner)),
        new Lend(fixture.freshCommandId(), TOWER, id, holder(fixture.cleaner)),
        new ReturnKey(fixture.freshCommandId(), TOWER, id),
        new HandOver(fixture.freshCommandId(), TOWER, id, holder(fixture.supervisor)),
        new RecordUse(fixture.freshCommandId(), TOWER, id, MasterKeyPurpose.CLEANING, ROOM_1203),
        new ReportLost(fixture.freshCommandId(), TOWER, id, null),
        new Retire(fixture.freshCommandId(), TOWER, id, "x"),
        new WriteOff(fixture.freshCommandId(), TOWER, id, "x"));
    for (KeyCommand step : steps) {
      assertRejection(fixture.rejected(step, fixture.harbourSupervisor), Rejection.CaseNotFound.class, "CASE_NOT_FOUND", "GS-1", id.value());
    }
    // the same id sent to the harbour is unknown there, just as a made-up one is
    assertRejection(fixture.rejected(new ReturnKey(fixture.freshCommandId(), HARBOUR, id), fixture.harbourSupervisor),
        Rejection.CaseNotFound.class, "CASE_NOT_FOUND", "GS-1", id.value());
    assertRejection(fixture.rejected(new ReturnKey(fixture.freshCommandId(), TOWER, KeyId.of("K-404")), fixture.clerk),
        Rejection.CaseNotFound.class, "CASE_NOT_FOUND", "GS-1", "K-404");
    assertRejection(fixture.rejected(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.harbourSupervisor),
        Rejection.NotInYourCenter.class, "NOT_IN_YOUR_CENTER", "GS-5", TOWER.value());
    assertTrue(fixture.desk().find(fixture.harbourSupervisor, TOWER, id).isLeft());
    assertTrue(fixture.desk().trail(fixture.harbourSupervisor, TOWER, id).isLeft());
  }

  @Test
  @DisplayName("GS-2, GS-5: a step the key's state does not offer, or a role that may not take it, is refused naming state, action and role")
  void stepsOutOfTurnOrRole() {
    Key master = fixture.accepted(fixture.cut(Lock.master(), holder(fixture.cleaner)), fixture.supervisor);

    assertRejection(fixture.rejected(fixture.lend(master.id(), holder(fixture.cleaner)), fixture.clerk),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "KY-0.1", KeyState.HELD, KeyAction.LEND);
    assertRejection(fixture.rejected(fixture.writeOff(master.id()), fixture.manager),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "KY-0.1", KeyState.HELD, KeyAction.WRITE_OFF);
    assertRejection(fixture.rejected(fixture.handOver(master.id(), holder(fixture.manager)), fixture.clerk),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "KY-0.1", KeyAction.HAND_OVER, Role.BUSINESS_CENTER_STAFF,
        Department.BUSINESS_CENTER);
    assertRejection(fixture.rejected(fixture.returnKey(master.id()), fixture.operationsManager),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "KY-0.1", KeyAction.RETURN, Role.OPERATIONS_MANAGER, Department.OPERATIONS);
    assertRejection(fixture.rejected(fixture.clientCopy(DOOR_1203, ACME), fixture.clerk),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "KY-2.2", KeyAction.RECORD_CLIENT_COPY, Role.BUSINESS_CENTER_STAFF,
        Department.BUSINESS_CENTER);
  }

  @Test
  @DisplayName("GS-2: the same command id sent again returns the first answer and writes nothing; reused for another command it is refused")
  void repeatedCommandIds() {
    KeyCommand cut = fixture.cut(Lock.master(), holder(fixture.cleaner));
    Key first = fixture.accepted(cut, fixture.supervisor);
    StoreSnapshot before = fixture.snapshot();

    assertEquals(first, fixture.send(cut, fixture.supervisor).get());
    assertEquals(before, fixture.snapshot());
    assertRejection(fixture.rejected(new ReturnKey(cut.commandId(), TOWER, first.id()), fixture.clerk),
        Rejection.CommandIdReused.class, "COMMAND_ID_REUSED", "GS-2", cut.commandId().value());
  }

  @Test
  @DisplayName("GS-1: the desk's questions name what is missing, and another center's actor learns nothing")
  void questionsAreCheckedToo() {
    assertTrue(fixture.desk().heldByTenant(null, TOWER, ACME).getLeft() instanceof Rejection.InvalidInput);
    assertEquals(2, ((Rejection.InvalidInput) fixture.desk().keyBox(fixture.clerk, null, null).getLeft()).errors().size());
    assertRejection(fixture.desk().heldByTenant(fixture.harbourSupervisor, TOWER, ACME).getLeft(),
        Rejection.NotInYourCenter.class, "NOT_IN_YOUR_CENTER", "GS-5", TOWER.value());
    assertRejection(fixture.desk().heldByStaff(fixture.harbourSupervisor, TOWER, fixture.cleaner.staff()).getLeft(),
        Rejection.NotInYourCenter.class, "NOT_IN_YOUR_CENTER", "GS-5", TOWER.value());
    assertEquals(List.of(), fixture.desk().stillHeldBy(TOWER, null));
    assertEquals(List.of(), fixture.desk().stillHeldBy(null, ACME));
    assertEquals(List.of(), fixture.desk().openingActions(null));
    assertTrue(fixture.desk().heldByTenant(fixture.clerk, TOWER, TenantId.of("T-none")).get().isEmpty());
    assertTrue(fixture.desk().find(fixture.clerk, TOWER, null).isLeft());
    assertEquals(List.of(), fixture.storage.keys().all(TOWER), "questions write nothing");
    assertEquals(tenant(ACME).reference(), "TENANT:" + ACME.value());
  }
}
