package io.bizcenter.examples;

import io.bizcenter.core.Storage;
import io.bizcenter.testkit.contract.StorageContract;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * testkit's whole store contract, unchanged, on the vendor's storage: the library's tables with the equipment register
 * in the vendor's own asset table, on a fresh in-memory H2 database per test.
 */
class AssetRegisterStorageContractTest extends StorageContract {
  private static final AtomicInteger NAMES = new AtomicInteger();

  @Override
  protected Storage newStorage() {
    return AssetRegisterStorage.on(freshH2());
  }

  static JdbcDataSource freshH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:vendor-assets-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return h2;
  }
}
