package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.Procedure;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.meetings.Meetings;
import io.bizcenter.core.keys.Keys;
import io.bizcenter.core.contracts.Contracts;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Receipts;
import io.bizcenter.core.port.Transactions;
import io.bizcenter.core.services.EquipmentRegister;
import io.bizcenter.core.services.InternalUses;
import io.bizcenter.core.services.ServiceOrders;
import io.bizcenter.core.tenancy.MoveIns;
import io.bizcenter.core.tenancy.MoveOuts;
import io.bizcenter.core.tenancy.RenewalVisits;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every storage port in memory, thread-safe, with real transactions (all or nothing). For quick starts, demos
 * and fast tests; nothing survives the JVM.
 */
public final class InMemoryStorage implements Storage {
  private final Journal journal = new Journal();
  private final Transactions transactions = new InMemoryTransactions(journal);
  private final EventLog eventLog = new InMemoryEventLog(journal);
  private final Receipts receipts = new InMemoryReceipts(journal);
  private final AgendaItems agenda = new InMemoryAgendaItems(journal);
  private final Complaints complaints = new InMemoryComplaints(journal);
  private final EquipmentRegister equipment = new InMemoryEquipmentRegister(journal);
  private final ServiceOrders serviceOrders = new InMemoryServiceOrders(journal);
  private final InternalUses internalUses = new InMemoryInternalUses(journal);
  private final Meetings meetings = new InMemoryMeetings(journal);
  private final Keys keys = new InMemoryKeys(journal);
  private final Contracts contracts = new InMemoryContracts(journal);
  private final MoveIns moveIns = new InMemoryMoveIns(journal);
  private final MoveOuts moveOuts = new InMemoryMoveOuts(journal);
  private final RenewalVisits renewalVisits = new InMemoryRenewalVisits(journal);
  /** The stores of procedures without a typed store, by name, built on first ask from their descriptors. */
  private final Map<String, Shared> shared = new ConcurrentHashMap<>();

  private record Shared(Class<?> caseType, CaseStore<?> store) {}

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public EventLog eventLog() {
    return eventLog;
  }

  @Override
  public Receipts receipts() {
    return receipts;
  }

  @Override
  public AgendaItems agenda() {
    return agenda;
  }

  @Override
  public Complaints complaints() {
    return complaints;
  }

  @Override
  public EquipmentRegister equipment() {
    return equipment;
  }

  @Override
  public ServiceOrders serviceOrders() {
    return serviceOrders;
  }

  @Override
  public InternalUses internalUses() {
    return internalUses;
  }

  @Override
  public Meetings meetings() {
    return meetings;
  }

  @Override
  public Keys keys() {
    return keys;
  }

  @Override
  public Contracts contracts() {
    return contracts;
  }

  @Override
  public MoveIns moveIns() {
    return moveIns;
  }

  @Override
  public MoveOuts moveOuts() {
    return moveOuts;
  }

  @Override
  public RenewalVisits renewalVisits() {
    return renewalVisits;
  }

  /**
   * The typed store of a procedure of the library; for a procedure without one, a store built from its descriptor, in
   * the same journal, so it takes part in this storage's transactions as every other store.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> CaseStore<C> cases(Procedure<S, A, C, M> procedure) {
    return procedure.typedStoreIn(this).orElseGet(() -> {
      Shared store = shared.computeIfAbsent(procedure.name(), name -> new Shared(procedure.caseType(), new InMemoryCases<C>(name, journal)));
      if (store.caseType() != procedure.caseType()) {
        throw new IllegalArgumentException("the procedure " + procedure.name() + " keeps " + store.caseType().getSimpleName() + " cases, not "
            + procedure.caseType().getSimpleName());
      }
      return (CaseStore<C>) store.store();
    });
  }
}
