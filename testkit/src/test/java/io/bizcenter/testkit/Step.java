package io.bizcenter.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * One generated step of a stateful property test: a seed for the step's random choices, and a kind from 0 to 99 that
 * the test's {@link Mix} reads as what sort of step it is. Every procedure's property test generates its sequences
 * this way; only the mix differs.
 */
public record Step(long seed, int kind, Step.Mix mix) {
  /** The step's own source for its random choices, from its seed. */
  public SplittableRandom random() {
    return new SplittableRandom(seed);
  }

  /** Sends again a command sent earlier in the sequence, command id and all. */
  public boolean repeatsAnEarlierCommand() {
    return kind < mix.repeatsBelow();
  }

  /** Sends arbitrary input: nulls, blanks, hostile text, unknown ids. */
  public boolean arbitrary() {
    return kind >= mix.repeatsBelow() && kind < mix.arbitraryBelow();
  }

  /** Something that happens beside the procedure under test, which the test names (another procedure's step, say). */
  public boolean sideEvent() {
    return kind >= mix.arbitraryBelow() && kind < mix.sideEventsBelow();
  }

  /** Takes an action the declaration offers, so that sequences get deep into the procedure. */
  public boolean offered() {
    return kind >= mix.offeredFrom();
  }

  // a failing sequence is printed step by step: the mix is the same for every step, so it is left out
  @Override
  public String toString() {
    return "Step[seed=" + seed + ", kind=" + kind + "]";
  }

  /**
   * How a test's kinds divide: below {@code repeatsBelow} a repeat, then arbitrary input below {@code arbitraryBelow},
   * then side events below {@code sideEventsBelow}, and from {@code offeredFrom} an offered action (100 for never);
   * the kinds in between send a well-formed command the test picks.
   */
  public record Mix(int repeatsBelow, int arbitraryBelow, int sideEventsBelow, int offeredFrom) {
    /** Sequences of one to {@code longest} steps, which QuickTheories shrinks towards fewer and simpler steps. */
    public Gen<List<Step>> sequences(int longest) {
      return lists().of(longs().all().zip(integers().between(0, 99), (seed, kind) -> new Step(seed, kind, this))).ofSizeBetween(1, longest);
    }
  }
}
