package io.bizcenter.core.port;

import java.util.List;
import java.util.Optional;

/**
 * One page of the activity log: its audit entries in the query's order, each with its events and without its notices
 * (how a notice went is the outbox's business), and the cursor of the next page, absent on the last one.
 */
public record ActivityPage(List<AuditEntry> entries, Optional<String> next) {
  public ActivityPage {
    entries = List.copyOf(entries);
  }

  public static ActivityPage empty() {
    return new ActivityPage(List.of(), Optional.empty());
  }
}
