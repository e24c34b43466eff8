package io.bizcenter.core;

import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.contracts.Contracts;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Receipts;
import io.bizcenter.core.port.Transactions;

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

  Contracts contracts();
}
