package io.bizcenter.core.agenda;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import java.time.Instant;
import java.util.List;

/**
 * The stored agenda, written in the same transaction as the case it belongs to. Items are filed by center,
 * department and due time, so "what is due" is a range read, not a scan.
 */
public interface AgendaItems {
  /** Replaces everything a case owes with {@code items} (empty once the case is closed). */
  void replace(CenterId center, String procedure, String caseId, List<AgendaItem> items);

  /** A department's items due up to {@code until}, earliest first. */
  List<AgendaItem> due(CenterId center, Department department, Instant until);

  List<AgendaItem> forCase(CenterId center, String procedure, String caseId);
}
