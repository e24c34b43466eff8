package io.bizcenter.examples;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.testkit.check.ComplaintDrill;
import io.bizcenter.testkit.check.Configuration;
import io.bizcenter.testkit.check.ConfigurationCheck;
import io.bizcenter.testkit.check.ContractDrill;
import io.bizcenter.testkit.check.Drill;
import java.util.List;

/**
 * Harbour Tower's rules checked the way a vendor's tester would: every shared rule after every step of random sequences,
 * and every declared transition reached under its own approval chain and time limits. On the in-memory store, where runs
 * are cheap enough to reach every transition; {@link HarbourTowerOnH2Test} and {@link HarbourTowerOnPostgresTest} run
 * the same check on the databases.
 */
class HarbourTowerTest extends ConfigurationCheck {
  @Override
  protected Configuration configuration() {
    return HarbourTower.on(InMemoryStorage::new);
  }

  @Override
  protected int runs() {
    return 10;
  }

  @Override
  protected int steps() {
    return 250;
  }

  /**
   * The procedures whose policies Harbour Tower sets: its approval chain and its complaint time limits. Tenancy keeps the
   * source's policy here; its drills run on the databases ({@link HarbourTowerOnH2Test}), and every one of its transitions
   * is asked of the library's own tenancy property tests.
   */
  @Override
  protected List<Drill<?, ?, ?, ?>> drills() {
    return List.of(new ComplaintDrill(), new ContractDrill());
  }
}
