package io.bizcenter.testkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * One run of the check: a fresh center of the vendor's configuration on a fresh store, the given steps played against
 * it, every invariant checked after every step. It stops at the first step that breaks one.
 */
final class CheckRun {
  static final List<CenterId> CENTERS = List.of(CenterId.of("zz-tower"), CenterId.of("yy-plaza"));
  static final Instant START = Instant.parse("2026-05-01T01:00:00Z");

  private final Configuration configuration;
  private final List<Drill<?, ?, ?, ?>> drills;
  private final List<Invariant> invariants;
  private final List<String> procedures;
  private final Storage storage;
  private final IdLedger ids = new IdLedger("R");
  private final ManualClock clock = new ManualClock(START);
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final BusinessCenter center;
  private final StepLog log = new StepLog();
  private final CommandJudge<Object> judge;
  private final List<Sent> sent = new ArrayList<>();
  private final Set<NoticeId> written = new LinkedHashSet<>();
  private final List<String> lines = new ArrayList<>();
  private final Coverage coverage = new Coverage();
  private int stepNumber;

  /** A command as sent, by which drill, and whether it was well-formed (only those have an oracle). */
  private record Sent(Drill<?, ?, ?, ?> drill, Command command, Actor actor, boolean arbitrary) {}

  CheckRun(Configuration configuration, List<Drill<?, ?, ?, ?>> drills, List<Invariant> invariants) {
    this.configuration = configuration;
    this.drills = drills;
    this.invariants = invariants;
    this.procedures = drills.stream().map(Drill::name).toList();
    this.storage = configuration.freshStorage();
    BusinessCenter.Builder wired = BusinessCenter.builder().storage(storage).notifier(notifier).ids(ids).clock(clock);
    for (Drill<?, ?, ?, ?> drill : drills) {
      wired = drill.wire(wired);
    }
    this.center = configuration.center(wired);
    this.judge = new CommandJudge<>(ids, this::snapshot, log).repeatsLeave(StoreSnapshot::stores);
  }

  /** What the steps did, one readable line each, and the first rule broken if any. */
  record Outcome(List<String> lines, Coverage coverage, Optional<Throwable> broken, int brokenAt) {}

  Outcome play(List<Step> steps) {
    for (int i = 0; i < steps.size(); i++) {
      try {
        take(steps.get(i), i + 1);
      } catch (AssertionError | RuntimeException e) {
        return new Outcome(List.copyOf(lines), coverage, Optional.of(e), i);
      }
    }
    return new Outcome(List.copyOf(lines), coverage, Optional.empty(), -1);
  }

  private StoreSnapshot snapshot() {
    return StoreSnapshot.of(storage, ids, CENTERS, List.of(notifier.delivered()), procedures);
  }

  private void take(Step step, int number) {
    // coverage counts steps of the sequence played, not lines of the log (a drill's asides add lines of their own)
    stepNumber = number;
    SplittableRandom random = step.random();
    clock.advance(Duration.ofMinutes(random.nextInt(600)));
    // asides draw from a source of their own, so that a drill without any plays the very sequence it did before
    SplittableRandom beside = new SplittableRandom(step.seed() ^ 0x9E3779B97F4A7C15L);
    for (Drill<?, ?, ?, ?> drill : drills) {
      drill.aside(beside, center, storage, clock.instant()).ifPresent(line -> {
        lines.add(number + ". " + drill.name() + " aside: " + line);
        log.add(drill.name() + " aside: " + line);
      });
    }
    Sent s = choose(step, random);
    perform(s, random, number);
    center.notices().deliverPending(1000);
    checkInvariants();
  }

  private Sent choose(Step step, SplittableRandom random) {
    if (step.repeatsAnEarlierCommand() && !sent.isEmpty()) {
      return sent.get(random.nextInt(sent.size()));
    }
    Drill<?, ?, ?, ?> drill = drills.get(random.nextInt(drills.size()));
    if (step.arbitrary()) {
      return new Sent(drill, drill.arbitrary(random, CENTERS, ids.drawn(), clock.instant()), anyone(random), true);
    }
    return offeredOrWellFormed(drill, step, random);
  }

