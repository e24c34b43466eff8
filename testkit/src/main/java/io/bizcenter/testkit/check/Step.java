package io.bizcenter.testkit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One generated step of a stateful property test: a seed for the step's random choices, and a kind from 0 to 99 that
 * the test's {@link Mix} reads as what sort of step it is. Every stateful check generates its sequences this way, from
 * any {@link RandomGenerator}; only the mix differs.
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
    /** One step drawn from {@code random}: any seed, any kind. */
    public Step step(RandomGenerator random) {
      return new Step(random.nextLong(), random.nextInt(100), this);
    }

    /** {@code length} steps drawn from {@code random}: the same source gives the same sequence. */
    public List<Step> sequence(RandomGenerator random, int length) {
      List<Step> steps = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        steps.add(step(random));
      }
      return steps;
    }
  }
}
