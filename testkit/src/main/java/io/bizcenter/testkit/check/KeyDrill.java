package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.Occupant;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.tenancy.Occupancy;
import io.bizcenter.testkit.KeyCommands;
import io.bizcenter.testkit.RecordedTenancies;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Key control (KY), driven through {@link KeyCommands}, in a world of tenants the drill records itself
 * ({@link RecordedTenancies}, wired into each run's center): in each center five rooms, four let at first (three with their
 * keys handed over), and beside the steps tenancy's own events: a key handover reached, a room let again, a move-out that
 * first brings every key the tenant holds back (or records it lost). Keys go to the center's staff, a few outsiders,
 * contractors in the center's roles, and the tenants. A tenant the drill did not record is answered by the center's own
 * tenancy, so that the tenancy drills' move-ins get their keys in the same run. A drill serves one check at a time: its
 * record of the tenants is the current run's.
 */
public final class KeyDrill extends Drill<KeyState, KeyAction, Key, KeyCommand> {
  /** The rooms of each center. */
  public static final List<RoomId> ROOMS = Stream.of("101", "102", "103", "104", "105").map(RoomId::of).toList();
  /** The roles that may hold a master key (KY-1.1). */
  public static final Set<Role> MASTER_KEY_ROLES = EnumSet.of(Role.DEPARTMENT_MANAGER, Role.CUSTOMER_SERVICE_SUPERVISOR, Role.CLEANER);
  /** The staff who may be given keys: the business center's roles, a few outsiders, and contractors in the center's roles (KY-1.1). */
  public static final List<Holder> STAFF = List.of(
      staff("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER),
      staff("bc-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER),
      staff("bc-sup-2", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER),
      staff("bc-cln", Role.CLEANER, Department.BUSINESS_CENTER),
      staff("bc-stf-1", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER),
      staff("bc-stf-2", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER),
      staff("bc-rcp", Role.RECEPTION_STAFF, Department.BUSINESS_CENTER),
      staff("sv-cln", Role.CLEANER, Department.SERVICE),
      staff("op-mgr", Role.OPERATIONS_MANAGER, Department.OPERATIONS),
      contractor("ct-cln", Role.CLEANER, Department.BUSINESS_CENTER),
      contractor("ct-sup", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER),
      contractor("ct-stf", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER));
  /** The ways into the register, weighted towards those whose rules span keys (the master-key count, copies from a backup). */
  private static final List<KeyAction> OPENINGS = List.of(
      KeyAction.CUT_MASTER_KEY, KeyAction.CUT_MASTER_KEY, KeyAction.CUT_MASTER_KEY,
      KeyAction.REGISTER_DOOR_BACKUP, KeyAction.REGISTER_DOOR_BACKUP, KeyAction.CUT_DOOR_KEY, KeyAction.CUT_DOOR_KEY, KeyAction.CUT_DOOR_KEY,
      KeyAction.REGISTER_FURNITURE_BACKUP, KeyAction.CUT_FURNITURE_KEY, KeyAction.CUT_FURNITURE_KEY,
      KeyAction.ISSUE_WORKSTATION_KEY, KeyAction.ISSUE_PUBLIC_DOOR_KEY, KeyAction.RECORD_CLIENT_COPY);

  private RecordedTenancies tenancies = new RecordedTenancies();
  /** The current run's center, known from its first step on: it answers for the tenants the drill did not record. */
  private BusinessCenter world;
  private final Map<CenterId, List<TenantId>> tenants = new HashMap<>();
  private final Map<CenterId, Set<RoomId>> freeRooms = new HashMap<>();
  private int nextTenant;

  public KeyDrill() {
    super(Shapes.CENTER.keys().definition());
  }

  private static Holder staff(String id, Role role, Department department) {
    return Holder.staff(StaffId.of(id), role, department, Employer.CENTER_STAFF);
  }

  /** An outsourced worker entered in one of the business center's roles. */
  private static Holder contractor(String id, Role role, Department department) {
    return Holder.staff(StaffId.of(id), role, department, Employer.CONTRACTOR);
  }

  /** The run's tenancy, as the drill records it, wired into the run's center; the vendor's {@code more(builder)} may set its own. */
  @Override
  protected BusinessCenter.Builder wire(BusinessCenter.Builder builder) {
    tenancies = new RecordedTenancies();
    tenants.clear();
    freeRooms.clear();
    nextTenant = 0;
    for (CenterId c : ProcedureCheck.CENTERS) {
      tenants.put(c, new ArrayList<>());
      freeRooms.put(c, new LinkedHashSet<>(ROOMS.subList(4, 5)));
      letTo(c, List.of(ROOMS.get(0), ROOMS.get(1)), true);
      letTo(c, List.of(ROOMS.get(2)), true);
      letTo(c, List.of(ROOMS.get(3)), false);
    }
    world = null;
    // a tenant the drill did not record is tenancy's own (a move-in of the tenancy drills, in the same run): the desk answers
    return builder.tenancies((c, t) -> {
      Occupant recorded = tenancies.occupant(c, t);
      if (!recorded.equals(Occupant.UNKNOWN) || world == null) {
        return recorded;
      }
      Occupancy o = world.tenancy().occupancy(c, t);
      return new Occupant(o.rooms(), o.keyHandoverReached(), o.movedOut());
    });
  }

  /** The tenant as the current run's tenancy knows it. */
  public Occupant occupant(CenterId center, TenantId tenant) {
    return tenancies.occupant(center, tenant);
  }

  /** The tenants the current run has had in {@code center}, in the order they came, moved out or not. */
  public List<TenantId> tenants(CenterId center) {
    return List.copyOf(tenants.getOrDefault(center, List.of()));
  }

  /** Everyone who may be given a key in {@code center}: {@link #STAFF} and the current run's tenants. */
  public List<Holder> holders(CenterId center) {
    List<Holder> all = new ArrayList<>(STAFF);
    tenants.getOrDefault(center, List.of()).forEach(t -> all.add(Holder.tenant(t)));
    return all;
  }

  private TenantId letTo(CenterId c, List<RoomId> rooms, boolean handedOver) {
    TenantId tenant = TenantId.of("T-" + (++nextTenant));
    tenancies.rents(c, tenant, rooms.toArray(RoomId[]::new));
    if (handedOver) {
      tenancies.keysHandedOver(c, tenant);
    }
    tenants.get(c).add(tenant);
    rooms.forEach(freeRooms.get(c)::remove);
    return tenant;
  }

  /** Tenancy's own events, now and then: a key handover reached, a move-out, a free room let again. */
  @Override
  protected Optional<String> aside(RandomGenerator random, BusinessCenter center, Storage storage, Instant now) {
    world = center;
    if (random.nextInt(12) != 0) {
      return Optional.empty();
    }
    CenterId c = ProcedureCheck.CENTERS.get(random.nextInt(ProcedureCheck.CENTERS.size()));
    List<TenantId> present = tenants.get(c).stream().filter(t -> !occupant(c, t).movedOut()).toList();
    int roll = random.nextInt(3);
    if (roll == 0 && !present.isEmpty()) {
      TenantId t = present.get(random.nextInt(present.size()));
      tenancies.keysHandedOver(c, t);
      return Optional.of("key handover of " + t + "@" + c);
    }
    if (roll == 1 && !present.isEmpty()) {
      return Optional.of(moveOut(center, c, present.get(random.nextInt(present.size())), random));
    }
    if (!freeRooms.get(c).isEmpty()) {
      RoomId room = freeRooms.get(c).iterator().next();
      TenantId t = letTo(c, List.of(room), random.nextBoolean());
      return Optional.of(room + "@" + c + " let to " + t);
    }
    return Optional.empty();
  }

  /** KY-2.4, MO-3.3: move-out asks what the tenant still holds; each key comes back or is recorded lost; then it leaves. */
  private String moveOut(BusinessCenter center, CenterId c, TenantId tenant, RandomGenerator random) {
    Actor desk = Actor.of("bc-stf-1", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, c);
    List<String> done = new ArrayList<>();
    for (Key k : center.keys().stillHeldBy(c, tenant)) {
      CommandId id = CommandId.of("move-out-" + Long.toUnsignedString(random.nextLong(), 36));
      boolean lost = random.nextInt(4) == 0;
      KeyCommand back = lost ? new KeyCommand.ReportLost(id, c, k.id(), "退租时未交回") : new KeyCommand.ReturnKey(id, c, k.id());
      Either<Rejection, Key> answer = center.keys().handle(back, desk);
      if (answer.isLeft()) {
        throw new AssertionError("every key a tenant holds can come back at move-out: " + k.id() + " refused " + answer.getLeft().code());
      }
      done.add(k.id() + (lost ? " lost" : " returned"));
    }
    if (!center.keys().stillHeldBy(c, tenant).isEmpty()) {
      throw new AssertionError("the tenant holds nothing when it leaves: " + tenant + "@" + c);
    }
    freeRooms.get(c).addAll(occupant(c, tenant).rooms());
    tenancies.movedOut(c, tenant);
    return "move-out of " + tenant + "@" + c + (done.isEmpty() ? "" : ", keys " + done);
  }

  @Override
  protected ProcedureDefinition<KeyState, KeyAction, Key, KeyCommand> definitionIn(BusinessCenter center) {
    return center.keys().definition();
  }

  @Override
  protected CaseStore<Key> cases(Storage storage) {
    return storage.keys();
  }

  @Override
  protected Either<Rejection, Key> send(BusinessCenter center, KeyCommand command, Actor actor) {
    return center.keys().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<KeyAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.keys().availableActions(actor, where, KeyId.of(caseId));
  }

  /** A new key for a likely recipient; a door or furniture copy mostly cut from a backup in the box, for the room's tenant. */
  @Override
  protected KeyCommand opening(RandomGenerator random, CenterId c, Storage storage, Instant now) {
    // openings are rarer than steps on keys: half the time, a copy from a backup whose room's tenant has its keys
    List<Key> ready = storage.keys().all(c).stream().filter(k -> k.origin() == KeyOrigin.BACKUP && k.state() == KeyState.IN_BOX)
        .filter(k -> tenantOf(c, k.lock()).isPresent()).toList();
    if (!ready.isEmpty() && random.nextBoolean()) {
      Lock lock = ready.get(random.nextInt(ready.size())).lock();
      return new KeyCommand.CutKey(CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36)), c, lock, tenantOf(c, lock).get());
    }
    KeyAction action = OPENINGS.get(random.nextInt(OPENINGS.size()));
    KeyCategory category = switch (action) {
      case CUT_MASTER_KEY -> KeyCategory.MASTER;
      case REGISTER_FURNITURE_BACKUP, CUT_FURNITURE_KEY -> KeyCategory.CLIENT_FURNITURE;
      case ISSUE_WORKSTATION_KEY -> KeyCategory.WORKSTATION;
      case ISSUE_PUBLIC_DOOR_KEY -> KeyCategory.PUBLIC_DOOR;
      default -> KeyCategory.OFFICE_DOOR;
    };
    List<Holder> likely = likelyHolders(random, c, category);
    Holder to = likely.get(random.nextInt(likely.size()));
    if ((action == KeyAction.CUT_DOOR_KEY || action == KeyAction.CUT_FURNITURE_KEY) && random.nextInt(10) < 7) {
      List<Key> backups = storage.keys().ofCategory(c, category).stream()
          .filter(k -> k.origin() == KeyOrigin.BACKUP && k.state() == KeyState.IN_BOX).toList();
      if (!backups.isEmpty()) {
        Lock lock = backups.get(random.nextInt(backups.size())).lock();
        Holder tenant = tenants.get(c).stream().filter(t -> occupant(c, t).rooms().contains(lock.room())).findFirst()
            .map(Holder::tenant).orElse(to);
        return new KeyCommand.CutKey(CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36)), c, lock, tenant);
      }
    }
    // a client's key is most often cut for a room its recipient rents
    List<RoomId> rooms = to.tenant().map(t -> List.copyOf(occupant(c, t).rooms())).filter(r -> !r.isEmpty() && random.nextInt(5) != 0)
        .orElse(ROOMS);
    return KeyCommands.wellFormedFor(random, c, KeyId.of("none"), action, rooms, List.of(to));
  }

  @Override
  protected KeyCommand commandFor(RandomGenerator random, Key current, KeyAction action, Storage storage, Instant now) {
    List<RoomId> rooms = current.lock().inRoom().map(List::of).orElse(ROOMS);
    return KeyCommands.wellFormedFor(random, current.center(), current.id(), action, rooms, likelyHolders(random, current.center(), current.category()));
  }

  /** The present tenant of the room of {@code lock} whose keys have been handed over, if any. */
  private Optional<Holder> tenantOf(CenterId c, Lock lock) {
    return tenants.get(c).stream().filter(t -> {
      Occupant o = occupant(c, t);
      return !o.movedOut() && o.keyHandoverReached() && o.rooms().contains(lock.room());
    }).findFirst().map(Holder::tenant);
  }

  /** Mostly holders the category's rule admits, sometimes anyone (so the rule is also seen refusing). */
  private List<Holder> likelyHolders(RandomGenerator random, CenterId c, KeyCategory category) {
    if (random.nextInt(5) == 0) {
      return holders(c);
    }
    List<Holder> likely = switch (category) {
      case MASTER -> STAFF.stream().filter(h -> h.department() == Department.BUSINESS_CENTER && MASTER_KEY_ROLES.contains(h.role())).toList();
      case OFFICE_DOOR, CLIENT_FURNITURE -> tenants.get(c).stream().map(Holder::tenant).toList();
      case WORKSTATION -> STAFF.stream().filter(h -> h.department() == Department.BUSINESS_CENTER).toList();
      case PUBLIC_DOOR -> STAFF.stream().filter(h -> h.role() == Role.CUSTOMER_SERVICE_SUPERVISOR).toList();
    };
    return likely.isEmpty() ? holders(c) : likely;
  }

  @Override
  protected KeyCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return KeyCommands.arbitrary(random, centers, knownIds.stream().map(KeyId::of).toList());
  }

  /** Those of the business center who keep, lend or use keys: its manager, supervisors, cleaner and staff. */
  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    return STAFF.subList(0, 5).stream().map(h -> new Actor(h.staff().orElseThrow(), h.role(), h.department(), Set.of(center))).toList();
  }

  @Override
  protected Duties<Key> dutiesIn(BusinessCenter center) {
    return center.keys().duties();
  }

  /** The import of a building's register (GS-6) is driven by testkit's ImportContract on every store, not by this drill. */
  @Override
  protected Set<KeyAction> notDrilled() {
    return EnumSet.of(KeyAction.IMPORT_BACKUP, KeyAction.IMPORT_HELD, KeyAction.IMPORT_LOST);
  }

  @Override
  protected int weight(KeyAction action) {
    return switch (action) {
      case REPORT_LOST, RETIRE, WRITE_OFF -> 3;
      default -> 10;
    };
  }
}