  private <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> Sent offeredOrWellFormed(
      Drill<S, A, C, M> drill, Step step, SplittableRandom random) {
    List<C> all = new ArrayList<>();
    CENTERS.forEach(where -> all.addAll(drill.cases(storage).all(where)));
    List<C> open = all.stream().filter(c -> !drill.definition().isFinal(c.state())).toList();
    if (step.offered() && !open.isEmpty()) {
      // more often than not the case nearest a step this run has not taken yet (the most advanced among equals), so that
      // sequences go deep and wide; now and then any open case
      Comparator<C> nearest = Comparator.<C>comparingInt(c -> distanceToUntaken(drill, c.state())).thenComparingLong(c -> -c.version());
      C on = random.nextInt(3) > 0 ? open.stream().min(nearest).orElseThrow() : open.get(random.nextInt(open.size()));
      List<Offer<A>> offers = new ArrayList<>();
      for (Actor seat : staff(drill, random, on.center())) {
        drill.offered(center, seat, on.center(), on.id().value()).forEach(actions -> actions.forEach(a -> offers.add(new Offer<>(seat, a))));
      }
      if (!offers.isEmpty()) {
        Offer<A> offer = weighted(drill, on, offers, random);
        return new Sent(drill, drill.commandFor(random, on, offer.action(), storage, clock.instant()), offer.actor(), false);
      }
    }
    CenterId where = CENTERS.get(random.nextInt(CENTERS.size()));
    if (all.isEmpty() || random.nextInt(3) == 0) {
      List<Actor> openers = staff(drill, random, where).stream().filter(a -> !drill.definition().openingActions(a).isEmpty()).toList();
      Actor actor = openers.isEmpty() || random.nextInt(4) == 0 ? anyone(random) : openers.get(random.nextInt(openers.size()));
      return new Sent(drill, drill.opening(random, where, storage, clock.instant()), actor, false);
    }
    C on = all.get(random.nextInt(all.size()));
    List<A> actions = drill.drilled();
    List<Actor> crew = staff(drill, random, on.center());
    Actor actor = crew.isEmpty() || random.nextInt(3) == 0 ? anyone(random) : crew.get(random.nextInt(crew.size()));
    return new Sent(drill, drill.commandFor(random, on, actions.get(random.nextInt(actions.size())), storage, clock.instant()), actor, false);
  }

  private record Offer<A>(Actor actor, A action) {}

