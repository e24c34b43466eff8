package io.bizcenter.examples;

import io.bizcenter.testkit.check.ComplaintDrill;
import io.bizcenter.testkit.check.Configuration;
import io.bizcenter.testkit.check.ConfigurationCheck;
import io.bizcenter.testkit.check.ContractDrill;
import io.bizcenter.testkit.check.Drill;
import io.bizcenter.testkit.check.LeaseWatchDrill;
import io.bizcenter.testkit.check.MoveInDrill;
import io.bizcenter.testkit.check.MoveOutDrill;
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

  /**
   * The procedures whose policies Harbour Tower sets (its approval chain and its complaint time limits), and tenancy,
   * whose move-ins, lease watches and move-outs the store must keep as the in-memory one does.
   */
  @Override
  protected List<Drill<?, ?, ?, ?>> drills() {
    return List.of(new ComplaintDrill(), new ContractDrill(), new MoveInDrill(), new LeaseWatchDrill(), new MoveOutDrill());
  }
}
