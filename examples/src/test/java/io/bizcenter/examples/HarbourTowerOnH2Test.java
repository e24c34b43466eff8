package io.bizcenter.examples;

import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.testkit.check.ComplaintDrill;
import io.bizcenter.testkit.check.Configuration;
import io.bizcenter.testkit.check.ConfigurationCheck;
import io.bizcenter.testkit.check.ContractDrill;
import io.bizcenter.testkit.check.Drill;
import io.bizcenter.testkit.check.LeaseWatchDrill;
import io.bizcenter.testkit.check.MoveInDrill;
import io.bizcenter.testkit.check.MoveOutDrill;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcConnectionPool;

/** Harbour Tower's rules on H2: each run on a new in-memory database, migrated. */
class HarbourTowerOnH2Test extends ConfigurationCheck {
  private static final AtomicInteger NAMES = new AtomicInteger();

  @Override
  protected Configuration configuration() {
    return HarbourTower.on(() -> {
      // a pool, as in production: a new session per look-up would measure H2's log-in, not the library
      JdbcConnectionPool h2 = JdbcConnectionPool.create("jdbc:h2:mem:harbour-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
      JdbcStorage storage = JdbcStorage.on(h2);
      storage.migrate();
      return storage;
    });
  }

  @Override
  protected int runs() {
    return 2;
  }

  @Override
  protected int steps() {
    return 50;
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
