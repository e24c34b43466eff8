package io.bizcenter.testkit.check;

import io.bizcenter.core.procedure.ProcedureDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a {@link ProcedureCheck} found: whether every rule held after every step, the shortest failing sequence if one
 * did not, which declared transitions no run took when every one was asked for, and the coverage of all runs.
 */
public final class CheckReport {
  private final long seed;
  private final int runs;
  private final int steps;
  private final Coverage coverage;
  private final Map<Long, Coverage> byRun;
  private final List<ProcedureDefinition<?, ?, ?, ?>> definitions;
  private final Optional<Failure> failure;
  private final List<Unreached> unreached;

  /**
   * A rule broken: by the run of {@code seed}, first at step {@code length} of its sequence; {@code kept} are the steps of
   * that sequence (numbered from 1) that still break it after shrinking, {@code lines} what each of them did.
   */
  public record Failure(long seed, int length, List<Integer> kept, List<String> lines, Throwable cause) {}

  /**
   * A declared transition no run took; {@code seed} and {@code kept} name the shortest sequence found that reaches the
   * state it leaves, {@code lines} what each step did (empty when no run reached that state).
   */
  public record Unreached(String procedure, String transition, Optional<Long> seed, List<Integer> kept, List<String> lines) {}

  CheckReport(long seed, int runs, int steps, Coverage coverage, Map<Long, Coverage> byRun, List<ProcedureDefinition<?, ?, ?, ?>> definitions,
      Optional<Failure> failure, List<Unreached> unreached) {
    this.seed = seed;
    this.runs = runs;
    this.steps = steps;
    this.coverage = coverage;
    this.byRun = Collections.unmodifiableMap(new LinkedHashMap<>(byRun));
    this.definitions = definitions;
    this.failure = failure;
    this.unreached = List.copyOf(unreached);
  }

  /** Whether every rule held and, if asked for, every declared transition was taken. */
  public boolean holds() {
    return failure.isEmpty() && unreached.isEmpty();
  }

  public Optional<Failure> failure() {
    return failure;
  }

  public List<Unreached> unreached() {
    return unreached;
  }

  /** What all runs reached together. */
  public Coverage coverage() {
    return coverage;
  }

  /** What each run reached, by its seed, in the order played (a run cut short by a broken rule up to that step). */
  public Map<Long, Coverage> coverageByRun() {
    return byRun;
  }

  /** Throws an {@link AssertionError} with {@link #text()} unless the check held. */
  public void assertHolds() {
    if (!holds()) {
      throw new AssertionError(text(), failure.map(Failure::cause).orElse(null));
    }
  }

  /** The report for a person: what broke, the seed, the shortest sequence step by step, how to replay it, and the coverage. */
  public String text() {
    StringBuilder out = new StringBuilder();
    failure.ifPresent(f -> out.append("A rule broke in the run of seed ").append(f.seed()).append(" at step ").append(f.length())
        .append(". Shortest failing sequence found: ").append(f.kept().size()).append(" step(s) ").append(f.kept()).append(" of that seed's sequence:\n")
        .append(indented(f.lines()))
        .append("What broke: ").append(firstLine(f.cause())).append('\n')
        .append("Replay it: ProcedureCheck.of(configuration).seed(").append(f.seed()).append(").runs(1).steps(").append(f.length())
        .append(").replaying(").append(f.kept().stream().map(String::valueOf).collect(Collectors.joining(", "))).append(")\n"));
    for (Unreached u : unreached) {
      out.append("No run took ").append(u.procedure()).append(' ').append(u.transition()).append(" (a rule the configuration may have switched off).");
      u.seed().ifPresentOrElse(s -> out.append(" Its state was reached by seed ").append(s).append(", in ").append(u.kept().size())
              .append(" step(s) ").append(u.kept()).append(":\n").append(indented(u.lines())),
          () -> out.append(" No run reached the state it leaves.\n"));
    }
    if (holds()) {
      out.append("Every rule held after every step. ");
    }
    out.append("Checked: seed ").append(seed).append(", ").append(runs).append(" run(s) of ").append(steps).append(" steps.\n");
    // after a broken rule the coverage of a cut-short check says little
    if (failure.isEmpty()) {
      out.append(coverage.describe(definitions));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  private static String indented(List<String> lines) {
    return lines.stream().map(l -> "  " + l + "\n").collect(Collectors.joining());
  }

  private static String firstLine(Throwable cause) {
    String message = String.valueOf(cause.getMessage());
    return cause.getClass().getSimpleName() + ": " + message;
  }
}
