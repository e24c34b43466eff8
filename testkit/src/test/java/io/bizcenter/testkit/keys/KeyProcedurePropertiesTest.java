package io.bizcenter.testkit.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.ChargeKind;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.HolderKind;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyCharge;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.keys.KeyProcedure;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.Occupant;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.KeyCommands;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordedTenancies;
import io.bizcenter.testkit.Sequences;
import io.bizcenter.testkit.StepSequences;
import io.bizcenter.testkit.check.CommandJudge;
import io.bizcenter.testkit.check.Step;
import io.bizcenter.testkit.check.StepLog;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful property test of key control: random sequences of commands (issue, cut, lend, return, use, lose, hand over,
 * retire, write off; well-formed, repeated or arbitrary) by random actors of two centers, mixed with tenancy's own
 * events (a key handover reached, a move-out that first brings every key back, a room let again), run against a fresh
 * in-memory business center. After every step the register's invariants must hold; a rejected command changes
 * nothing; no exception escapes; and a well-formed command is rejected exactly when the declaration says so. On
 * failure QuickTheories shrinks the sequence and prints its seed (rerun with {@code -DQT_SEED=<seed>}).
 */
class KeyProcedurePropertiesTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final CenterId PLAZA = CenterId.of("yy-plaza");
  private static final List<CenterId> CENTERS = List.of(TOWER, PLAZA);
  private static final List<RoomId> ROOMS = Stream.of("101", "102", "103", "104", "105").map(RoomId::of).toList();
  /** Two master keys, so that sequences often reach the limit (KY-1.4). */
  private static final KeyPolicy POLICY = KeyPolicy.defaults().withMasterKeys(io.bizcenter.core.kernel.PolicyVersion.of("two-master-keys"), 2);
  /** The ways into the register, weighted towards those whose rules span keys (the master-key count, copies from a backup). */
  private static final List<KeyAction> OPENINGS = List.of(
      KeyAction.CUT_MASTER_KEY, KeyAction.CUT_MASTER_KEY, KeyAction.CUT_MASTER_KEY,
      KeyAction.REGISTER_DOOR_BACKUP, KeyAction.REGISTER_DOOR_BACKUP, KeyAction.CUT_DOOR_KEY, KeyAction.CUT_DOOR_KEY, KeyAction.CUT_DOOR_KEY,
      KeyAction.REGISTER_FURNITURE_BACKUP, KeyAction.CUT_FURNITURE_KEY, KeyAction.CUT_FURNITURE_KEY,
      KeyAction.ISSUE_WORKSTATION_KEY, KeyAction.ISSUE_PUBLIC_DOOR_KEY, KeyAction.RECORD_CLIENT_COPY);
  private static final Set<Role> MASTER_KEY_ROLES = EnumSet.of(Role.DEPARTMENT_MANAGER, Role.CUSTOMER_SERVICE_SUPERVISOR, Role.CLEANER);
  /** The staff who may be given keys: the business center's roles, a few outsiders, and contractors in the center's roles (KY-1.1). */
  private static final List<Holder> STAFF = List.of(
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

  /** Repeats, arbitrary input, tenancy's own events, then mostly offered actions, so that keys get deep into their lives. */
  private static final Gen<List<Step>> SEQUENCES = StepSequences.of(new Step.Mix(6, 14, 22, 35), 50);

  /** What the generated sequences reached: a property that never reaches a state or an action proves nothing about it. */
  private static final Set<KeyState> REACHED = EnumSet.noneOf(KeyState.class);
  private static final Set<KeyAction> ACCEPTED = EnumSet.noneOf(KeyAction.class);
  /** KY-1.1: master keys refused to a contractor in a master-key role; a property that never tries it proves nothing. */
  private static final java.util.concurrent.atomic.AtomicInteger REFUSED_TO_CONTRACTORS = new java.util.concurrent.atomic.AtomicInteger();

  @Test
  @DisplayName("KY-0.1 KY-1.1 KY-1.2 KY-1.3 KY-1.4 KY-2.1 KY-2.2 KY-2.3 KY-2.4 KY-3.1 KY-3.2 KY-4.1 GS-2 GS-5 GS-6 random sequences keep every invariant of the register")
  void randomSequencesKeepTheInvariants() {
    qt().withExamples(200).withShrinkCycles(1000).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    assertEquals(EnumSet.allOf(KeyState.class), REACHED, "every state was reached by some sequence");
    assertEquals(EnumSet.allOf(KeyAction.class), ACCEPTED, "every action was accepted in some sequence");
    assertTrue(REFUSED_TO_CONTRACTORS.get() > 0, "KY-1.1 some sequence offered a contractor a master key, and it was refused");
  }

  private static Holder staff(String id, Role role, Department department) {
    return Holder.staff(StaffId.of(id), role, department, Employer.CENTER_STAFF);
  }

  /** An outsourced worker entered in one of the business center's roles. */
  private static Holder contractor(String id, Role role, Department department) {
    return Holder.staff(StaffId.of(id), role, department, Employer.CONTRACTOR);
  }

  /** Two business centers, their tenancy as the test records it, and everything the test knows about them. */
  private static final class Run {
    private final InMemoryCenter parts = new InMemoryCenter(Instant.parse("2026-05-01T01:00:00Z"), "K");
    private final ManualClock clock = parts.clock();
    private final InMemoryStorage storage = parts.storage();
    private final RecordedTenancies tenancies = new RecordedTenancies();
    private final BusinessCenter center = parts.builder().tenancies(tenancies).keyPolicies(c -> POLICY).build();
    /** Each center's tenants, in the order they came, and the rooms no tenant rents now. */
    private final Map<CenterId, List<TenantId>> tenants = new HashMap<>();
    private final Map<CenterId, Set<RoomId>> freeRooms = new HashMap<>();
    private final List<KeyId> known = new ArrayList<>();
    private final Map<KeyId, CenterId> homeOf = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final StepLog log = new StepLog();
    private final CommandJudge<Key> judge = new CommandJudge<>(parts.ids(), () -> parts.snapshot(CENTERS), log);
    private int nextTenant;

    /** A command as sent, remembering whether it was well-formed (only those have an oracle). */
    record Sent(KeyCommand command, Actor actor, boolean arbitrary) {}

    Run() {
      for (CenterId c : CENTERS) {
        tenants.put(c, new ArrayList<>());
        freeRooms.put(c, new LinkedHashSet<>(ROOMS.subList(4, 5)));
        letTo(c, List.of(ROOMS.get(0), ROOMS.get(1)), true);
        letTo(c, List.of(ROOMS.get(2)), true);
        letTo(c, List.of(ROOMS.get(3)), false);
      }
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

    void play(List<Step> steps) {
      Sequences.play(steps, random -> clock.advance(Duration.ofMinutes(random.nextInt(300))), this::tenancyEvent, this::checkInvariants,
          (step, random) -> perform(choose(step, random)));
    }

    // ---- tenancy's own events

    private void tenancyEvent(SplittableRandom random) {
      CenterId c = CENTERS.get(random.nextInt(CENTERS.size()));
      List<TenantId> present = tenants.get(c).stream().filter(t -> !occupant(c, t).movedOut()).toList();
      int roll = random.nextInt(3);
      if (roll == 0 && !present.isEmpty()) {
        TenantId t = present.get(random.nextInt(present.size()));
        log.add("tenancy: key handover of " + t + "@" + c);
        tenancies.keysHandedOver(c, t);
      } else if (roll == 1 && !present.isEmpty()) {
        moveOut(c, present.get(random.nextInt(present.size())), random);
      } else if (!freeRooms.get(c).isEmpty()) {
        RoomId room = freeRooms.get(c).iterator().next();
        TenantId t = letTo(c, List.of(room), random.nextBoolean());
        log.add("tenancy: " + room + "@" + c + " let to " + t);
      }
    }

    /** KY-2.4, MO-3.3: move-out asks what the tenant still holds; each key comes back or is recorded lost; then it leaves. */
    private void moveOut(CenterId c, TenantId tenant, SplittableRandom random) {
      log.add("tenancy: move-out of " + tenant + "@" + c);
      Actor desk = Actor.of("bc-stf-1", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, c);
      for (Key k : center.keys().stillHeldBy(c, tenant)) {
        KeyCommand back = random.nextInt(4) == 0
            ? new KeyCommand.ReportLost(commandId(random), c, k.id(), "退租时未交回")
            : new KeyCommand.ReturnKey(commandId(random), c, k.id());
        Either<Rejection, Key> answer = perform(new Sent(back, desk, false));
        assertTrue(answer.isRight(), () -> "every key a tenant holds can come back at move-out: " + answer + log.trace());
      }
      assertEquals(List.of(), center.keys().stillHeldBy(c, tenant), "the tenant holds nothing when it leaves" + log.trace());
      freeRooms.get(c).addAll(occupant(c, tenant).rooms());
      tenancies.movedOut(c, tenant);
    }

    private Occupant occupant(CenterId c, TenantId t) {
      return tenancies.occupant(c, t);
    }

    // ---- commands

    private Sent choose(Step step, SplittableRandom random) {
      if (step.repeatsAnEarlierCommand() && !sent.isEmpty()) {
        return sent.get(random.nextInt(sent.size()));
      }
      CenterId c = CENTERS.get(random.nextInt(CENTERS.size()));
      if (step.arbitrary()) {
        return new Sent(KeyCommands.arbitrary(random, CENTERS, known), anyActor(random, c), true);
      }
      if (step.offered()) {
        Sent offered = offered(random);
        if (offered != null) {
          return offered;
        }
      }
      Actor actor = anyActor(random, c);
      return new Sent(KeyCommands.wellFormed(random, c, known, ROOMS, holders(c)), actor, false);
    }

    /** An action the declaration offers: on a known key for the actor asking, or a new key for a likely recipient. */
    private Sent offered(SplittableRandom random) {
      // mostly the tower, so that one center's register fills up and its limits are met
      CenterId c = random.nextInt(4) == 0 ? PLAZA : TOWER;
      Actor actor = businessCenterActor(random, c);
      List<KeyId> here = known.stream().filter(id -> homeOf.get(id).equals(c)).toList();
      if (!here.isEmpty() && random.nextBoolean()) {
        KeyId id = here.get(random.nextInt(here.size()));
        List<KeyAction> actions = center.keys().availableActions(actor, c, id).get();
        if (actions.isEmpty()) {
          return null;
        }
        KeyAction action = actions.get(random.nextInt(actions.size()));
        Key key = storage.keys().find(c, id.value()).get();
        return new Sent(KeyCommands.wellFormedFor(random, c, id, action, roomsOf(key), likelyHolders(random, c, key.category())), actor, false);
      }
      KeyAction action = OPENINGS.get(random.nextInt(OPENINGS.size()));
      if (!center.keys().openingActions(actor).contains(action)) {
        return null;
      }
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
        // a copy is cut from a backup in the box: most often one that is there, for the room's tenant
        List<Key> backups = storage.keys().ofCategory(c, category).stream()
            .filter(k -> k.origin() == KeyOrigin.BACKUP && k.state() == KeyState.IN_BOX).toList();
        if (!backups.isEmpty()) {
          Lock lock = backups.get(random.nextInt(backups.size())).lock();
          Holder tenant = tenants.get(c).stream().filter(t -> occupant(c, t).rooms().contains(lock.room())).findFirst()
              .map(Holder::tenant).orElse(to);
          return new Sent(new KeyCommand.CutKey(commandId(random), c, lock, tenant), actor, false);
        }
      }
      // a client's key is most often cut for a room its recipient rents
      List<RoomId> rooms = to.tenant().map(t -> List.copyOf(occupant(c, t).rooms())).filter(r -> !r.isEmpty() && random.nextInt(5) != 0)
          .orElse(ROOMS);
      return new Sent(KeyCommands.wellFormedFor(random, c, KeyId.of("none"), action, rooms, List.of(to)), actor, false);
    }

    private static List<RoomId> roomsOf(Key key) {
      return key.lock().inRoom().map(List::of).orElse(ROOMS);
    }

    /** Mostly holders the category's rule admits, sometimes anyone (so the rule is also seen refusing). */
    private List<Holder> likelyHolders(SplittableRandom random, CenterId c, KeyCategory category) {
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

    private List<Holder> holders(CenterId c) {
      List<Holder> all = new ArrayList<>(STAFF);
      tenants.get(c).forEach(t -> all.add(Holder.tenant(t)));
      return all;
    }

    /** Someone of the business center who keeps, lends or uses keys. */
    private static Actor businessCenterActor(SplittableRandom random, CenterId c) {
      // the supervisor twice: most of the register's steps are hers
      List<Holder> keepers = List.of(STAFF.get(0), STAFF.get(1), STAFF.get(2), STAFF.get(1), STAFF.get(3), STAFF.get(4));
      Holder h = keepers.get(random.nextInt(keepers.size()));
      return new Actor(h.staff().orElseThrow(), h.role(), h.department(), Set.of(c));
    }

    private static Actor anyActor(SplittableRandom random, CenterId c) {
      return random.nextInt(4) == 0 ? Actors.any(random, CENTERS) : businessCenterActor(random, c);
    }

    private Either<Rejection, Key> perform(Sent s) {
      CommandJudge.Verdict<Key> verdict = judge.judge(s.command(), s.actor(), s.arbitrary(), () -> center.keys().handle(s.command(), s.actor()),
          () -> oracle(s), Key::state);
      verdict.answer().orElseRun(refused -> {
        if (refused instanceof KeyRejection.MasterKeyForCenterStaffOnly) {
          REFUSED_TO_CONTRACTORS.incrementAndGet();
        }
      });
      verdict.answer().forEach(after -> {
        REACHED.add(after.state());
        if (!verdict.repeat()) {
          ACCEPTED.add(s.command().action());
        }
        if (!homeOf.containsKey(after.id())) {
          known.add(after.id());
          homeOf.put(after.id(), after.center());
        }
      });
      sent.add(s);
      checkInvariants();
      return verdict.answer();
    }

    /** What the declaration says about a well-formed command, worked out from the register before it runs. */
    private Either<Rejection, KeyState> oracle(Sent s) {
      KeyCommand c = s.command();
      var definition = center.keys().definition();
      String target = c instanceof KeyCommand.OnKey on ? on.keyId().value() : null;
      if (!s.actor().worksFor(c.center())) {
        return Either.left(target == null ? new Rejection.NotInYourCenter(c.center()) : new Rejection.CaseNotFound(KeyProcedure.NAME, target));
      }
      if (target == null) {
        return definition.permitsOpening(c.action(), c, s.actor()).map(t -> t.to());
      }
      return storage.keys().find(c.center(), target)
          .toEither(() -> (Rejection) new Rejection.CaseNotFound(KeyProcedure.NAME, target))
          .flatMap(k -> definition.permits(k.state(), k, c.action(), c, s.actor(), () -> storage.eventLog().trail(c.center(), KeyProcedure.NAME, target)))
          .map(t -> t.to());
    }

    // ---- invariants

    private void checkInvariants() {
      for (CenterId c : CENTERS) {
        List<Key> all = storage.keys().all(c);
        for (Key k : all) {
          String where = k.id() + " " + k.category() + " " + k.state() + log.trace();
          eachKeyIsInExactlyOnePlace(k, where);
          onlyTheRightHoldersHoldIt(c, k, where);
          chargesFollowThePolicy(k, where);
          theTrailTellsItsLife(c, k, where);
        }
        masterKeysWithinTheCount(c, all);
        theRegistersQuestionsAgree(c, all);
        locksHaveNoMoreKeysThanAllowed(c, all);
        for (TenantId t : tenants.get(c)) {
          if (occupant(c, t).movedOut()) {
            assertEquals(List.of(), storage.keys().heldBy(c, Holder.tenant(t)), "a tenant that moved out holds no key " + t + log.trace());
          }
        }
      }
    }

    private static void eachKeyIsInExactlyOnePlace(Key k, String where) {
      switch (k.state()) {
        case IN_BOX, RETIRED -> assertTrue(k.holder().isEmpty(), where);
        case HELD, LENT -> assertTrue(k.holder().isPresent(), where);
        case LOST -> assertTrue(k.holder().isEmpty() && k.lostBy().isPresent(), where);
      }
      if (k.origin() == KeyOrigin.BACKUP) {
        assertTrue(k.state() != KeyState.HELD, "KY-2.3 KY-3.1 a backup leaves the box only on loan " + where);
      }
      if (k.category() == KeyCategory.WORKSTATION || k.category() == KeyCategory.PUBLIC_DOOR) {
        assertTrue(k.state() != KeyState.IN_BOX && k.state() != KeyState.LENT, "KY-3.2 KY-4.1 never in the box " + where);
      }
    }

    private void onlyTheRightHoldersHoldIt(CenterId c, Key k, String where) {
      if (!k.isOut()) {
        return;
      }
      Holder h = k.holder().orElseThrow();
      switch (k.category()) {
        case MASTER -> assertTrue(h.isCenterStaff() && h.department() == Department.BUSINESS_CENTER && MASTER_KEY_ROLES.contains(h.role()),
            "KY-1.1 master keys only with the three roles, of the center's own staff " + where);
        case OFFICE_DOOR, CLIENT_FURNITURE -> {
          TenantId t = h.tenant().orElseThrow(() -> new AssertionError("KY-2.1 a client's key only with a tenant " + where));
          Occupant o = occupant(c, t);
          assertTrue(!o.movedOut() && o.keyHandoverReached() && o.rooms().contains(k.lock().room()),
              "KY-2.1 a tenant holds keys of its own rooms only, from handover to move-out " + o + " " + where);
        }
        case WORKSTATION -> assertTrue(h.isCenterStaff() && h.department() == Department.BUSINESS_CENTER, "KY-3.2 " + where);
        case PUBLIC_DOOR -> assertTrue(h.isCenterStaff() && h.department() == Department.BUSINESS_CENTER
            && h.role() == Role.CUSTOMER_SERVICE_SUPERVISOR, "KY-4.1 " + where);
      }
    }

    private static void chargesFollowThePolicy(Key k, String where) {
      List<KeyCharge> copies = k.charges().stream().filter(ch -> ch.kind() == ChargeKind.COPY).toList();
      if (k.category() == KeyCategory.OFFICE_DOOR && k.origin() == KeyOrigin.CUT) {
        assertEquals(1, copies.size(), "KY-2.3 every door copy is charged once " + where);
        assertEquals(POLICY.copyFee(), copies.get(0).amount(), where);
      }
      if (k.origin() != KeyOrigin.CUT) {
        assertEquals(List.of(), copies, "nothing cut, nothing charged " + where);
      }
      List<KeyCharge> compensations = k.charges().stream().filter(ch -> ch.kind() == ChargeKind.COMPENSATION).toList();
      boolean lostByATenant = k.lostBy().flatMap(Holder::tenant).isPresent();
      assertEquals(lostByATenant ? 1 : 0, compensations.size(), "KY-2.4 KY-3.1 a tenant's lost key is compensated " + where);
      compensations.forEach(ch -> assertEquals(POLICY.compensationFor(k.category()), ch.amount(), where));
    }

    private void theTrailTellsItsLife(CenterId c, Key k, String where) {
      List<AuditEntry> trail = storage.eventLog().trail(c, KeyProcedure.NAME, k.id().value());
      assertEquals(k.version(), trail.size(), "GS-6 one audit entry per version " + where);
      assertEquals(k.state().name(), trail.get(trail.size() - 1).to(), where);
      for (int i = 0; i < trail.size(); i++) {
        assertEquals(i == 0 ? null : trail.get(i - 1).to(), trail.get(i).from().orElse(null), "the trail is a chain " + where);
      }
      boolean masterLost = trail.stream().anyMatch(e -> e.action().equals(KeyAction.REPORT_LOST.name())) && k.category() == KeyCategory.MASTER;
      assertEquals(masterLost, trail.stream().flatMap(e -> e.notices().stream()).anyMatch(n -> n.notice().code().equals("KY_MASTER_KEY_LOST")),
          "KY-1.3 a lost master key is raised to management " + where);
      List<AgendaItem> agenda = storage.agenda().forCase(c, KeyProcedure.NAME, k.id().value());
      if (k.state() == KeyState.LENT) {
        Instant due = POLICY.lendingTime().dueFrom(k.stateEnteredAt(), BusinessCenter.DEFAULT_ZONE);
        assertTrue(!agenda.isEmpty() && agenda.stream().allMatch(i -> i.dueAt().equals(due)), "GS-7 a lent key is due back " + where);
      } else {
        assertEquals(List.of(), agenda, "GS-7 only a lent key owes something " + where);
      }
    }

    private static void masterKeysWithinTheCount(CenterId c, List<Key> all) {
      long masters = all.stream().filter(k -> k.category() == KeyCategory.MASTER && k.inRegister()).count();
      assertTrue(masters <= POLICY.masterKeys(), "KY-1.4 at most " + POLICY.masterKeys() + " master keys, found " + masters + " in " + c);
    }

    /** The store's questions answer what the keys themselves say: each key is in one place, whoever asks. */
    private void theRegistersQuestionsAgree(CenterId c, List<Key> all) {
      Set<String> holderRefs = new LinkedHashSet<>();
      holders(c).forEach(h -> holderRefs.add(h.reference()));
      all.stream().flatMap(k -> k.holder().stream()).forEach(h -> holderRefs.add(h.reference()));
      int out = 0;
      for (String ref : holderRefs) {
        Holder asked = ref.startsWith("TENANT:") ? Holder.tenant(TenantId.of(ref.substring(7))) : Holder.staff(StaffId.of(ref.substring(6)), null, null, null);
        List<Key> expected = all.stream().filter(k -> k.isOut() && k.holder().orElseThrow().reference().equals(ref)).toList();
        assertEquals(expected, storage.keys().heldBy(c, asked), "heldBy " + ref + log.trace());
        out += expected.size();
      }
      assertEquals(all.stream().filter(Key::isOut).count(), out, "every key out is in exactly one holder's hands" + log.trace());
      for (RoomId room : ROOMS) {
        assertEquals(all.stream().filter(k -> room.equals(k.lock().room())).toList(), storage.keys().ofRoom(c, room), "ofRoom " + room + log.trace());
      }
      for (KeyCategory category : KeyCategory.values()) {
        assertEquals(all.stream().filter(k -> k.category() == category).toList(), storage.keys().ofCategory(c, category), log.trace());
        assertEquals(all.stream().filter(k -> k.category() == category && k.inRegister()).count(), storage.keys().inRegister(c, category), log.trace());
      }
    }

    private static void locksHaveNoMoreKeysThanAllowed(CenterId c, List<Key> all) {
      Map<Lock, List<Key>> byLock = all.stream().filter(Key::inRegister).collect(Collectors.groupingBy(Key::lock, LinkedHashMap::new, Collectors.toList()));
      byLock.forEach((lock, keys) -> {
        long backups = keys.stream().filter(k -> k.origin() == KeyOrigin.BACKUP).count();
        KeyCategory category = keys.get(0).category();
        String where = lock + " in " + c + ": " + keys.stream().map(k -> k.id().value()).toList();
        switch (category) {
          case OFFICE_DOOR -> assertTrue(backups <= POLICY.doorKeysPerOffice(), "KY-2.2 " + where);
          case CLIENT_FURNITURE -> assertTrue(backups <= 1, "KY-3.1 one backup per piece " + where);
          case WORKSTATION -> assertEquals(1, keys.size(), "KY-3.2 one key per workstation " + where);
          case PUBLIC_DOOR -> assertEquals(1, keys.size(), "KY-4.1 one key per public door " + where);
          case MASTER -> { }
        }
      });
      Map<String, Long> workstationsPerHolder = all.stream().filter(k -> k.category() == KeyCategory.WORKSTATION && k.isOut())
          .collect(Collectors.groupingBy(k -> k.holder().orElseThrow().reference(), Collectors.counting()));
      workstationsPerHolder.forEach((holder, n) -> assertEquals(1L, n, "KY-3.2 one workstation key per staff member: " + holder));
    }

    private static CommandId commandId(SplittableRandom random) {
      return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
    }
  }
}
