package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.Storage;
import io.bizcenter.testkit.contract.StorageContract;

/** testkit's store contract, unchanged, on a real PostgreSQL with every document sealed by AES-GCM. */
class PostgresSealedStorageContractTest extends StorageContract {
  @Override
  protected Storage newStorage() {
    return JdbcStorage.on(Databases.emptyPostgresDataSource(), H2SealedStorageContractTest.CIPHER);
  }
}
