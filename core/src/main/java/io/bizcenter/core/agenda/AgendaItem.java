package io.bizcenter.core.agenda;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Seat;
import java.time.Instant;
import java.util.List;

/**
 * Something a seat owes a case by a time (GS-7): "Operations: triage complaint C-17 by 14:00 (CP-1.2)". Kept
 * while the case stands in {@code state}, replaced when it moves on.
 */
public record AgendaItem(
    CenterId center, String procedure, String caseId, String state, List<String> actions, Seat seat, Instant dueAt, Clause clause) {
  public AgendaItem {
    actions = List.copyOf(actions);
  }

  public boolean overdueAt(Instant now) {
    return dueAt.isBefore(now);
  }
}
