package io.bizcenter.forms;

import io.bizcenter.core.port.AuditEntry;
import java.util.List;

/** A case as a real procedure run left it, with its audit trail: what a form is built from. */
public record Run<T>(T kase, List<AuditEntry> trail) {
  public Run {
    trail = List.copyOf(trail);
  }
}
