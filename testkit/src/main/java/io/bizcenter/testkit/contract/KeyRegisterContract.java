package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.KeySamples.ACME;
import static io.bizcenter.testkit.contract.KeySamples.CLEANER;
import static io.bizcenter.testkit.contract.KeySamples.DESK_1203;
import static io.bizcenter.testkit.contract.KeySamples.DOOR_1203;
import static io.bizcenter.testkit.contract.KeySamples.DOOR_1205;
import static io.bizcenter.testkit.contract.KeySamples.MASTER;
import static io.bizcenter.testkit.contract.KeySamples.ROOM_1203;
import static io.bizcenter.testkit.contract.KeySamples.ROOM_1205;
import static io.bizcenter.testkit.contract.KeySamples.SUPERVISOR;
import static io.bizcenter.testkit.contract.KeySamples.TENANT_ACME;
import static io.bizcenter.testkit.contract.KeySamples.WORKSTATION_3;
import static io.bizcenter.testkit.contract.KeySamples.key;
import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Keys;
import io.bizcenter.core.keys.Lock;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The key register's own questions ({@link Keys}): keys by holder, by room, by category, and the count of a category
 * in the register. Each answer stays within one center, lists the oldest key first, and follows the latest save of a
 * key (a key that changes hands moves from one holder's list to the other's).
 */
public abstract class KeyRegisterContract extends PortContract {
  /** The store under test, taken from {@link #storage}. */
  protected Keys keys() {
    return storage.keys();
  }

  private Key saved(Key next, long expectedVersion) {
    Either<Rejection, Key> answer = storage.transactions().inTransaction(() -> keys().save(next, expectedVersion).<Rejection>mapLeft(c -> c));
    assertTrue(answer.isRight(), () -> "saving " + next.id() + " v" + next.version() + " answered " + answer);
    return answer.get();
  }

  /** A key one step on: in {@code state} with {@code holder}, ten minutes after its last step. */
  private Key moved(Key k, KeyState state, Optional<Holder> holder) {
    return saved(key(k.center(), k.id().value(), k.version() + 1, k.stateEnteredAt().plusSeconds(600), k.lock(), k.origin(), state, holder),
        k.version());
  }

  private Key fresh(String id, long minutes, Lock lock, KeyOrigin origin, KeyState state, Optional<Holder> holder) {
    return saved(key(CENTER_A, id, 1, at(minutes), lock, origin, state, holder), 0);
  }

  @Test
  @DisplayName("KY-0.1 a key of every category and place reads back equal, lock, holder, lost-by and charges included")
  void everyKindOfKeyReadsBackEqual() {
    List<Key> all = List.of(
        fresh("k-door", 1, DOOR_1203, KeyOrigin.CUT, KeyState.HELD, Optional.of(TENANT_ACME)),
        fresh("k-backup", 2, DOOR_1203, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty()),
        fresh("k-desk", 3, DESK_1203, KeyOrigin.BACKUP, KeyState.LENT, Optional.of(TENANT_ACME)),
        fresh("k-master", 4, MASTER, KeyOrigin.CUT, KeyState.LOST, Optional.empty()),
        fresh("k-ws", 5, WORKSTATION_3, KeyOrigin.CUT, KeyState.HELD, Optional.of(SUPERVISOR)),
        fresh("k-public", 6, Lock.publicDoor("东门 East gate"), KeyOrigin.CUT, KeyState.RETIRED, Optional.empty()));

    for (Key k : all) {
      assertEquals(Option.of(k), keys().find(CENTER_A, k.id().value()), k.id().value());
    }
    assertEquals(all, keys().all(CENTER_A));
  }

