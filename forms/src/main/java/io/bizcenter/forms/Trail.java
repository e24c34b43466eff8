package io.bizcenter.forms;

import io.bizcenter.core.port.AuditEntry;
import java.util.List;
import java.util.Optional;

/**
 * What a form reads from a case's audit trail (GS-6): who took a step, in which department, and when. Only the
 * entries of the case the form is about count, so a trail handed in by mistake for another case finds nothing.
 */
public final class Trail {
  private Trail() {}

  /** The latest entry of {@code caseId} for {@code action} (the step's name, such as {@code WRITE_FEE_RECEIPT}). */
  public static Optional<AuditEntry> last(List<AuditEntry> trail, String caseId, String action) {
    AuditEntry found = null;
    for (AuditEntry entry : trail) {
      if (entry.caseId().equals(caseId) && entry.action().equals(action)) {
        found = entry;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The entry that opened the case: its first. */
  public static Optional<AuditEntry> first(List<AuditEntry> trail, String caseId) {
    return trail.stream().filter(e -> e.caseId().equals(caseId)).findFirst();
  }

  /** Every entry of the case, in order. */
  public static List<AuditEntry> of(List<AuditEntry> trail, String caseId) {
    return trail.stream().filter(e -> e.caseId().equals(caseId)).toList();
  }
}
