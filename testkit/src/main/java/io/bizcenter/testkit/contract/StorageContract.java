package io.bizcenter.testkit.contract;

import io.bizcenter.core.Storage;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderState;
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
  @DisplayName("Meetings (CaseStore)")
  class MeetingsSuite extends CaseStoreContract<MeetingState, Meeting> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<Meeting> cases() {
      return storage.meetings();
    }

    @Override
    protected String procedure() {
      return "meetings";
    }

    @Override
    protected Meeting sample(CenterId center, String id, long version, Instant openedAt) {
      return Samples.meeting(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("A procedure known by its descriptor alone (CaseStore built by the adapter)")
  class DescribedProcedureSuite extends DescribedProcedureContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("Meetings (room calendar)")
  class MeetingRoomCalendarSuite extends MeetingRoomCalendarContract {
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
  @DisplayName("EventLog: the activity log")
  class ActivityLogSuite extends ActivityLogContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("The reports' range queries and the report desk")
  class ReportsSuite extends ReportsContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("Two centers sharing one id sequence")
  class CentersSharingIdsSuite extends CentersSharingIdsContract {
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
  @DisplayName("Resends (Receipts through the desks)")
  class ResendSuite extends ResendContract {
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

  @Nested
  @DisplayName("EquipmentRegister (CaseStore)")
  class EquipmentSuite extends CaseStoreContract<DeviceState, Device> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<Device> cases() {
      return storage.equipment();
    }

    @Override
    protected String procedure() {
      return "equipment";
    }

    @Override
    protected Device sample(CenterId center, String id, long version, Instant openedAt) {
      return ServiceSamples.device(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("ServiceOrders (CaseStore)")
  class ServiceOrdersSuite extends CaseStoreContract<ServiceOrderState, ServiceOrder> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<ServiceOrder> cases() {
      return storage.serviceOrders();
    }

    @Override
    protected String procedure() {
      return "service-orders";
    }

    @Override
    protected ServiceOrder sample(CenterId center, String id, long version, Instant openedAt) {
      return ServiceSamples.order(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("InternalUses (CaseStore)")
  class InternalUsesSuite extends CaseStoreContract<InternalUseState, InternalUse> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<InternalUse> cases() {
      return storage.internalUses();
    }

    @Override
    protected String procedure() {
      return "internal-uses";
    }

    @Override
    protected InternalUse sample(CenterId center, String id, long version, Instant openedAt) {
      return ServiceSamples.use(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("Device calendar (ServiceOrders, InternalUses)")
  class DeviceCalendarSuite extends DeviceCalendarContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("Keys (CaseStore)")
  class KeysSuite extends CaseStoreContract<KeyState, Key> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<Key> cases() {
      return storage.keys();
    }

    @Override
    protected String procedure() {
      return "keys";
    }

    @Override
    protected Key sample(CenterId center, String id, long version, Instant openedAt) {
      return KeySamples.key(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("Keys (the register's questions)")
  class KeyRegisterSuite extends KeyRegisterContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
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
  @DisplayName("MoveIns (CaseStore)")
  class MoveInsSuite extends CaseStoreContract<MoveInState, MoveIn> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<MoveIn> cases() {
      return storage.moveIns();
    }

    @Override
    protected String procedure() {
      return "move-ins";
    }

    @Override
    protected MoveIn sample(CenterId center, String id, long version, Instant openedAt) {
      return TenancySamples.moveIn(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("RenewalVisits (CaseStore)")
  class RenewalVisitsSuite extends CaseStoreContract<RenewalVisitState, RenewalVisit> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<RenewalVisit> cases() {
      return storage.renewalVisits();
    }

    @Override
    protected String procedure() {
      return "renewal-visits";
    }

    @Override
    protected RenewalVisit sample(CenterId center, String id, long version, Instant openedAt) {
      return TenancySamples.lease(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("MoveOuts (CaseStore)")
  class MoveOutsSuite extends CaseStoreContract<MoveOutState, MoveOut> {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }

    @Override
    protected CaseStore<MoveOut> cases() {
      return storage.moveOuts();
    }

    @Override
    protected String procedure() {
      return "move-outs";
    }

    @Override
    protected MoveOut sample(CenterId center, String id, long version, Instant openedAt) {
      return TenancySamples.moveOut(center, id, version, openedAt);
    }
  }

  @Nested
  @DisplayName("Import of a building in operation (through the desks)")
  class ImportSuite extends ImportContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }

  @Nested
  @DisplayName("Tenancy (the stores' questions)")
  class TenancyStoresSuite extends TenancyStoresContract {
    @Override
    protected Storage newStorage() {
      return StorageContract.this.newStorage();
    }
  }
}