  /** How many declared steps lie between {@code state} and a step this run has not taken (guards aside); large if none. */
  private <S extends Enum<S>> int distanceToUntaken(Drill<S, ?, ?, ?> drill, S state) {
    Map<S, Integer> distance = new HashMap<>(Map.of(state, 0));
    ArrayDeque<S> todo = new ArrayDeque<>(List.of(state));
    while (!todo.isEmpty()) {
      S here = todo.poll();
      for (Transition<S, ?, ?, ?> t : drill.definition().stepsFrom(here)) {
        if (!coverage.taken(drill.name(), here.name(), t.action().name())) {
          return distance.get(here);
        }
        if (!distance.containsKey(t.to())) {
          distance.put(t.to(), distance.get(here) + 1);
          todo.add(t.to());
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Steps not taken yet in this run weigh most, then as the drill weighs them: coverage comes sooner. */
  private <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>> Offer<A> weighted(Drill<S, A, C, ?> drill, C on, List<Offer<A>> offers,
      SplittableRandom random) {
    int[] weights = offers.stream().mapToInt(o -> drill.weight(on, o.action())
        * (coverage.taken(drill.name(), on.state().name(), o.action().name()) ? 1 : 10)).toArray();
    int total = Arrays.stream(weights).sum();
    if (total == 0) {
      return offers.get(random.nextInt(offers.size()));
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < offers.size(); i++) {
      roll -= weights[i];
      if (roll < 0) {
        return offers.get(i);
      }
    }
    return offers.get(offers.size() - 1);
  }

  private List<Actor> staff(Drill<?, ?, ?, ?> drill, SplittableRandom random, CenterId where) {
    return drill.staff(random, where).stream().filter(a -> configuration.staffs(a.role(), a.department())).toList();
  }

  /** Anyone from anywhere, in a seat the vendor staffs. */
  private Actor anyone(SplittableRandom random) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Actor actor = Actors.any(random, CENTERS);
      if (configuration.staffs(actor.role(), actor.department())) {
        return actor;
      }
    }
    throw new IllegalStateException("the configuration staffs no seat at all");
  }

  @SuppressWarnings("unchecked")
  private <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> void perform(Sent s, SplittableRandom random, int number) {
    Drill<S, A, C, M> drill = (Drill<S, A, C, M>) s.drill();
    M command = (M) s.command();
    lines.add(number + ". " + drill.name() + " " + who(s.actor()) + ": " + StepLog.visible(String.valueOf(command)));
    List<Drill.KnockOn> knockOn = drill.knockOn(command, storage).stream().filter(k -> procedures.contains(k.procedure())).toList();
    CommandJudge.Verdict<Object> verdict = judge.judge(command, s.actor(), s.arbitrary(),
        () -> drill.send(center, command, s.actor()).map(c -> (Object) c), () -> oracle(drill, command, s.actor()), c -> ((C) c).state());
    Either<Rejection, Object> answer = verdict.answer();
    if (answer.isLeft()) {
      coverage.refused(drill.name(), answer.getLeft().code());
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "  → refused " + answer.getLeft().code() + " [" + answer.getLeft().clause() + "]");
    } else {
      C after = (C) answer.get();
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + (verdict.repeat() ? "  → repeated: " : "  → accepted: ") + after.id() + " "
          + after.state() + " v" + after.version());
      if (!verdict.repeat()) {
        // GS-2: sent again at once, the same command gets the same answer and writes nothing
        StoreSnapshot now = judge.judge(command, s.actor(), s.arbitrary(), () -> drill.send(center, command, s.actor()).map(c -> (Object) c),
            () -> null, c -> ((C) c).state()).before();
        accepted(drill, command, s.actor(), after, verdict.before(), now, knockOn);
        offersAgreeWithTheDeclaration(drill, drill.cases(storage).find(after.center(), after.id().value()).get(), random);
      }
    }
    sent.add(s);
  }

  /** What the declaration, and the rules beyond its table, say about a well-formed command, from the store before it runs. */
  private <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> Either<Rejection, S> oracle(Drill<S, A, C, M> drill,
      M command, Actor actor) {
    ProcedureDefinition<S, A, C, M> definition = drill.definitionIn(center);
    A action = drill.action(command);
    Optional<String> target = drill.target(command);
    if (!actor.worksFor(command.center())) {
      return Either.left(target.<Rejection>map(id -> new Rejection.CaseNotFound(drill.name(), id))
          .orElseGet(() -> new Rejection.NotInYourCenter(command.center())));
    }
    Either<Rejection, Transition<S, A, C, M>> permitted = target.isEmpty()
        ? definition.permitsOpening(action, command, actor)
        : drill.cases(storage).find(command.center(), target.get())
            .toEither(() -> (Rejection) new Rejection.CaseNotFound(drill.name(), target.get()))
            .flatMap(current -> definition.permits(current.state(), current, action, command, actor,
                () -> storage.eventLog().trail(command.center(), drill.name(), target.get())));
    return permitted.flatMap(t -> drill.beyondTheDeclaration(command, storage, clock.instant(), configuration).toLeft(t)).map(Transition::to);
  }

