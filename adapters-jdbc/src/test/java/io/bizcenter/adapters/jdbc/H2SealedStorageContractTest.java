package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.Storage;
import io.bizcenter.testkit.contract.StorageContract;
import javax.crypto.spec.SecretKeySpec;

/** testkit's store contract, unchanged, on H2 with every document sealed by AES-GCM: the indexed questions still answer. */
class H2SealedStorageContractTest extends StorageContract {
  static final AesGcmCipher CIPHER = new AesGcmCipher(new SecretKeySpec(new byte[32], "AES"));

  @Override
  protected Storage newStorage() {
    return JdbcStorage.on(Databases.freshH2DataSource(), CIPHER);
  }
}
