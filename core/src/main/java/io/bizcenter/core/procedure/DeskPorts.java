package io.bizcenter.core.procedure;

import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.port.Listener;
import io.bizcenter.core.port.Receipts;
import io.bizcenter.core.port.Transactions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The bookkeeping every desk shares: transactions, the event log, receipts, the agenda, ids, the clock, each
 * center's time zone, how many times a command is recomputed after a concurrent change, and who listens.
 */
public record DeskPorts(
    Transactions transactions,
    EventLog eventLog,
    Receipts receipts,
    AgendaItems agenda,
    Ids ids,
    Clock clock,
    Function<CenterId, ZoneId> zones,
    int attempts,
    Listener listener) {}
