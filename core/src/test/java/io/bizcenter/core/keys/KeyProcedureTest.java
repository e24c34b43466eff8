package io.bizcenter.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TimeLimit;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The key declaration as a whole: sound, complete against the source, who may act, and what it owes the agenda. */
class KeyProcedureTest {
  private static final CenterId TOWER = CenterId.of("tower");
  private final List<Key> stored = new ArrayList<>();
  private final Keys keys = new ListedKeys(stored);
  private final KeyRules rules = new KeyRules(keys, Tenancies.NONE, center -> KeyPolicy.defaults());
  private final ProcedureDefinition<KeyState, KeyAction, Key, KeyCommand> definition = rules.definition();

  @Test
  @DisplayName("GS-2 the key procedure passes its self-check")
  void passesSelfCheck() {
    assertEquals(List.of(), definition.selfCheck());
  }

  @Test
  @DisplayName("KY-0.1 KY-1.2 KY-1.4 KY-2.2 KY-2.3 KY-3.1 KY-3.2 KY-4.1 GS-6 each way into the register and each step names its rule")
  void everyStepNamesItsClause() {
    Set<String> declared = definition.transitions().stream().map(t -> t.clause().id()).collect(Collectors.toSet());
    assertEquals(Set.of("KY-0.1", "KY-1.2", "KY-1.4", "KY-2.2", "KY-2.3", "KY-3.1", "KY-3.2", "KY-4.1", "GS-6"), declared);
    assertEquals(Set.of(KeyAction.REGISTER_DOOR_BACKUP, KeyAction.REGISTER_FURNITURE_BACKUP, KeyAction.CUT_MASTER_KEY, KeyAction.CUT_DOOR_KEY,
        KeyAction.CUT_FURNITURE_KEY, KeyAction.ISSUE_WORKSTATION_KEY, KeyAction.ISSUE_PUBLIC_DOOR_KEY, KeyAction.RECORD_CLIENT_COPY,
        KeyAction.IMPORT_BACKUP, KeyAction.IMPORT_HELD, KeyAction.IMPORT_LOST),
        definition.transitions().stream().filter(Transition::opens).map(Transition::action).collect(Collectors.toSet()));
    assertEquals(Set.of(KeyState.RETIRED), definition.finals());
  }

  @Test
  @DisplayName("KY-1.1 KY-2.1 KY-3.2 KY-4.1 every way into a holder's hands asks whether the recipient may hold the key")
  void everyWayIntoAHoldersHandsChecksTheRecipient() {
    for (Transition<KeyState, KeyAction, Key, KeyCommand> t : definition.transitions()) {
      boolean toAHolder = t.to() == KeyState.HELD && t.action() != KeyAction.RECORD_USE || t.to() == KeyState.LENT;
      boolean checked = t.guards().stream().anyMatch(g -> g.name().equals("the recipient may hold a key of this category"));
      assertEquals(toAHolder, checked, t.action().name());
    }
  }

