package io.bizcenter.testkit.contract;

import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.CaseStore;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The whole store contract in one class: a vendor extends it once, answers {@link #newStorage()}, and every port's
 * suite runs as a nested class. Suites added in later releases (one per new procedure store) are picked up without
 * a change on the vendor's side.
 *
 * <pre>{@code
 * class MyStorageContractTest extends StorageContract {
 *   protected Storage newStorage() { return MyStorage.onEmptyDatabase(); }
 * }
 * }</pre>
 *
 * The nested classes are named {@code ...Suite}, not after the ports, so that they do not shadow the port types
 * ({@code EventLog}, {@code Receipts}, ...) inside a vendor's subclass.
 *
 * <p>Lifecycle methods of the subclass ({@code @BeforeEach}, {@code @AfterEach}) run around every nested test too, so
 * that is where a database is emptied or closed.
 */
public abstract class StorageContract {
  /**
   * A new, empty store for one test (see {@link PortContract#newStorage()}); called once before each test of
   * every suite.
   */
  protected abstract Storage newStorage();

  @Nested
  @DisplayName("Complaints (CaseStore)")
  class ComplaintsSuite extends CaseStoreContract<ComplaintState, Complaint> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<Complaint> cases() {
      return storage.complaints();
    }

    @Override
    protected String procedure() {
      return "complaints";
    }

    @Override
    protected Complaint sample(CenterId center, String id, long version, Instant openedAt) {
      return Samples.complaint(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("Contracts (CaseStore)")
  class ContractsSuite extends CaseStoreContract<ContractState, Contract> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<Contract> cases() {
      return storage.contracts();
    }

    @Override
    protected String procedure() {
      return "contracts";
    }

    @Override
    protected Contract sample(CenterId center, String id, long version, Instant openedAt) {
      return ContractSamples.lease(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("Contracts (related to a lease)")
  class RelatedContractsSuite extends RelatedContractsContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("Transactions")
  class TransactionsSuite extends TransactionsContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("EventLog")
  class EventLogSuite extends EventLogContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("Receipts")
  class ReceiptsSuite extends ReceiptsContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("AgendaItems")
  class AgendaItemsSuite extends AgendaItemsContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("Concurrency")
  class ConcurrencySuite extends ConcurrencyContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }
}
