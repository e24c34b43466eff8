package io.bizcenter.testkit.keys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
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
import io.bizcenter.core.keys.KeyDesk;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.keys.KeyProcedure;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.core.keys.Tenancies;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.NothingWritten;
import io.bizcenter.testkit.RecordedTenancies;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.Rejections;
import io.bizcenter.testkit.check.StoreSnapshot;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One business center on the in-memory adapter, for the key procedure's tests: a manual clock, sequential ids, a
 * recording notifier, tenancy as the test records it, the business center's staff in every role the source names
 * for keys, a few outsiders, and a second center. Commands come with fresh command ids; {@link #accepted} and
 * {@link #rejected} check that a rejection wrote nothing at all.
 */
final class KeyFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final CenterId HARBOUR = CenterId.of("zz-harbour");
  /** A Monday, 09:00 in Shanghai. */
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  static final String PROCEDURE = KeyProcedure.NAME;

  static final RoomId ROOM_1203 = RoomId.of("1203");
  static final RoomId ROOM_1204 = RoomId.of("1204");
  static final RoomId ROOM_1501 = RoomId.of("1501");
  static final RoomId ROOM_1502 = RoomId.of("1502");
  /** Rents 1203 and 1204; its keys are handed over. */
  static final TenantId ACME = TenantId.of("T-acme");
  /** Rents 1501; its keys are handed over. */
  static final TenantId BETA = TenantId.of("T-beta");
  /** Rents 1502; its move-in has not reached the key handover. */
  static final TenantId GAMMA = TenantId.of("T-gamma");
  static final Lock DOOR_1203 = Lock.officeDoor(ROOM_1203);
  static final Lock DOOR_1204 = Lock.officeDoor(ROOM_1204);
  static final Lock DESK_1203 = Lock.furniture(ROOM_1203, FurnitureKind.DESK, "A");
  static final Lock CABINET_1203 = Lock.furniture(ROOM_1203, FurnitureKind.FILING_CABINET, "A");
  static final Lock EAST_GATE = Lock.publicDoor("East gate");
  static final Lock NORTH_GATE = Lock.publicDoor("North gate");

  final Actor manager = Actors.of("bc-mgr-1", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, TOWER);
  final Actor supervisor = Actors.of("bc-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  final Actor secondSupervisor = Actors.of("bc-sup-2", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  final Actor cleaner = Actors.of("bc-cln-1", Role.CLEANER, Department.BUSINESS_CENTER, TOWER);
  final Actor clerk = Actors.of("bc-stf-1", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
  final Actor successor = Actors.of("bc-stf-2", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
  final Actor receptionist = Actors.of("bc-rcp-1", Role.RECEPTION_STAFF, Department.BUSINESS_CENTER, TOWER);
  final Actor serviceCleaner = Actors.of("sv-cln-1", Role.CLEANER, Department.SERVICE, TOWER);
  final Actor operationsManager = Actors.of("op-mgr-1", Role.OPERATIONS_MANAGER, Department.OPERATIONS, TOWER);
  final Actor managementSupervisor = Actors.of("mo-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.MANAGEMENT_OFFICE, TOWER);
  /** The other center's supervisor: same department and role, another building. */
  final Actor harbourSupervisor = Actors.of("hb-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, HARBOUR);

  private final InMemoryCenter parts = new InMemoryCenter(START, "K");
  final ManualClock clock = parts.clock();
  final RecordingNotifier notifier = parts.notifier();
  final InMemoryStorage storage = parts.storage();
  final RecordedTenancies tenancies = new RecordedTenancies()
      .rents(TOWER, ACME, ROOM_1203, ROOM_1204).keysHandedOver(TOWER, ACME)
      .rents(TOWER, BETA, ROOM_1501).keysHandedOver(TOWER, BETA)
      .rents(TOWER, GAMMA, ROOM_1502);
  final BusinessCenter center;

  KeyFixture() {
    this(center -> KeyPolicy.defaults(), null);
  }

  /** Each center's key policy from {@code policies}. */
  static KeyFixture withPolicies(Function<CenterId, KeyPolicy> policies) {
    return new KeyFixture(policies, null);
  }

  /** A center whose tenancy answers through {@code tenancies} (say {@link Tenancies#NONE}). */
  static KeyFixture askingTenancy(Tenancies tenancies) {
    return new KeyFixture(center -> KeyPolicy.defaults(), tenancies);
  }

  private KeyFixture(Function<CenterId, KeyPolicy> policies, Tenancies askedTenancies) {
    this.center = parts.builder().keyPolicies(policies).tenancies(askedTenancies == null ? tenancies : askedTenancies).build();
  }

  KeyDesk desk() {
    return center.keys();
  }

  static Holder holder(Actor actor) {
    return Holder.staff(actor, Employer.CENTER_STAFF);
  }

  static Holder tenant(TenantId tenant) {
    return Holder.tenant(tenant);
  }

  CommandId freshCommandId() {
    return parts.ids().freshCommandId();
  }

  // ---- commands, each with a fresh command id, for the tower

  RegisterBackup registerBackup(Lock lock) {
    return new RegisterBackup(freshCommandId(), TOWER, lock);
  }

  CutKey cut(Lock lock, Holder to) {
    return new CutKey(freshCommandId(), TOWER, lock, to);
  }

  RecordClientCopy clientCopy(Lock lock, TenantId tenant) {
    return new RecordClientCopy(freshCommandId(), TOWER, lock, tenant, "保洁时在门后发现客户自配钥匙");
  }

  Issue issue(KeyId key, Holder to) {
    return new Issue(freshCommandId(), TOWER, key, to);
  }

  Lend lend(KeyId key, Holder to) {
    return new Lend(freshCommandId(), TOWER, key, to);
  }

  ReturnKey returnKey(KeyId key) {
    return new ReturnKey(freshCommandId(), TOWER, key);
  }

  HandOver handOver(KeyId key, Holder to) {
    return new HandOver(freshCommandId(), TOWER, key, to);
  }

  RecordUse use(KeyId key, MasterKeyPurpose purpose, RoomId room) {
    return new RecordUse(freshCommandId(), TOWER, key, purpose, room);
  }

  ReportLost reportLost(KeyId key) {
    return new ReportLost(freshCommandId(), TOWER, key, "交接时发现缺失");
  }

  Retire retire(KeyId key) {
    return new Retire(freshCommandId(), TOWER, key, "锁芯已更换");
  }

  WriteOff writeOff(KeyId key) {
    return new WriteOff(freshCommandId(), TOWER, key, "锁芯已更换，赔偿已结清");
  }

  // ---- common set-ups, each step by the customer-service supervisor

  /** Registers {@code count} backups of {@code lock} into the box. */
  List<Key> backups(Lock lock, int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> accepted(registerBackup(lock), supervisor)).toList();
  }

  /** A key of {@code lock} cut for {@code to}: a master key, or a copy cut from a backup registered first. */
  Key cutFor(Lock lock, Holder to) {
    if (lock.opensAClientsRoom() && desk().keyBox(supervisor, TOWER, lock.room()).get().stream().noneMatch(k -> k.lock().equals(lock))) {
      accepted(registerBackup(lock), supervisor);
    }
    return accepted(cut(lock, to), supervisor);
  }

  // ---- sending

  Either<Rejection, Key> send(KeyCommand command, Actor actor) {
    return desk().handle(command, actor);
  }

  Key accepted(KeyCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(5));
    Either<Rejection, Key> answer = send(command, actor);
    assertTrue(answer.isRight(), () -> "expected " + command + " to be accepted, got " + answer.getLeft());
    return answer.get();
  }

  /** The rejection of {@code command}, having checked that it wrote nothing at all, not even a receipt of its own. */
  Rejection rejected(KeyCommand command, Actor actor) {
    return NothingWritten.rejection(command, () -> send(command, actor), this::snapshot, storage);
  }

  /** The field errors of a command refused as bad input (GS-1), having checked code, clause and both languages. */
  Map<String, FieldError.Problem> fieldErrors(KeyCommand command, Actor actor) {
    return Rejections.fieldErrorsOf(rejected(command, actor));
  }

  // ---- reading back

  Key stored(KeyId id) {
    return desk().find(supervisor, TOWER, id).get();
  }

  List<AuditEntry> trail(KeyId id) {
    return desk().trail(supervisor, TOWER, id).get();
  }

  AuditEntry lastEntry(KeyId id) {
    List<AuditEntry> trail = trail(id);
    return trail.get(trail.size() - 1);
  }

  List<Key> heldBy(TenantId tenant) {
    return desk().heldByTenant(supervisor, TOWER, tenant).get();
  }

  List<Key> heldBy(Actor staff) {
    return desk().heldByStaff(supervisor, TOWER, staff.staff()).get();
  }

  List<Key> box(RoomId room) {
    return desk().keyBox(supervisor, TOWER, room).get();
  }

  List<AgendaItem> agendaOf(Actor actor, KeyId id) {
    return center.agenda().dueBy(actor, TOWER, Instant.parse("2100-01-01T00:00:00Z")).stream()
        .filter(i -> i.caseId().equals(id.value())).toList();
  }

  /** Everything a command could write, in both centers, and the notices delivered so far. */
  StoreSnapshot snapshot() {
    return parts.snapshot(List.of(TOWER, HARBOUR));
  }
}
