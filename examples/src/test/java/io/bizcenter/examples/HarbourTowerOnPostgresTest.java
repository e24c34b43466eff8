package io.bizcenter.examples;

import io.bizcenter.testkit.check.Configuration;
import io.bizcenter.testkit.check.ConfigurationCheck;

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
}