  @Test
  @DisplayName("GS-5 the register is kept by the business center's manager and supervisor; the desk lends, takes back and records losses")
  void whoMayAct() {
    Actor manager = Actor.of("m", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, TOWER);
    Actor supervisor = Actor.of("s", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
    Actor clerk = Actor.of("c", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
    Actor cleaner = Actor.of("k", Role.CLEANER, Department.BUSINESS_CENTER, TOWER);
    Actor otherManager = Actor.of("o", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, TOWER);

    assertEquals(List.of(KeyAction.ISSUE, KeyAction.LEND, KeyAction.RETIRE), definition.availableActions(KeyState.IN_BOX, manager));
    assertEquals(List.of(KeyAction.RETURN, KeyAction.HAND_OVER, KeyAction.RECORD_USE, KeyAction.REPORT_LOST),
        definition.availableActions(KeyState.HELD, supervisor));
    assertEquals(List.of(KeyAction.RETURN, KeyAction.REPORT_LOST), definition.availableActions(KeyState.HELD, clerk));
    assertEquals(List.of(KeyAction.RECORD_USE), definition.availableActions(KeyState.HELD, cleaner));
    assertEquals(List.of(KeyAction.RETURN, KeyAction.REPORT_LOST), definition.availableActions(KeyState.LENT, clerk));
    assertEquals(List.of(KeyAction.WRITE_OFF), definition.availableActions(KeyState.LOST, supervisor));
    assertEquals(List.of(), definition.availableActions(KeyState.LOST, clerk));
    for (KeyState state : KeyState.values()) {
      assertEquals(List.of(), definition.availableActions(state, otherManager), "another department's manager: " + state);
    }
    assertEquals(List.of(), definition.openingActions(clerk));
  }

  @Test
  @DisplayName("GS-7 only a lent key owes something on the agenda: its return, within the policy's lending time")
  void onlyALentKeyOwes() {
    Instant lentAt = Instant.parse("2026-03-02T02:00:00Z");
    Key lent = key("K-1", KeyState.LENT, lentAt);
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");

    assertTrue(rules.duties().owed(lent, shanghai).stream().allMatch(i -> i.dueAt().equals(lentAt.plusSeconds(4 * 3600))));
    assertTrue(rules.duties().owed(lent, shanghai).stream().allMatch(i -> i.actions().contains(KeyAction.RETURN.name())));
    assertEquals(1, rules.duties().owed(lent, shanghai).stream().map(i -> i.seat().role().orElseThrow()).filter(Role.BUSINESS_CENTER_STAFF::equals).count());
    for (KeyState resting : List.of(KeyState.IN_BOX, KeyState.HELD, KeyState.LOST, KeyState.RETIRED)) {
      assertEquals(List.of(), rules.duties().owed(key("K-2", resting, lentAt), shanghai), resting.name());
    }
  }

  @Test
  @DisplayName("KY-1.4 KY-3.2 a command that adds or hands out a key holds its lock and its recipient alone, in a fixed order")
  void exclusiveResources() {
    Holder cleaner = Holder.staff(StaffId.of("k"), Role.CLEANER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF);
    assertEquals(List.of("keys:holder:STAFF:k", "keys:lock:MASTER///"),
        definition.exclusiveTo(new KeyCommand.CutKey(CommandId.of("c"), TOWER, Lock.master(), cleaner)));
    assertEquals(List.of("keys:lock:OFFICE_DOOR/1203//"),
        definition.exclusiveTo(new KeyCommand.RegisterBackup(CommandId.of("c"), TOWER, Lock.officeDoor(RoomId.of("1203")))));
    stored.add(key("K-1", KeyState.HELD, Instant.EPOCH));
    assertEquals(List.of("keys:holder:STAFF:k", "keys:lock:WORKSTATION///WS-1"),
        definition.exclusiveTo(new KeyCommand.HandOver(CommandId.of("c"), TOWER, KeyId.of("K-1"), cleaner)));
    assertEquals(List.of(), definition.exclusiveTo(new KeyCommand.ReturnKey(CommandId.of("c"), TOWER, KeyId.of("K-1"))));
  }

  @Test
  @DisplayName("GS-4 KY-1.4 KY-2.2 the policy's defaults are the source's numbers where it gives them, exact CNY, and nonsense is refused")
  void policyDefaults() {
    KeyPolicy policy = KeyPolicy.defaults();
    assertEquals(2, policy.doorKeysPerOffice());
    assertEquals(3, policy.masterKeys());
    assertEquals(Money.yuan("20.00"), policy.copyFee());
    assertEquals(Money.yuan("200.00"), policy.compensationFor(KeyCategory.OFFICE_DOOR));
    assertEquals(Money.yuan("50.00"), policy.compensationFor(KeyCategory.CLIENT_FURNITURE));
    assertEquals(Money.ZERO, policy.compensationFor(KeyCategory.MASTER));
    assertThrows(IllegalArgumentException.class, () -> new KeyPolicy(PolicyVersion.of("x"), -1, 2, Money.ZERO, Money.ZERO, Money.ZERO,
        TimeLimit.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> new KeyPolicy(PolicyVersion.of("x"), 3, 2, Money.yuan("-1"), Money.ZERO, Money.ZERO,
        TimeLimit.ofHours(1)));
  }

  @Test
  @DisplayName("GS-1 the diagram names every state in both languages and each step's clause")
  void diagram() {
    String zh = definition.mermaid(Messages.ZH_CN);
    assertTrue(zh.contains("IN_BOX : 存放于服务台钥匙箱"), zh);
    assertTrue(zh.contains("HELD --> HELD : 登记万能钥匙使用 (KY-1.2)"), zh);
    assertTrue(definition.mermaid(Messages.EN).contains("[*] --> HELD : cut a master key (KY-1.4)"));
  }

  private static Key key(String id, KeyState state, Instant at) {
    boolean out = state == KeyState.HELD || state == KeyState.LENT;
    return Key.builder().id(KeyId.of(id)).center(TOWER).version(1).state(state).stateEnteredAt(at).policy(KeyPolicy.DEFAULT_VERSION)
        .lock(Lock.workstation("WS-1")).origin(KeyOrigin.CUT).registeredAt(at).registeredBy(StaffId.of("s"))
        .holder(out ? Optional.of(Holder.staff(StaffId.of("c"), Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, Employer.CENTER_STAFF)) : Optional.empty())
        .build();
  }

  /** The register as a plain list: enough for the declaration's own tests. */
  private record ListedKeys(List<Key> stored) implements Keys {
    public Option<Key> find(CenterId center, String caseId) {
      return Option.ofOptional(stored.stream().filter(k -> k.center().equals(center) && k.id().value().equals(caseId)).findFirst());
    }

    public Either<Rejection.VersionConflict, Key> save(Key next, long expectedVersion) {
      stored.removeIf(k -> k.id().equals(next.id()));
      stored.add(next);
      return Either.right(next);
    }

    public List<Key> all(CenterId center) {
      return stored.stream().filter(k -> k.center().equals(center)).toList();
    }

    public List<Key> heldBy(CenterId center, Holder holder) {
      return all(center).stream().filter(k -> k.isOut() && k.holder().orElseThrow().reference().equals(holder.reference())).toList();
    }

    public List<Key> ofRoom(CenterId center, RoomId room) {
      return all(center).stream().filter(k -> room.equals(k.lock().room())).toList();
    }

    public List<Key> ofCategory(CenterId center, KeyCategory category) {
      return all(center).stream().filter(k -> k.category() == category).toList();
    }

    public long inRegister(CenterId center, KeyCategory category) {
      return ofCategory(center, category).stream().filter(Key::inRegister).count();
    }

    public List<Key> inState(CenterId center, KeyState state) {
      return all(center).stream().filter(k -> k.state() == state).sorted(java.util.Comparator.comparing(Key::stateEnteredAt)).toList();
    }
  }
}
