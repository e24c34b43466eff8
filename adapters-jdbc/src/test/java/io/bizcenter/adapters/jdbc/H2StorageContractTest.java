package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.Storage;
import io.bizcenter.testkit.contract.StorageContract;

/** testkit's store contract, unchanged, on H2. */
class H2StorageContractTest extends StorageContract {
  @Override
  protected Storage newStorage() {
    return Databases.freshH2();
  }
}
