package io.bizcenter.core;

import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.meetings.Meetings;

import io.bizcenter.core.keys.Keys;

import io.bizcenter.core.contracts.Contracts;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.port.CaseStore;
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
 * Every storage port the library needs, from one adapter, so that all of them share its transactions:
 * {@code InMemoryStorage} for quick starts and tests, the JDBC adapter for H2 and PostgreSQL, or a vendor's own.
 */
public interface Storage {
  Transactions transactions();

  EventLog eventLog();

  Receipts receipts();

  AgendaItems agenda();

  Complaints complaints();

  EquipmentRegister equipment();

  ServiceOrders serviceOrders();

  InternalUses internalUses();

  Meetings meetings();

  Keys keys();

  Contracts contracts();

  MoveIns moveIns();

  MoveOuts moveOuts();

  RenewalVisits renewalVisits();

  /**
   * The store of {@code procedure}'s cases: its typed store where the descriptor names one ({@code complaints()}, ...),
   * otherwise a store the adapter builds from the descriptor, in this storage's transactions (the same store on every
   * call). So a new procedure needs no code in an adapter: {@code InMemoryStorage} and the JDBC adapter answer it; this
   * default, for a vendor's own adapter, answers only the typed stores.
   */
  default <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> CaseStore<C> cases(Procedure<S, A, C, M> procedure) {
    return procedure.typedStoreIn(this).orElseThrow(() -> new UnsupportedOperationException(
        getClass().getSimpleName() + " keeps no cases of " + procedure.name() + ", a procedure without a typed store"));
  }
}
