package io.bizcenter.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.bizcenter.testkit.check.Step;
import java.util.List;
import org.quicktheories.core.Gen;

/** The published {@link Step}s as a QuickTheories generator, so that QuickTheories shrinks towards fewer and simpler steps. */
public final class StepSequences {
  private StepSequences() {}

  /** Sequences of one to {@code longest} steps of {@code mix}. */
  public static Gen<List<Step>> of(Step.Mix mix, int longest) {
    return lists().of(longs().all().zip(integers().between(0, 99), (seed, kind) -> new Step(seed, kind, mix))).ofSizeBetween(1, longest);
  }
}
