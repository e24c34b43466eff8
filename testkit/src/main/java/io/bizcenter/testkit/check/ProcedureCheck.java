package io.bizcenter.testkit.check;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The stateful check of a vendor's configuration: runs of random command sequences by random actors through the
 * procedures of its drills, each on a fresh center built from the {@link Configuration}, every rule checked after every
 * step (see {@link CheckRun}); on failure the sequence is shrunk by dropping steps and replaying, so the report shows the
 * seed and the shortest failing sequence found. Run {@code k} plays the sequence of seed {@code seed + k}: everything is
 * deterministic from the seed.
 *
 * <pre>{@code
 * ProcedureCheck.of(myConfiguration).seed(42).runs(10).steps(60).reachEveryTransition().run().assertHolds();
 * }</pre>
 */
public final class ProcedureCheck {
  /** A few repeats and arbitrary inputs, mostly actions offered to some seat, so that sequences get deep. */
  public static final Step.Mix MIX = new Step.Mix(6, 14, 14, 30);
  /** The two centers of every run, {@code zz-tower} and {@code yy-plaza}: a configuration's policies may differ between them. */
  public static final List<CenterId> CENTERS = CheckRun.CENTERS;

  private final Configuration configuration;
  private List<Drill<?, ?, ?, ?>> drills = everyDrill();
  private long seed = 1;
  private int runs = 10;
  private int steps = 60;
  private boolean everyTransition;
  private List<String> mustReach;
  private int shrinkReruns = 200;
  private int[] kept;
  private final List<Invariant> invariants = new ArrayList<>();
  private final Map<String, CheckReport.Unreached> shortestWays = new HashMap<>();

  private ProcedureCheck(Configuration configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
  }

  /** A check of {@code configuration}, by default of every drill, seed 1, 10 runs of 60 steps. */
  public static ProcedureCheck of(Configuration configuration) {
    return new ProcedureCheck(configuration);
  }

  /**
   * The procedures testkit can drive: complaint handling, contract signing, meeting reception, the service procedure's
   * equipment register, service orders and internal uses, key control, and tenancy: move-in, the lease watch, move-out.
   */
  public static List<Drill<?, ?, ?, ?>> everyDrill() {
    return List.of(new ComplaintDrill(), new ContractDrill(), new MeetingDrill(), new EquipmentDrill(), new ServiceOrderDrill(),
        new InternalUseDrill(), new KeyDrill(), new MoveInDrill(), new LeaseWatchDrill(), new MoveOutDrill());
  }

  /** Only these procedures. */
  public ProcedureCheck drills(Drill<?, ?, ?, ?>... only) {
    this.drills = List.of(only);
    return this;
  }

  /** The first run's seed; run {@code k} uses {@code seed + k}. */
  public ProcedureCheck seed(long first) {
    this.seed = first;
    return this;
  }

  public ProcedureCheck runs(int count) {
    this.runs = count;
    return this;
  }

  /** The length of each run's sequence. */
  public ProcedureCheck steps(int length) {
    this.steps = length;
    return this;
  }

  /** Fails unless the runs together take every declared transition of every procedure checked. */
  public ProcedureCheck reachEveryTransition() {
    this.everyTransition = true;
    this.mustReach = null;
    return this;
  }

  /**
   * Fails unless the runs together take every declared transition of the procedures named (others run beside them, the
   * move-ins whose completion starts the lease watch, say, without being held to their own coverage).
   */
  public ProcedureCheck reachEveryTransitionOf(String... procedures) {
    this.everyTransition = true;
    this.mustReach = List.of(procedures);
    return this;
  }

