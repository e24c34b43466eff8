package io.bizcenter.testkit.check;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JUnit 5 entry point: a vendor's test extends it and says how its center is configured; the one test runs the
 * {@link ProcedureCheck} and fails with its report. Seed, runs and steps come from the system properties
 * {@code bizcenter.check.seed}, {@code bizcenter.check.runs} and {@code bizcenter.check.steps} when set, so a failing
 * seed is replayed with {@code -Dbizcenter.check.seed=<seed> -Dbizcenter.check.runs=1}.
 *
 * <pre>{@code
 * class OurTowerTest extends ConfigurationCheck {
 *   protected Configuration configuration() {
 *     return () -> JdbcStorage.on(freshDatabase());
 *   }
 * }
 * }</pre>
 */
public abstract class ConfigurationCheck {
  /** The vendor's configuration; {@link Configuration#freshStorage()} must answer an empty store on every call. */
  protected abstract Configuration configuration();

  /** The first run's seed. */
  protected long seed() {
    return Long.getLong("bizcenter.check.seed", 1L);
  }

  protected int runs() {
    return Integer.getInteger("bizcenter.check.runs", 10);
  }

  /** The length of each run's sequence. */
  protected int steps() {
    return Integer.getInteger("bizcenter.check.steps", 60);
  }

  /** The procedures checked; by default every one testkit can drive. */
  protected List<Drill<?, ?, ?, ?>> drills() {
    return ProcedureCheck.everyDrill();
  }

  /** Whether the runs must take every declared transition together; yes by default. */
  protected boolean everyTransition() {
    return true;
  }

  /** The check as configured here; a test may run it with other settings. */
  protected ProcedureCheck check() {
    ProcedureCheck check = ProcedureCheck.of(configuration()).seed(seed()).runs(runs()).steps(steps())
        .drills(drills().toArray(Drill<?, ?, ?, ?>[]::new));
    return everyTransition() ? check.reachEveryTransition() : check;
  }

  @Test
  @DisplayName("GS-2 GS-3 GS-5 GS-6 GS-7 every rule holds after every step of random sequences, and every declared step is reachable")
  void everyRuleHolds() {
    check().run().assertHolds();
  }
}