  /**
   * GS-6: an accepted command appended exactly one audit entry, on its case, naming the declared step and its clause,
   * and one on each case its drill says it moves on too (a knock-on), nothing else.
   */
  private <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> void accepted(Drill<S, A, C, M> drill, M command,
      Actor actor, C after, StoreSnapshot before, StoreSnapshot now, List<Drill.KnockOn> knockOn) {
    String key = after.center() + "/" + drill.name() + "/" + after.id().value();
    int entriesBefore = before.trails().values().stream().mapToInt(List::size).sum();
    int entriesAfter = now.trails().values().stream().mapToInt(List::size).sum();
    assertEquals(entriesBefore + 1 + knockOn.size(), entriesAfter, () -> "an accepted command appends exactly one audit entry"
        + (knockOn.isEmpty() ? " " : ", and one on each case it moves on " + knockOn) + log.trace());
    for (Drill.KnockOn other : knockOn) {
      String prefix = other.center() + "/" + other.procedure() + "/";
      // a case the command opened: the one trail of that procedure and center that was not there before
      List<String> opened = now.trails().keySet().stream().filter(k -> k.startsWith(prefix) && !k.equals(key) && !before.trails().containsKey(k))
          .toList();
      assertTrue(other.caseId().isPresent() || opened.size() == 1, () -> "the command opened one case of " + prefix + " " + opened + log.trace());
      String otherKey = other.caseId().map(id -> prefix + id).orElseGet(() -> opened.get(0));
      List<AuditEntry> was = before.trails().getOrDefault(otherKey, List.of());
      List<AuditEntry> is = now.trails().getOrDefault(otherKey, List.of());
      assertEquals(was.size() + 1, is.size(), () -> "the command moved " + otherKey + " on by one step " + log.trace());
      AuditEntry entry = is.get(is.size() - 1);
      Drill<?, ?, ?, ?> its = drills.stream().filter(d -> d.name().equals(other.procedure())).findFirst().orElseThrow();
      Transition<?, ?, ?, ?> step = its.definition().transitions().stream()
          .filter(t -> t.from().map(Enum::name).equals(entry.from()) && t.action().name().equals(entry.action()) && t.to().name().equals(entry.to()))
          .findFirst().orElse(null);
      assertTrue(step != null && step.clause().equals(entry.clause()), () -> "the knock-on on " + otherKey + " is a declared step " + log.trace());
      coverage.took(other.procedure(), entry.from().orElse(Coverage.OPENING), entry.action(), entry.to(), stepNumber);
      entry.notices().forEach(n -> written.add(n.id()));
    }
    List<AuditEntry> trail = now.trails().get(key);
    assertTrue(trail != null && !trail.isEmpty(), () -> "the accepted case has its trail " + key + log.trace());
    AuditEntry entry = trail.get(trail.size() - 1);
    assertEquals(List.of(after.version(), command.commandId(), actor.staff(), drill.action(command).name()),
        List.of(entry.version(), entry.commandId(), entry.staff(), entry.action()), () -> "the entry is the command's own " + log.trace());
    Optional<S> from = entry.from().map(name -> Enum.valueOf(after.state().getDeclaringClass(), name));
    Transition<S, A, C, M> declared = drill.definition().step(from, drill.action(command)).getOrNull();
    assertTrue(declared != null && declared.to() == after.state(), () -> "the entry is a declared step " + entry.from() + " " + entry.action() + log.trace());
    assertEquals(declared.clause(), entry.clause(), () -> "the entry names the step's clause " + log.trace());
    coverage.took(drill.name(), entry.from().orElse(Coverage.OPENING), entry.action(), entry.to(), stepNumber);
    entry.notices().forEach(n -> written.add(n.id()));
  }