  /** A rule of the vendor's own, checked after every step beside the shared ones. */
  public ProcedureCheck invariant(Invariant rule) {
    invariants.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /** How many replays shrinking may spend (each on a fresh store); 200 by default. */
  public ProcedureCheck shrinkingAtMost(int replays) {
    this.shrinkReruns = replays;
    return this;
  }

  /** Plays only these steps (numbered from 1) of the seed's sequence: a shrunk sequence from a report, replayed. */
  public ProcedureCheck replaying(int... positions) {
    this.kept = positions.clone();
    return this;
  }

  /** Runs the check; the report says whether every rule held, and what the runs covered. */
  public CheckReport run() {
    Coverage coverage = new Coverage();
    Map<Long, Coverage> byRun = new LinkedHashMap<>();
    List<Reached> reached = new ArrayList<>();
    for (int k = 0; k < runs; k++) {
      long runSeed = seed + k;
      List<Numbered> sequence = sequence(runSeed);
      CheckRun.Outcome outcome = play(sequence);
      coverage = coverage.plus(outcome.coverage());
      byRun.put(runSeed, outcome.coverage());
      reached.add(new Reached(runSeed, sequence, outcome.coverage()));
      if (outcome.broken().isPresent()) {
        List<Numbered> failing = sequence.subList(0, outcome.brokenAt() + 1);
        List<Numbered> shortest = shrink(failing, candidate -> play(candidate).broken().isPresent());
        CheckRun.Outcome replayed = play(shortest);
        return new CheckReport(seed, runs, steps, coverage, byRun, definitions(), Optional.of(new CheckReport.Failure(runSeed, failing.size(),
            shortest.stream().map(Numbered::position).toList(), replayed.lines(), replayed.broken().orElse(outcome.broken().get()))), List.of());
      }
    }
    List<CheckReport.Unreached> unreached = new ArrayList<>();
    if (everyTransition) {
      for (Drill<?, ?, ?, ?> drill : drills) {
        ProcedureDefinition<?, ?, ?, ?> definition = drill.definition();
        if (mustReach != null && !mustReach.contains(definition.name())) {
          continue;
        }
        for (Transition<?, ?, ?, ?> t : definition.transitions()) {
          if (drill.notDrilled().contains(t.action())) {
            continue;
          }
          if (coverage.missing(definition).contains(Coverage.transition(t)) && unreached.stream().noneMatch(u -> u.transition().equals(Coverage.transition(t)))) {
            unreached.add(closest(definition.name(), Coverage.transition(t), t.from().map(Enum::name).orElse(Coverage.OPENING), reached));
          }
        }
      }
    }
    return new CheckReport(seed, runs, steps, coverage, byRun, definitions(), Optional.empty(), unreached);
  }

  /** A step with its place in the seed's sequence, so that a shrunk sequence can be named and replayed. */
  private record Numbered(int position, Step step) {}

  private record Reached(long seed, List<Numbered> sequence, Coverage coverage) {}

  private List<Numbered> sequence(long runSeed) {
    List<Step> all = MIX.sequence(new SplittableRandom(runSeed), steps);
    List<Numbered> numbered = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      int position = i + 1;
      if (kept == null || Arrays.stream(kept).anyMatch(p -> p == position)) {
        numbered.add(new Numbered(position, all.get(i)));
      }
    }
    return numbered;
  }

  private CheckRun.Outcome play(List<Numbered> sequence) {
    return new CheckRun(configuration, drills, List.copyOf(invariants)).play(sequence.stream().map(Numbered::step).toList());
  }

  /**
   * The shortest sequence found that still shows what {@code shows} looks for: chunks of steps dropped, halving the
   * chunk down to single steps, each candidate replayed on a fresh store, within the replay budget.
   */
  private List<Numbered> shrink(List<Numbered> sequence, Predicate<List<Numbered>> shows) {
    List<Numbered> shortest = sequence;
    int budget = shrinkReruns;
    for (int chunk = Math.max(1, shortest.size() / 2); chunk >= 1 && budget > 0; chunk /= 2) {
      boolean dropped = true;
      while (dropped && budget > 0) {
        dropped = false;
        for (int from = 0; from < shortest.size() && budget > 0; from += chunk) {
          List<Numbered> candidate = new ArrayList<>(shortest.subList(0, from));
          candidate.addAll(shortest.subList(Math.min(shortest.size(), from + chunk), shortest.size()));
          if (candidate.isEmpty()) {
            continue;
          }
          budget--;
          if (shows.test(candidate)) {
            shortest = candidate;
            dropped = true;
            from -= chunk;
          }
        }
      }
    }
    return shortest;
  }

  /** For a transition no run took: the shortest sequence found that reaches the state it leaves (none for an opening). */
  private CheckReport.Unreached closest(String procedure, String transition, String from, List<Reached> reached) {
    if (from.equals(Coverage.OPENING)) {
      return new CheckReport.Unreached(procedure, transition, Optional.empty(), List.of(), List.of());
    }
    // several steps out of one state share the way there: shrunk once
    CheckReport.Unreached known = shortestWays.get(procedure + " " + from);
    if (known != null) {
      return new CheckReport.Unreached(procedure, transition, known.seed(), known.kept(), known.lines());
    }
    CheckReport.Unreached found = wayTo(procedure, transition, from, reached);
    shortestWays.put(procedure + " " + from, found);
    return found;
  }

  private CheckReport.Unreached wayTo(String procedure, String transition, String from, List<Reached> reached) {
    for (Reached run : reached) {
      int step = run.coverage().firstReached(procedure, from);
      if (step > 0) {
        List<Numbered> prefix = run.sequence().subList(0, step);
        List<Numbered> shortest = shrink(prefix, candidate -> play(candidate).coverage().firstReached(procedure, from) > 0);
        return new CheckReport.Unreached(procedure, transition, Optional.of(run.seed()), shortest.stream().map(Numbered::position).toList(),
            play(shortest).lines());
      }
    }
    return new CheckReport.Unreached(procedure, transition, Optional.empty(), List.of(), List.of());
  }

  private List<ProcedureDefinition<?, ?, ?, ?>> definitions() {
    return drills.stream().<ProcedureDefinition<?, ?, ?, ?>>map(Drill::definition).toList();
  }
}
