package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.core.procedure.Who;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceAction;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.InternalUseAction;
import io.bizcenter.core.services.InternalUseId;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderAction;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.testkit.ComplaintCommands;
import io.bizcenter.testkit.ContractCommands;
import io.bizcenter.testkit.EveryCommand;
import io.bizcenter.testkit.KeyCommands;
import io.bizcenter.testkit.MeetingCommands;
import io.bizcenter.testkit.ServiceCommands;
import io.bizcenter.testkit.TenancyCommands;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application nodes on one PostgreSQL, and on one MariaDB, {@value #DEFAULT_THREADS} threads sending commands of every procedure at a
 * few shared cases of each (run the full 20,000 with {@code -Dbizcenter.load.commands=20000}), while the outbox relays
 * of both nodes deliver notices. Afterwards: no exception escaped and every refusal was a typed rejection; nothing
 * deadlocked (every thread finished within the limit); no update was lost: every store of the database equals a serial
 * replay, on a fresh in-memory center, of the accepted commands in the order of their audit trail; every notice written
 * was delivered, and no notice was ever held by both relays at once.
 */
@DisplayName("Two nodes, sixteen threads, every procedure: nothing lost, nothing deadlocked, every notice delivered once at a time")
class TwoNodesUnderLoadTest {
  private static final int DEFAULT_THREADS = 16;
  private static final int COMMANDS = Integer.getInteger("bizcenter.load.commands", 3_000);
  private static final int THREADS = Integer.getInteger("bizcenter.load.threads", DEFAULT_THREADS);
  private static final long LIMIT_SECONDS = Long.getLong("bizcenter.load.limit-seconds", 600);
  private static final CenterId CENTER = CenterId.of("load-tower");
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  /** Cases of a procedure worked on at once: few, so that threads meet on them. */
  private static final int ACTIVE = 4;
  private static final StaffId RENOVATION_MANAGER = StaffId.of("en-rm-1");
  private static final Actor SERVICE = Actor.of("sv-1", Role.STAFF, Department.SERVICE, CENTER);
  private static final Actor KEY_DESK = Actor.of("bc-sup", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, CENTER);
  private static final List<RoomId> UNITS = Stream.iterate(1, i -> i + 1).limit(400).map(i -> RoomId.of("U-" + i)).toList();
  private static final List<TenantId> TENANTS = Stream.iterate(1, i -> i + 1).limit(400).map(i -> TenantId.of("LT-" + i)).toList();
  private static final List<RoomId> KEY_ROOMS = Stream.iterate(1, i -> i + 1).limit(12).map(i -> RoomId.of("K-" + i)).toList();
  private static final List<Holder> STAFF_HOLDERS = List.of(
      Holder.staff(StaffId.of("bc-cln"), Role.CLEANER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF),
      Holder.staff(StaffId.of("bc-sup"), Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, Employer.CENTER_STAFF),
      Holder.staff(StaffId.of("bc-mgr"), Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF),
      Holder.staff(StaffId.of("bc-1"), Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, Employer.CENTER_STAFF));

  /** A command as sent: by whom, and at which instant the node's clock read for it. */
  private record Sent(Command command, Actor actor, Instant at) {}

  /** The clock of a command being sent on this thread: a replay decides it at the very same instant. */
  private static final class CommandClock extends Clock {
    private final ThreadLocal<Instant> at = new ThreadLocal<>();
    private final Instant otherwise;

    CommandClock(Instant otherwise) {
      this.otherwise = otherwise;
    }

    void at(Instant instant) {
      at.set(instant);
    }

    @Override
    public Instant instant() {
      Instant now = at.get();
      return now == null ? otherwise : now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** The vendor's messaging, watching that no notice is in two deliveries at once and that each comes. */
  private static final class WatchfulNotifier implements Notifier {
    private final Map<NoticeId, Thread> inDelivery = new ConcurrentHashMap<>();
    private final Map<NoticeId, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final LongAdder heldTwice = new LongAdder();

    @Override
    public void deliver(OutboxNotice notice) {
      if (inDelivery.putIfAbsent(notice.id(), Thread.currentThread()) != null) {
        heldTwice.increment();
        return;
      }
      try {
        // a delivery takes a moment: long enough for a second relay holding the same notice to show
        Thread.onSpinWait();
        Thread.yield();
        deliveries.computeIfAbsent(notice.id(), id -> new AtomicInteger()).incrementAndGet();
      } finally {
        inDelivery.remove(notice.id());
      }
    }
  }

  /** The shared cases each procedure's threads work on, and what the tenancy has reached. */
  private final Map<String, List<String>> active = new ConcurrentHashMap<>();
  private final List<MoveInId> completed = new CopyOnWriteArrayList<>();
  private final List<ContractId> leases = new CopyOnWriteArrayList<>();
  private final List<DeviceId> devices = new CopyOnWriteArrayList<>();
  private final List<ServiceOrderId> orders = new CopyOnWriteArrayList<>();
  private final Map<CommandId, Sent> sent = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
  private final AtomicLong ticks = new AtomicLong();
  private final AtomicInteger units = new AtomicInteger();
  /** The move-ins whose door keys a thread has cut or is cutting. */
  private final Set<String> keysCut = ConcurrentHashMap.newKeySet();

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
  @DisplayName("GS-2, GS-6: two nodes under load lose no update, deadlock nowhere, deliver every notice, never one twice at once")
  void twoNodesUnderLoad(Dialect dialect) throws Exception {
    DataSource database = Databases.empty(dialect);
    CommandScopedIds ids = new CommandScopedIds();
    CommandClock clock = new CommandClock(START.plus(Duration.ofDays(3650)));
    WatchfulNotifier notifier = new WatchfulNotifier();
    List<BusinessCenter> nodes = List.of(
        EveryProcedure.center(ids.around(JdbcStorage.on(database)), clock, ids, notifier),
        EveryProcedure.center(ids.around(JdbcStorage.on(database)), clock, ids, notifier));
    JdbcStorage reader = JdbcStorage.on(database);
    Map<String, ProcedureDefinition<?, ?, ?, ?>> definitions = new TreeMap<>();
    nodes.get(0).procedures().forEach(d -> definitions.put(d.name(), d));
    definitions.keySet().forEach(p -> active.put(p, new CopyOnWriteArrayList<>()));

    AtomicBoolean loading = new AtomicBoolean(true);
    ExecutorService relays = Executors.newFixedThreadPool(2);
    Queue<Throwable> escaped = new ConcurrentLinkedQueue<>();
    for (BusinessCenter node : nodes) {
      relays.execute(() -> {
        try {
          while (loading.get()) {
            if (node.notices().deliverPending(20).delivered() == 0) {
              Thread.sleep(5);
            }
          }
        } catch (Throwable e) {
          escaped.add(e);
        }
      });
    }

    long seed = Long.getLong("bizcenter.load.seed", System.nanoTime());
    System.out.println("[load] " + dialect + ": seed " + seed + " (repeat with -Dbizcenter.load.seed=" + seed + ")");
    AtomicInteger remaining = new AtomicInteger(COMMANDS);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.execute(() -> {
        try {
          go.await();
          SplittableRandom random = new SplittableRandom(seed + thread);
          int n = 0;
          while (remaining.get() > 0) {
            work(random, "t" + thread + "-" + n++, nodes, reader, definitions, ids, clock, remaining);
          }
        } catch (Throwable e) {
          escaped.add(e);
        }
      });
    }
    long began = System.nanoTime();
    go.countDown();
    threads.shutdown();
    boolean finished = threads.awaitTermination(LIMIT_SECONDS, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - began) / 1_000_000;
    threads.shutdownNow();
    loading.set(false);
    relays.shutdown();
    assertTrue(relays.awaitTermination(60, TimeUnit.SECONDS), "the relays stopped");
    assertTrue(finished, "the threads did not finish within " + LIMIT_SECONDS + " s: a deadlock or a starved node");
    if (!escaped.isEmpty()) {
      fail(escaped.size() + " thread(s) ended in an exception; the first is the cause", escaped.peek());
    }
    // what the relays had not taken yet, the first node's relay takes now
    while (nodes.get(0).notices().deliverPending(200).delivered() > 0) {
      Thread.onSpinWait();
    }

    long total = outcomes.values().stream().mapToLong(LongAdder::sum).sum();
    long accepted = count("accepted");
    long repeats = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("repeated")).mapToLong(e -> e.getValue().sum()).sum();
    Map<String, Long> rejections = new TreeMap<>();
    outcomes.forEach((code, n) -> {
      if (!code.equals("accepted") && !code.startsWith("repeated")) {
        rejections.put(code, n.sum());
      }
    });
    long refused = rejections.values().stream().mapToLong(Long::longValue).sum();

    // no lost update: a serial replay of the accepted commands, in the order of the audit trail, makes the same stores
    long replayBegan = System.nanoTime();
    List<CommandId> order = auditOrder(database);
    InMemoryStorage memory = new InMemoryStorage();
    CommandScopedIds replayIds = new CommandScopedIds();
    CommandClock replayClock = new CommandClock(START.plus(Duration.ofDays(3650)));
    BusinessCenter replay = EveryProcedure.center(replayIds.around(memory), replayClock, replayIds, notice -> { });
    int replayed = 0;
    for (CommandId id : order) {
      Sent s = sent.get(id);
      if (s == null) {
        // a step a command took inside another's unit of work (a lease watched on completion): replayed with it
        continue;
      }
      replayIds.sending(id.value());
      replayClock.at(s.at());
      Either<Rejection, Object> answer = EveryProcedure.handle(replay, s.command(), s.actor());
      assertTrue(answer.isRight(), () -> "the replay refused " + s.command() + ": " + answer.getLeft());
      replayed++;
    }
    assertEquals(sent.size(), replayed, "every accepted command is in the audit trail once");
    StoreContents onDatabase = StoreContents.cases(reader, CENTER);
    StoreContents replayedContents = StoreContents.cases(memory, CENTER);
    assertSame(replayedContents.trails(), onDatabase.trails(), "the trail");
    assertSame(byId(replayedContents), byId(onDatabase), "the case");
    assertSame(replayedContents.agenda(), onDatabase.agenda(), "the agenda");
    long replayMillis = (System.nanoTime() - replayBegan) / 1_000_000;

    // every notice written was delivered, none held by two relays at once
    Set<NoticeId> written = new LinkedHashSet<>();
    onDatabase.trails().values().forEach(trail -> trail.forEach(e -> e.notices().forEach(n -> written.add(n.id()))));
    assertEquals(List.of(), reader.eventLog().pendingNotices(10), "nothing is left in the outbox");
    assertEquals(written, notifier.deliveries.keySet(), "every notice written was delivered");
    assertEquals(0, notifier.heldTwice.sum(), "no notice was held by two relays at once");
    long duplicates = notifier.deliveries.values().stream().mapToLong(n -> n.get() - 1).sum();

    Map<String, Long> acceptedPerProcedure = new TreeMap<>();
    onDatabase.trails().forEach((key, trail) -> acceptedPerProcedure.merge(key.substring(0, key.indexOf('/')), (long) trail.size(), Long::sum));
    long conflictsReturned = rejections.getOrDefault("VERSION_CONFLICT", 0L);
    System.out.printf("[load] %d threads on 2 nodes, " + dialect + ": %d commands in %d ms (%d commands/s): %d accepted, %d refused with a typed "
            + "rejection (%d of them VERSION_CONFLICT after every attempt), %d sent again through the other node; %d units of work met a "
            + "concurrent change, %d of them decided again; %d trail entries %s, %d cases; %d notices written, %d delivered by the two relays "
            + "running throughout, %d delivered twice, none held by both at once; serial replay of %d commands in memory and comparison in %d ms%n",
        THREADS, total, millis, total * 1000 / Math.max(1, millis), accepted, refused, conflictsReturned, repeats, ids.conflicts(),
        ids.conflicts() - conflictsReturned, acceptedPerProcedure.values().stream().mapToLong(Long::longValue).sum(), acceptedPerProcedure,
        onDatabase.caseCount(), written.size(), notifier.deliveries.size(), duplicates, replayed, replayMillis);
    System.out.println("[load] rejections: " + rejections);
    assertTrue(total >= COMMANDS, "the whole load was sent");
    assertEquals(StoreContents.STORES.keySet(), acceptedPerProcedure.keySet(), "every procedure took commands");
  }

  /** Fails at the first key whose value differs from its serial replay's, showing both. */
  private static <V> void assertSame(SortedMap<String, V> replayed, SortedMap<String, V> stored, String what) {
    assertEquals(replayed.keySet(), stored.keySet(), what + "s: which there are");
    replayed.forEach((key, value) -> {
      if (value instanceof List<?> entries && stored.get(key) instanceof List<?> others && !entries.equals(others)) {
        for (int i = 0; i < Math.max(entries.size(), others.size()); i++) {
          Object a = i < entries.size() ? entries.get(i) : null;
          Object b = i < others.size() ? others.get(i) : null;
          assertEquals(a, b, what + " " + key + ", entry " + (i + 1) + ", equals its serial replay's");
        }
      }
      if (!value.equals(stored.get(key))) {
        String a = String.valueOf(value);
        String b = String.valueOf(stored.get(key));
        int at = 0;
        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
          at++;
        }
        int from = Math.max(0, at - 300);
        fail(what + " " + key + " differs from its serial replay at character " + at + ":\n  replayed: ..." + a.substring(from, Math.min(a.length(),
            at + 300)) + "\n  stored:   ..." + b.substring(from, Math.min(b.length(), at + 300)));
      }
    });
  }

  private long count(String outcome) {
    LongAdder n = outcomes.get(outcome);
    return n == null ? 0 : n.sum();
  }

  /** Every case of the contents by procedure and id: the order a store lists them in is the order they were opened, which races. */
  private static SortedMap<String, Case<?, ?>> byId(StoreContents contents) {
    SortedMap<String, Case<?, ?>> all = new TreeMap<>();
    contents.cases().forEach((procedure, cases) -> cases.forEach(c -> all.put(procedure + "/" + c.id().value(), c)));
    return all;
  }

  /** The command ids of the audit trail in the order the database wrote it. */
  private static List<CommandId> auditOrder(DataSource database) throws SQLException {
    List<CommandId> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT command_id FROM bc_event WHERE center_id = ? ORDER BY seq")) {
      s.setString(1, CENTER.value());
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          if (seen.add(row.getString(1))) {
            order.add(CommandId.of(row.getString(1)));
          }
        }
      }
    }
    return order;
  }

  // ---- one thread's work: a step on a shared case of some procedure, or a new case

  private void work(SplittableRandom random, String prefix, List<BusinessCenter> nodes, JdbcStorage reader,
      Map<String, ProcedureDefinition<?, ?, ?, ?>> definitions, CommandScopedIds ids, CommandClock clock, AtomicInteger remaining) {
    List<String> procedures = new ArrayList<>(definitions.keySet());
    // a move-in is the longest case: it gets more turns, so that some complete and their tenants can leave
    procedures.addAll(List.of("move-ins", "move-ins", "move-ins"));
    String procedure = procedures.get(random.nextInt(procedures.size()));
    ProcedureDefinition<?, ?, ?, ?> definition = definitions.get(procedure);
    List<String> cases = active.get(procedure);
    Instant now = START.plus(Duration.ofSeconds(20 * ticks.incrementAndGet()));
    Optional<Case<?, ?>> current = Optional.empty();
    Transition<?, ?, ?, ?> step;
    Actor actorOfStep = null;
    if (opensItsOwn(procedure) && (cases.size() < ACTIVE || random.nextInt(40) == 0)) {
      List<? extends Transition<?, ?, ?, ?>> openings = definition.transitions().stream().filter(t -> t.from().isEmpty()).toList();
      step = openings.get(random.nextInt(openings.size()));
    } else {
      if (cases.isEmpty()) {
        return;
      }
      String id = cases.get(random.nextInt(cases.size()));
      current = StoreContents.STORES.get(procedure).apply(reader).find(CENTER, id).toJavaOptional().map(c -> (Case<?, ?>) c);
      if (current.isEmpty()) {
        return;
      }
      List<? extends Transition<?, ?, ?, ?>> steps = stepsFrom(definition, current.get());
      if (steps.isEmpty()) {
        cases.remove(id);
        return;
      }
      // as a clerk's screen offers them: the steps whose guards on the case alone let this seat take them (GS-3)
      Case<?, ?> standing = current.get();
      List<Transition<?, ?, ?, ?>> offered = new ArrayList<>();
      List<Actor> by = new ArrayList<>();
      for (Transition<?, ?, ?, ?> t : steps) {
        Actor seat = seatOf(random, t, standing);
        if (caseGuardsPass(t, standing, seat)) {
          offered.add(t);
          by.add(seat);
        }
      }
      if (offered.isEmpty()) {
        return;
      }
      step = likely(random, offered);
      actorOfStep = by.get(offered.indexOf(step));
    }
    Actor actor = actorOfStep != null ? actorOfStep : seatOf(random, step, null);
    BusinessCenter node = nodes.get(random.nextInt(nodes.size()));
    if (step.action() == MoveInAction.SIGN_KEY_HANDOVER_FORM && current.isPresent() && keysCut.add(current.get().id().value())) {
      // the first thread to reach a move-in's handover cuts its door keys, while others may be signing the form: the
      // handover holds the tenant's keys as key control does, so the serial replay must list the same keys on the form
      for (Command key : doorKeys(prefix, (MoveIn) current.get())) {
        send(node, key, KEY_DESK, now, ids, clock, remaining, false);
      }
    }
    for (Command before : before(prefix, step, current, node)) {
      send(node, before, KEY_DESK, now, ids, clock, remaining, false);
    }
    Command command = command(random, prefix, procedure, step, current.orElse(null), now);
    Either<Rejection, Object> answer = send(node, command, actor, now, ids, clock, remaining, false);
    if (random.nextInt(50) == 0) {
      // a front end that gave up waiting sends again, through the other node: the first answer comes back, nothing is written
      Either<Rejection, Object> again = send(nodes.get(1 - nodes.indexOf(node)), command, actor, now, ids, clock, remaining, true);
      if (answer.isRight()) {
        assertEquals(answer, again, command + ": sent again, it answers as the first time");
      }
    }
    answer.peek(c -> remember(procedure, (Case<?, ?>) c, node, command));
  }

  private Either<Rejection, Object> send(BusinessCenter node, Command command, Actor actor, Instant now, CommandScopedIds ids, CommandClock clock,
      AtomicInteger remaining, boolean repeat) {
    remaining.decrementAndGet();
    ids.sending(command.commandId().value());
    clock.at(now);
    Either<Rejection, Object> answer = EveryProcedure.handle(node, command, actor);
    String outcome = answer.isRight() ? "accepted" : answer.getLeft().code();
    outcomes.computeIfAbsent(repeat ? "repeated, " + outcome : outcome, code -> new LongAdder()).increment();
    if (answer.isRight()) {
      // a repeat may be the first sending to go through, the first having met a conflict it could not get past
      sent.putIfAbsent(command.commandId(), new Sent(command, actor, now));
    }
    return answer;
  }

  /**
   * A step the declaration offers, mostly one that moves the case on (so that move-ins reach completion and the lease
   * watch and move-out get their turn), now and then one that stays, rarely one that gives up (withdraw, cancel, abandon).
   */
  private static Transition<?, ?, ?, ?> likely(SplittableRandom random, List<? extends Transition<?, ?, ?, ?>> steps) {
    int[] weights = new int[steps.size()];
    int total = 0;
    for (int i = 0; i < steps.size(); i++) {
      Transition<?, ?, ?, ?> t = steps.get(i);
      String action = t.action().name();
      boolean givesUp = action.equals("WITHDRAW") || action.equals("CANCEL") || action.equals("ABANDON") || action.startsWith("RETIRE")
          || action.equals("REPORT_LOST") || action.equals("REPORT_FAULT");
      weights[i] = givesUp ? 1 : t.from().map(from -> from.equals(t.to())).orElse(false) ? 4 : 12;
      total += weights[i];
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < steps.size(); i++) {
      roll -= weights[i];
      if (roll < 0) {
        return steps.get(i);
      }
    }
    return steps.get(steps.size() - 1);
  }

  /** Renewal visits and move-outs are opened by the tenancy itself (on completion, on departure). */
  private static boolean opensItsOwn(String procedure) {
    return !procedure.equals("renewal-visits") && !procedure.equals("move-outs");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<? extends Transition<?, ?, ?, ?>> stepsFrom(ProcedureDefinition definition, Case<?, ?> current) {
    return definition.stepsFrom(current.state());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean caseGuardsPass(Transition<?, ?, ?, ?> step, Case<?, ?> current, Actor actor) {
    for (Guard guard : step.guards()) {
      if (!guard.readsCommand() && guard.check(current, null, actor).isDefined()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Someone in a seat the step admits, or, where a guard names whose turn it is (the approval chain), in that seat: a
   * role or department the seat leaves open is anyone's.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Actor seatOf(SplittableRandom random, Transition<?, ?, ?, ?> step, Case<?, ?> current) {
    Who who = step.who();
    if (current != null) {
      for (Guard guard : step.guards()) {
        if (guard.turn().isPresent()) {
          who = (Who) ((Function) guard.turn().get()).apply(current);
        }
      }
    }
    if (who.seats().isEmpty()) {
      who = step.who();
    }
    Seat seat = who.seats().get(random.nextInt(who.seats().size()));
    Role role = seat.role().orElse(Role.STAFF);
    Department department = seat.department().orElseGet(() -> Department.values()[random.nextInt(Department.values().length)]);
    String staff = role == Role.RENOVATION_MANAGER ? RENOVATION_MANAGER.value() : department.name().toLowerCase() + "-" + random.nextInt(1000);
    return Actor.of(staff, role, department, CENTER);
  }

  /** MI-4.3: a backup of each unit's door registered, and a key cut from it for the tenant. */
  private static List<Command> doorKeys(String prefix, MoveIn moveIn) {
    List<Command> keys = new ArrayList<>();
    for (RoomId unit : moveIn.units()) {
      keys.add(new KeyCommand.RegisterBackup(CommandId.of(prefix + "-b" + unit.value()), CENTER, Lock.officeDoor(unit)));
      keys.add(new KeyCommand.CutKey(CommandId.of(prefix + "-c" + unit.value()), CENTER, Lock.officeDoor(unit), Holder.tenant(moveIn.tenant())));
    }
    return keys;
  }

  /** What must happen first, as at the desk: the keys still held reported lost before the tenant leaves (MO-3.3). */
  private static List<Command> before(String prefix, Transition<?, ?, ?, ?> step, Optional<Case<?, ?>> current, BusinessCenter node) {
    List<Command> first = new ArrayList<>();
    if (step.action() == MoveOutAction.VACATE && current.isPresent()) {
      int n = 0;
      for (Key key : node.keys().stillHeldBy(CENTER, ((MoveOut) current.get()).tenant())) {
        first.add(new KeyCommand.ReportLost(CommandId.of(prefix + "-l" + n++), CENTER, key.id(), "未交回"));
      }
    }
    return first;
  }

  /** A well-formed command for the step, from the testkit's generators, with this thread's next command id. */
  private Command command(SplittableRandom random, String prefix, String procedure, Transition<?, ?, ?, ?> step, Case<?, ?> current, Instant now) {
    String on = current == null ? null : current.id().value();
    Command generated = switch (procedure) {
      case "complaints" -> ComplaintCommands.wellFormedFor(random, CENTER, on == null ? null : ComplaintId.of(on), (ComplaintAction) step.action());
      case "equipment" -> ServiceCommands.onDevice(random, CENTER, on == null ? null : DeviceId.of(on), (DeviceAction) step.action());
      case "service-orders" -> step.action() == ServiceOrderAction.TAKE_ORDER
          ? ServiceCommands.takeOrder(random, CENTER, devices, List.of(EveryProcedure.OPERATOR), now)
          : ServiceCommands.onOrder(random, CENTER, ServiceOrderId.of(on), Optional.of((ServiceOrder) current), (ServiceOrderAction) step.action());
      case "internal-uses" -> step.action() == InternalUseAction.APPLY
          ? ServiceCommands.applyForUse(random, CENTER, devices, now)
          : ServiceCommands.onUse(random, CENTER, InternalUseId.of(on), (InternalUseAction) step.action(),
              orders.isEmpty() ? ServiceOrderId.of("none") : orders.get(random.nextInt(orders.size())));
      case "meetings" -> MeetingCommands.wellFormedFor(random, CENTER, now, on == null ? null : MeetingId.of(on), (MeetingAction) step.action());
      case "keys" -> KeyCommands.wellFormedFor(random, CENTER, on == null ? null : KeyId.of(on), (KeyAction) step.action(), KEY_ROOMS, STAFF_HOLDERS);
      case "contracts" -> step.action() == ContractAction.DRAFT_CONTRACT
          ? ContractCommands.draft(random, CENTER, leases)
          // the import of a contract in force (GS-6) opens a case too, and takes its turns under load like the other openings
          : step.action() == ContractAction.IMPORT_CONTRACT
              ? ContractCommands.importContract(random, CENTER, leases)
              : ContractCommands.wellFormedFor(random, (Contract) current, (ContractAction) step.action(), leases);
      case "move-ins" -> {
        int unit = units.getAndIncrement() % UNITS.size();
        yield TenancyCommands.fittingMoveInFor(random, CENTER, on == null ? null : MoveInId.of(on), (MoveInAction) step.action(),
            List.of(UNITS.get(unit)), List.of(TENANTS.get(unit)), now, (MoveIn) current, RENOVATION_MANAGER);
      }
      case "renewal-visits" -> TenancyCommands.leaseFor(random, CENTER, RenewalVisitId.of(on), (RenewalVisitAction) step.action(),
          ((RenewalVisit) current).moveIn(), (RenewalVisit) current);
      case "move-outs" -> TenancyCommands.moveOutFor(random, CENTER, MoveOutId.of(on), (MoveOutAction) step.action(), ((MoveOut) current).moveIn(),
          (MoveOut) current, StaffId.of("en-1"));
      default -> throw new IllegalArgumentException(procedure);
    };
    return EveryCommand.withCommandId(generated, CommandId.of(prefix));
  }

  /** Keeps a new case among the shared ones, and what the tenancy, the services and the contracts need later. */
  private void remember(String procedure, Case<?, ?> accepted, BusinessCenter node, Command command) {
    String id = accepted.id().value();
    List<String> cases = active.get(procedure);
    if (!cases.contains(id) && cases.size() < ACTIVE * 2) {
      cases.add(id);
    }
    if (accepted instanceof Device && !devices.contains(DeviceId.of(id))) {
      devices.add(DeviceId.of(id));
    }
    if (accepted instanceof ServiceOrder && !orders.contains(ServiceOrderId.of(id))) {
      orders.add(ServiceOrderId.of(id));
    }
    if (accepted instanceof Contract contract && contract.type().name().equals("LEASE") && !leases.contains(contract.id())) {
      leases.add(contract.id());
    }
    if (accepted instanceof MoveIn moveIn && moveIn.state().name().equals("COMPLETED") && !completed.contains(moveIn.id())) {
      completed.add(moveIn.id());
      node.tenancy().leaseOf(SERVICE, CENTER, moveIn.id())
          .peek(lease -> active.get("renewal-visits").add(lease.id().value()));
    }
    if (accepted instanceof RenewalVisit lease && lease.state().name().equals("LEAVING")) {
      node.tenancy().moveOutOf(SERVICE, CENTER, lease.moveIn())
          .peek(moveOut -> active.get("move-outs").add(moveOut.id().value()));
    }
  }
}
