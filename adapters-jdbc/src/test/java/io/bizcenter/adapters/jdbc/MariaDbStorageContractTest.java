package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.Storage;
import io.bizcenter.testkit.contract.StorageContract;

/** testkit's store contract, unchanged, on a real MariaDB. */
class MariaDbStorageContractTest extends StorageContract {
  @Override
  protected Storage newStorage() {
    return Databases.emptyMariaDb();
  }
}
