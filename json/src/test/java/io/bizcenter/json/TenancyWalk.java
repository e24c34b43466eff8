package io.bizcenter.json;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyDesk;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.TenancyDesk;
import io.bizcenter.testkit.KeyCommands;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.bizcenter.testkit.TenancyCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Move-ins, lease watches and move-outs walked at random through an in-memory center with testkit's tenancy generators
 * (testkit's check drives the other procedures, not these): each step an actor whom the declaration offers an action
 * sends a command fitting the case, so that cases reach their later states.
 */
final class TenancyWalk {
  static final CenterId TOWER = CenterId.of("harbour-tower");
  private static final List<RoomId> ROOMS = List.of(RoomId.of("1203"), RoomId.of("1204"), RoomId.of("1501"), RoomId.of("801"));
  private static final List<TenantId> TENANTS = List.of(TenantId.of("T-acme"), TenantId.of("T-海港"));

  private final SplittableRandom random;
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
  private final InMemoryStorage storage = new InMemoryStorage();
  private final TenancyDesk desk;
  private final KeyDesk keys;
  private final List<Actor> everyone = new ArrayList<>();
  private final StaffId renovationManager;
  private final StaffId engineer;

  TenancyWalk(long seed) {
    this.random = new SplittableRandom(seed);
    BusinessCenter center = BusinessCenter.builder().storage(storage).clock(clock).ids(new SequentialIds("t-")).notifier(new RecordingNotifier())
        .build();
    this.desk = center.tenancy();
    this.keys = center.keys();
    for (Role role : Role.values()) {
      for (Department department : Department.values()) {
        everyone.add(Actor.of(role.name().toLowerCase() + "@" + department.name().toLowerCase(), role, department, TOWER));
      }
    }
    renovationManager = Actor.of("renovation_manager@engineering", Role.RENOVATION_MANAGER, Department.ENGINEERING, TOWER).staff();
    engineer = Actor.of("staff@engineering", Role.STAFF, Department.ENGINEERING, TOWER).staff();
  }

  InMemoryStorage storage() {
    return storage;
  }

  /** Walks {@code steps} steps, handing the store to {@code after} after each. */
  void walk(int steps, Consumer<InMemoryStorage> after) {
    for (int i = 0; i < steps; i++) {
      clock.advance(Duration.ofMinutes(30 + random.nextInt(600)));
      step();
      after.accept(storage);
    }
  }

  private void step() {
    List<MoveIn> moveIns = storage.moveIns().all(TOWER);
    List<MoveIn> completed = moveIns.stream().filter(m -> m.state() == MoveInState.COMPLETED).toList();
    int kind = random.nextInt(3);
    List<MoveIn> keyless = moveIns.stream().filter(m -> m.state() == MoveInState.EQUIPMENT_ACCEPTED).toList();
    if (!keyless.isEmpty() && random.nextInt(3) == 0) {
      // MI-4.3 wants a door key of every unit in the tenant's hands: key control cuts them
      MoveIn m = keyless.get(random.nextInt(keyless.size()));
      for (RoomId unit : m.units()) {
        for (KeyAction action : List.of(KeyAction.REGISTER_DOOR_BACKUP, KeyAction.CUT_DOOR_KEY)) {
          firstAccepting(a -> keys.handle(KeyCommands.wellFormedFor(random, TOWER, null, action, List.of(unit), List.of(Holder.tenant(m.tenant()))), a)
              .isRight());
        }
      }
      return;
    }
    if (kind == 0 || completed.isEmpty()) {
      if (moveIns.isEmpty() || random.nextInt(15) == 0) {
        firstAccepting(a -> desk.handle(TenancyCommands.fittingMoveInFor(random, TOWER, null, MoveInAction.RECEIVE_MOVE_IN_NOTICE, ROOMS, TENANTS,
            clock.instant(), null, renovationManager), a).isRight());
        return;
      }
      MoveIn m = moveIns.get(random.nextInt(moveIns.size()));
      Offer<MoveInAction> o = offer(a -> desk.availableActions(a, TOWER, m.id()).getOrElse(List.of()));
      if (o != null) {
        desk.handle(TenancyCommands.fittingMoveInFor(random, TOWER, m.id(), o.action(), ROOMS, TENANTS, clock.instant(), m, renovationManager), o.actor());
      }
      return;
    }
    MoveIn done = completed.get(random.nextInt(completed.size()));
    if (kind == 1) {
      List<RenewalVisit> visits = storage.renewalVisits().all(TOWER);
      if (visits.isEmpty() || random.nextInt(4) == 0) {
        firstAccepting(a -> desk.handle(TenancyCommands.leaseFor(random, TOWER, null, RenewalVisitAction.WATCH_LEASE, done.id(), null), a).isRight());
        return;
      }
      RenewalVisit v = visits.get(random.nextInt(visits.size()));
      Offer<RenewalVisitAction> o = offer(a -> desk.availableActions(a, TOWER, v.id()).getOrElse(List.of()));
      if (o != null) {
        desk.handle(TenancyCommands.leaseFor(random, TOWER, v.id(), o.action(), done.id(), v), o.actor());
      }
      return;
    }
    List<MoveOut> moveOuts = storage.moveOuts().all(TOWER);
    if (moveOuts.isEmpty() || random.nextInt(4) == 0) {
      firstAccepting(a -> desk.handle(TenancyCommands.moveOutFor(random, TOWER, null, MoveOutAction.OPEN_MOVE_OUT, done.id(), null, engineer), a)
          .isRight());
      return;
    }
    MoveOut out = moveOuts.get(random.nextInt(moveOuts.size()));
    Offer<MoveOutAction> o = offer(a -> desk.availableActions(a, TOWER, out.id()).getOrElse(List.of()));
    if (o != null) {
      desk.handle(TenancyCommands.moveOutFor(random, TOWER, out.id(), o.action(), out.moveIn(), out, engineer), o.actor());
    }
  }

  private record Offer<A extends Enum<A>>(Actor actor, A action) {}

  /**
   * One of the actions the declaration offers anyone on a case, with who may take it; withdrawing or calling off only
   * now and then, or every case would end there.
   */
  private <A extends Enum<A>> Offer<A> offer(java.util.function.Function<Actor, List<A>> offered) {
    List<Offer<A>> onward = new ArrayList<>();
    List<Offer<A>> ending = new ArrayList<>();
    for (Actor a : everyone) {
      for (A action : offered.apply(a)) {
        (action.name().contains("WITHDRAW") || action.name().contains("CALL_OFF") ? ending : onward).add(new Offer<>(a, action));
      }
    }
    List<Offer<A>> from = onward.isEmpty() || !ending.isEmpty() && random.nextInt(60) == 0 ? ending : onward;
    return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
  }

  private interface Attempt {
    boolean accepted(Actor actor);
  }

  private void firstAccepting(Attempt attempt) {
    for (Actor a : shuffled()) {
      if (attempt.accepted(a)) {
        return;
      }
    }
  }

  private List<Actor> shuffled() {
    List<Actor> order = new ArrayList<>(everyone);
    for (int i = order.size() - 1; i > 0; i--) {
      java.util.Collections.swap(order, i, random.nextInt(i + 1));
    }
    return order;
  }
}