  /**
   * GS-3: for every staffed seat and every action, what the desk offers is what the declaration permits: exactly, for a
   * step whose guards need no command; for the others, never more than the seat may take. A seat of another center is
   * told the case does not exist.
   */
  private <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> void offersAgreeWithTheDeclaration(
      Drill<S, A, C, M> drill, C c, SplittableRandom random) {
    ProcedureDefinition<S, A, C, M> definition = drill.definitionIn(center);
    for (Actor seat : staff(drill, random, c.center())) {
      List<A> offered = drill.offered(center, seat, c.center(), c.id().value()).getOrElseThrow(r -> new AssertionError(
          "the desk answers its own center's seat " + r.code() + log.trace()));
      for (A action : drill.drilled()) {
        Optional<Transition<S, A, C, M>> step = definition.step(Optional.of(c.state()), action).toJavaOptional();
        Supplier<String> where = () -> c.id() + " " + c.state() + " " + action + " for " + who(seat) + log.trace();
        if (step.isEmpty()) {
          assertTrue(!offered.contains(action), () -> "offered only what the declaration has " + where.get());
        } else if (step.get().guards().stream().noneMatch(Guard::readsCommand)) {
          M command = drill.commandFor(random, c, action, storage, clock.instant());
          boolean permitted = definition.mayRead(c, seat) && definition.permits(c.state(), c, action, command, seat,
              () -> storage.eventLog().trail(c.center(), drill.name(), c.id().value())).isRight();
          assertEquals(permitted, offered.contains(action), () -> "offered exactly when permitted " + where.get());
        } else if (offered.contains(action)) {
          assertTrue(definition.check(c.state(), action, seat).isRight(), () -> "offered only to a seat that may act " + where.get());
        }
      }
    }
    for (CenterId other : CENTERS) {
      if (!other.equals(c.center())) {
        Actor inside = seatOf(drill, random, c.center());
        Actor outsider = Actor.of("outsider", inside.role(), inside.department(), other);
        assertTrue(drill.offered(center, outsider, c.center(), c.id().value()).isLeft(), () -> "another center's seat sees nothing of " + c.id()
            + log.trace());
      }
    }
  }

  private Actor seatOf(Drill<?, ?, ?, ?> drill, SplittableRandom random, CenterId where) {
    List<Actor> crew = staff(drill, random, where);
    return crew.isEmpty() ? anyone(random) : crew.get(0);
  }

  /** Every action of the procedure, declared in a step or not: the declaration names its enum through its steps only. */

  private void checkInvariants() {
    for (Drill<?, ?, ?, ?> drill : drills) {
      invariants(drill);
    }
    for (Invariant own : invariants) {
      own.check(storage, CENTERS, log.trace());
    }
    // every notice written has left through the relay at least once
    Set<NoticeId> delivered = new HashSet<>();
    notifier.delivered().forEach(n -> delivered.add(n.id()));
    for (NoticeId id : written) {
      assertTrue(delivered.contains(id), () -> "notice " + id + " was delivered by the relay " + log.trace());
    }
  }

  private <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> void invariants(Drill<S, A, C, M> drill) {
    for (CenterId where : CENTERS) {
      for (C c : drill.cases(storage).all(where)) {
        Supplier<String> at = () -> c.id() + "@" + where + " " + c.state() + log.trace();
        coverage.reached(drill.name(), c.state().name(), stepNumber);
        // GS-6: versions continuous, one entry per version, the trail a chain ending where the case stands
        List<AuditEntry> trail = storage.eventLog().trail(where, drill.name(), c.id().value());
        assertEquals(c.version(), trail.size(), () -> "one audit entry per version " + at.get());
        for (int i = 0; i < trail.size(); i++) {
          assertEquals(i + 1, trail.get(i).version(), () -> "versions are continuous " + at.get());
          assertEquals(i == 0 ? null : trail.get(i - 1).to(), trail.get(i).from().orElse(null), () -> "the trail is a chain " + at.get());
        }
        assertEquals(c.state().name(), trail.get(trail.size() - 1).to(), () -> "the case stands where its trail ends " + at.get());
        // GS-7: the agenda holds exactly what the state owes, under the vendor's time limits
        List<AgendaItem> agenda = storage.agenda().forCase(where, drill.name(), c.id().value());
        List<AgendaItem> owed = drill.dutiesIn(center).owed(c, configuration.zones().apply(where));
        assertEquals(new HashSet<>(owed), new HashSet<>(agenda), () -> "the agenda holds exactly the duties the state owes " + at.get());
        assertEquals(owed.size(), agenda.size(), () -> "no duty twice on the agenda " + at.get());
        // no case of one center is visible from another
        for (CenterId other : CENTERS) {
          if (!other.equals(where)) {
            assertTrue(drill.cases(storage).find(other, c.id().value()).isEmpty(), () -> "not visible from " + other + ": " + at.get());
          }
        }
      }
    }
  }

  private static String who(Actor actor) {
    return actor == null ? "nobody" : actor.staff() + "/" + actor.role() + "/" + actor.department() + "@" + actor.centers();
  }
}
