package io.bizcenter.testkit;

import io.bizcenter.core.Procedure;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.contracts.Contracts;
import io.bizcenter.core.keys.Keys;
import io.bizcenter.core.meetings.Meetings;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Receipts;
import io.bizcenter.core.port.Transactions;
import io.bizcenter.core.services.EquipmentRegister;
import io.bizcenter.core.services.InternalUses;
import io.bizcenter.core.services.ServiceOrders;
import io.bizcenter.core.tenancy.MoveIns;
import io.bizcenter.core.tenancy.MoveOuts;
import io.bizcenter.core.tenancy.RenewalVisits;

/**
 * A {@link Storage} that hands every port to another one: extend it and override the one port a test wants to
 * watch or break (count conflicts, fail a save), and the rest keeps working as new stores are added.
 */
public abstract class ForwardingStorage implements Storage {
  private final Storage delegate;

  protected ForwardingStorage(Storage delegate) {
    this.delegate = delegate;
  }

  protected Storage delegate() {
    return delegate;
  }

  @Override
  public Transactions transactions() {
    return delegate.transactions();
  }

  @Override
  public EventLog eventLog() {
    return delegate.eventLog();
  }

  @Override
  public Receipts receipts() {
    return delegate.receipts();
  }

  @Override
  public AgendaItems agenda() {
    return delegate.agenda();
  }

  @Override
  public Complaints complaints() {
    return delegate.complaints();
  }

  @Override
  public EquipmentRegister equipment() {
    return delegate.equipment();
  }

  @Override
  public ServiceOrders serviceOrders() {
    return delegate.serviceOrders();
  }

  @Override
  public InternalUses internalUses() {
    return delegate.internalUses();
  }

  @Override
  public Meetings meetings() {
    return delegate.meetings();
  }

  @Override
  public Keys keys() {
    return delegate.keys();
  }

  @Override
  public Contracts contracts() {
    return delegate.contracts();
  }

  @Override
  public MoveIns moveIns() {
    return delegate.moveIns();
  }

  @Override
  public MoveOuts moveOuts() {
    return delegate.moveOuts();
  }

  @Override
  public RenewalVisits renewalVisits() {
    return delegate.renewalVisits();
  }

  /**
   * A procedure's store: its typed store as this storage answers it (so a port a subclass overrides serves the
   * descriptor too), otherwise the delegate's store built from the descriptor.
   */
  @Override
  public <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> CaseStore<C> cases(Procedure<S, A, C, M> procedure) {
    return procedure.typedStoreIn(this).orElseGet(() -> delegate.cases(procedure));
  }
}
