package io.bizcenter.testkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The check fed by another property-testing library, as docs/testing-your-configuration.md shows: the library only
 * draws seeds; each seed is one run, which the check plays, judges and shrinks itself. Everything else is a plain
 * function of a {@link java.util.random.RandomGenerator}, so a seed gives the same run whoever draws it.
 */
class SeedsFromAnotherLibraryTest {
  @Test
  @DisplayName("GS-2 GS-6 GS-7 seeds drawn by QuickTheories: every rule holds after every step of each run")
  void seedsFromQuickTheories() {
    qt().withExamples(8).withShrinkCycles(0).forAll(longs().all())
        .checkAssert(seed -> ProcedureCheck.of(InMemoryStorage::new).seed(seed).runs(1).steps(40).run().assertHolds());
  }

  @Test
  @DisplayName("a seed gives the same run, coverage and all, whoever draws it")
  void aSeedIsARun() {
    long seed = new SplittableRandom(7).nextLong();
    CheckReport once = ProcedureCheck.of(InMemoryStorage::new).seed(seed).runs(1).steps(40).run();
    CheckReport again = ProcedureCheck.of(InMemoryStorage::new).seed(seed).runs(1).steps(40).run();
    assertEquals(once.text(), again.text());
    assertEquals(once.coverageByRun().get(seed).transitionsTaken("complaints"), again.coverageByRun().get(seed).transitionsTaken("complaints"));
    assertEquals(once.coverage().transitionsTaken("contracts"), once.coverageByRun().get(seed).transitionsTaken("contracts"), "one run: its own coverage is all");
  }
}
