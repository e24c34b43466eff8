package io.bizcenter.testkit.contract;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import org.junit.jupiter.api.DisplayName;

/** The store contract on the in-memory adapter, exactly as a vendor runs it on its own. */
@DisplayName("Store contract on InMemoryStorage")
class InMemoryStorageContractTest extends StorageContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
