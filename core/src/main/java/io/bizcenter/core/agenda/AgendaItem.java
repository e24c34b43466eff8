package io.bizcenter.core.agenda;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Seat;
import java.time.Instant;
import java.util.List;

/**
 * Something a seat owes a case by a time (GS-7): "Operations: triage complaint C-17 by 14:00 (CP-1.2)". It can be
 * done from {@code availableFrom}, is overdue after {@code dueAt}, and is replaced when the case moves on.
 */
public record AgendaItem(
    CenterId center,
    String procedure,
    String caseId,
    String state,
    List<String> actions,
    Seat seat,
    Instant availableFrom,
    Instant dueAt,
    Clause clause) {
  public AgendaItem {
    actions = List.copyOf(actions);
  }

  public boolean overdueAt(Instant now) {
    return dueAt.isBefore(now);
  }

  public boolean availableAt(Instant now) {
    return !availableFrom.isAfter(now);
  }
}
