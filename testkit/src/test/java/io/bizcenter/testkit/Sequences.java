package io.bizcenter.testkit;

import io.bizcenter.testkit.check.Step;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * How a stateful property test plays one generated sequence against its business center: each step gets its own
 * random source from its seed, time passes, then the step happens, as a side event or as a command. The test says how
 * time passes, what a side event is and how it picks and sends a command.
 */
public final class Sequences {
  private Sequences() {}

  /** Plays {@code steps} of a test whose mix has no side events. */
  public static void play(List<Step> steps, Consumer<SplittableRandom> pause, BiConsumer<Step, SplittableRandom> command) {
    play(steps, pause, random -> {
      throw new IllegalStateException("this test's steps have no side events");
    }, () -> { }, command);
  }

  /**
   * Plays {@code steps}, each a side event or a command as its kind says; after a side event {@code invariants} are
   * checked (after a command, the test checks them itself, having judged the answer).
   */
  public static void play(List<Step> steps, Consumer<SplittableRandom> pause, Consumer<SplittableRandom> sideEvent, Runnable invariants,
      BiConsumer<Step, SplittableRandom> command) {
    for (Step step : steps) {
      SplittableRandom random = step.random();
      pause.accept(random);
      if (step.sideEvent()) {
        sideEvent.accept(random);
        invariants.run();
      } else {
        command.accept(step, random);
      }
    }
  }
}