  @Test
  @DisplayName("heldBy lists the keys a holder has, held or lent, oldest first, and nothing of other holders or centers")
  void heldByListsAHoldersKeys() {
    Key door = fresh("k-1", 1, DOOR_1203, KeyOrigin.CUT, KeyState.HELD, Optional.of(TENANT_ACME));
    fresh("k-2", 2, MASTER, KeyOrigin.CUT, KeyState.HELD, Optional.of(CLEANER));
    Key lentDesk = fresh("k-3", 3, DESK_1203, KeyOrigin.BACKUP, KeyState.LENT, Optional.of(TENANT_ACME));
    fresh("k-4", 4, DOOR_1203, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    saved(key(CENTER_B, "k-5", 1, at(5), DOOR_1203, KeyOrigin.CUT, KeyState.HELD, Optional.of(TENANT_ACME)), 0);

    assertEquals(List.of(door, lentDesk), keys().heldBy(CENTER_A, TENANT_ACME));
    assertEquals(List.of(), keys().heldBy(CENTER_A, Holder.tenant(io.bizcenter.core.kernel.TenantId.of("T-other"))));
  }

  @Test
  @DisplayName("a key back in the box, lost or retired leaves its holder's list; handed over, it moves to the new holder's")
  void heldByFollowsTheLatestSave() {
    Key master = fresh("k-1", 1, MASTER, KeyOrigin.CUT, KeyState.HELD, Optional.of(CLEANER));
    Key door = fresh("k-2", 2, DOOR_1203, KeyOrigin.CUT, KeyState.HELD, Optional.of(TENANT_ACME));
    Key desk = fresh("k-3", 3, DESK_1203, KeyOrigin.CUT, KeyState.HELD, Optional.of(TENANT_ACME));

    Key handedOver = moved(master, KeyState.HELD, Optional.of(SUPERVISOR));
    Key returned = moved(door, KeyState.IN_BOX, Optional.empty());
    moved(desk, KeyState.LOST, Optional.empty());

    assertEquals(List.of(), keys().heldBy(CENTER_A, CLEANER));
    assertEquals(List.of(handedOver), keys().heldBy(CENTER_A, SUPERVISOR));
    assertEquals(List.of(), keys().heldBy(CENTER_A, TENANT_ACME));

    Key reissued = moved(returned, KeyState.HELD, Optional.of(TENANT_ACME));
    assertEquals(List.of(reissued), keys().heldBy(CENTER_A, TENANT_ACME));
  }

  @Test
  @DisplayName("a key retired in a unit of work that is then refused stays held and counted, in every question")
  void aRefusedUnitOfWorkLeavesTheAnswersAsTheyWere() {
    Key master = fresh("k-1", 1, MASTER, KeyOrigin.CUT, KeyState.HELD, Optional.of(CLEANER));
    Key retired = key(CENTER_A, "k-1", 2, at(20), MASTER, KeyOrigin.CUT, KeyState.RETIRED, Optional.empty());

    Either<Rejection, Key> refused = storage.transactions().inTransaction(() -> keys().save(retired, 1)
        .<Rejection>mapLeft(c -> c)
        .flatMap(saved -> Either.left(new Rejection.VersionConflict("keys", "k-1", 1, 2))));

    assertTrue(refused.isLeft(), () -> "the unit of work was refused: " + refused);
    assertEquals(List.of(master), keys().heldBy(CENTER_A, CLEANER));
    assertEquals(List.of(master), keys().ofCategory(CENTER_A, KeyCategory.MASTER));
    assertEquals(1, keys().inRegister(CENTER_A, KeyCategory.MASTER));
    assertEquals(Option.of(master), keys().find(CENTER_A, "k-1"));
  }

  @Test
  @DisplayName("a member of staff is matched by staff id whatever role the key went out in; a tenant with the same id is someone else")
  void holdersAreMatchedByKindAndId() {
    Key master = fresh("k-1", 1, MASTER, KeyOrigin.CUT, KeyState.HELD, Optional.of(CLEANER));
    Holder sameStaffOtherRole = Holder.staff(StaffId.of(CLEANER.id()), Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF);
    Holder tenantWithTheSameId = Holder.tenant(io.bizcenter.core.kernel.TenantId.of(CLEANER.id()));

    assertEquals(List.of(master), keys().heldBy(CENTER_A, sameStaffOtherRole));
    assertEquals(List.of(), keys().heldBy(CENTER_A, tenantWithTheSameId));
    assertEquals(List.of(), keys().heldBy(CENTER_A, Holder.staff(StaffId.of(ACME.value()), Role.CLEANER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF)));
  }

  @Test
  @DisplayName("KY-2.3 ofRoom lists every key of the room's door and furniture locks, in every state, oldest first; not other rooms or centers")
  void ofRoomListsTheRoomsKeys() {
    Key backup = fresh("k-1", 1, DOOR_1203, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    fresh("k-2", 2, DOOR_1205, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    Key desk = fresh("k-3", 3, DESK_1203, KeyOrigin.CUT, KeyState.HELD, Optional.of(TENANT_ACME));
    fresh("k-4", 4, MASTER, KeyOrigin.CUT, KeyState.IN_BOX, Optional.empty());
    Key lost = fresh("k-5", 5, DOOR_1203, KeyOrigin.CUT, KeyState.LOST, Optional.empty());
    saved(key(CENTER_B, "k-6", 1, at(6), DOOR_1203, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty()), 0);
    Key deskReturned = moved(desk, KeyState.IN_BOX, Optional.empty());

    assertEquals(List.of(backup, deskReturned, lost), keys().ofRoom(CENTER_A, ROOM_1203));
    assertEquals(1, keys().ofRoom(CENTER_A, ROOM_1205).size());
    assertEquals(List.of(), keys().ofRoom(CENTER_A, RoomId.of("9999")));
  }

  @Test
  @DisplayName("ofCategory lists the category's keys in every state, oldest first, within one center")
  void ofCategoryListsACategory() {
    Key first = fresh("k-1", 1, MASTER, KeyOrigin.CUT, KeyState.HELD, Optional.of(CLEANER));
    fresh("k-2", 2, DOOR_1203, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    Key retired = fresh("k-3", 3, MASTER, KeyOrigin.CUT, KeyState.RETIRED, Optional.empty());
    saved(key(CENTER_B, "k-4", 1, at(4), MASTER, KeyOrigin.CUT, KeyState.HELD, Optional.of(CLEANER)), 0);

    assertEquals(List.of(first, retired), keys().ofCategory(CENTER_A, KeyCategory.MASTER));
    assertEquals(List.of(), keys().ofCategory(CENTER_A, KeyCategory.PUBLIC_DOOR));
  }

  @Test
  @DisplayName("KY-1.4 inRegister counts a category's keys that are not retired, lost ones included, in one center")
  void inRegisterCountsWhatIsNotRetired() {
    assertEquals(0, keys().inRegister(CENTER_A, KeyCategory.MASTER));
    fresh("k-1", 1, MASTER, KeyOrigin.CUT, KeyState.HELD, Optional.of(CLEANER));
    fresh("k-2", 2, MASTER, KeyOrigin.CUT, KeyState.IN_BOX, Optional.empty());
    Key lost = fresh("k-3", 3, MASTER, KeyOrigin.CUT, KeyState.LOST, Optional.empty());
    fresh("k-4", 4, DOOR_1203, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    saved(key(CENTER_B, "k-5", 1, at(5), MASTER, KeyOrigin.CUT, KeyState.HELD, Optional.of(CLEANER)), 0);

    assertEquals(3, keys().inRegister(CENTER_A, KeyCategory.MASTER));
    moved(lost, KeyState.RETIRED, Optional.empty());
    assertEquals(2, keys().inRegister(CENTER_A, KeyCategory.MASTER));
    assertEquals(1, keys().inRegister(CENTER_B, KeyCategory.MASTER));
    assertEquals(1, keys().inRegister(CENTER_A, KeyCategory.OFFICE_DOOR));
  }

  @Test
  @DisplayName("KY-3.1 ofLock tells one lock's keys from the other locks of the same room")
  void ofLockSeparatesTheLocksOfARoom() {
    Key door = fresh("k-1", 1, DOOR_1203, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    Key deskA = fresh("k-2", 2, DESK_1203, KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    fresh("k-3", 3, Lock.furniture(ROOM_1203, FurnitureKind.DESK, "B"), KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    fresh("k-4", 4, Lock.furniture(ROOM_1203, FurnitureKind.FILING_CABINET, "A"), KeyOrigin.BACKUP, KeyState.IN_BOX, Optional.empty());
    Key workstation = fresh("k-5", 5, WORKSTATION_3, KeyOrigin.CUT, KeyState.HELD, Optional.of(SUPERVISOR));

    assertEquals(List.of(door), keys().ofLock(CENTER_A, DOOR_1203));
    assertEquals(List.of(deskA), keys().ofLock(CENTER_A, DESK_1203));
    assertEquals(List.of(workstation), keys().ofLock(CENTER_A, WORKSTATION_3));
    assertEquals(List.of(), keys().ofLock(CENTER_A, Lock.workstation("WS-4")));
  }
}
