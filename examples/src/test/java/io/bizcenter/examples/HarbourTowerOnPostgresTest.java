package io.bizcenter.examples;

import io.bizcenter.testkit.check.ComplaintDrill;
import io.bizcenter.testkit.check.Configuration;
import io.bizcenter.testkit.check.ConfigurationCheck;
import io.bizcenter.testkit.check.ContractDrill;
import io.bizcenter.testkit.check.Drill;
import java.util.List;

/** Harbour Tower's rules on PostgreSQL: each run on a new database of an embedded server, migrated. */
class HarbourTowerOnPostgresTest extends ConfigurationCheck {
  @Override
  protected Configuration configuration() {
    return HarbourTower.on(FreshPostgres::storage);
  }

  @Override
  protected int runs() {
    return 2;
  }

  @Override
  protected int steps() {
    return 40;
  }

  /** Every transition is asked of the in-memory runs ({@link HarbourTowerTest}); here the store is what is checked. */
  @Override
  protected boolean everyTransition() {
    return false;
  }

  /** The procedures whose policies Harbour Tower sets: its approval chain and its complaint time limits. */
  @Override
  protected List<Drill<?, ?, ?, ?>> drills() {
    return List.of(new ComplaintDrill(), new ContractDrill());
  }
}
