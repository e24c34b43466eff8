package io.bizcenter.core;

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
}
