package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Receipt;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the storage ports show about one center's complaints and some commands: the cases, each case's trail
 * and agenda, the pending notices and the receipts. Two equal snapshots mean nothing was written in between.
 */
record Snapshot(
    List<Complaint> cases,
    SortedMap<String, List<AuditEntry>> trails,
    SortedMap<String, List<AgendaItem>> agenda,
    List<OutboxNotice> pending,
    SortedMap<String, Optional<Receipt>> receipts) {
  private static final String COMPLAINTS = ComplaintProcedure.DEFINITION.name();

  /**
   * Reads every case of {@code center} and also {@code moreIds} (ids handed out to cases that may not have been
   * stored, whose trail or agenda a partial write could still have left), and the receipts of {@code commands}.
   */
  static Snapshot of(Storage storage, CenterId center, Collection<String> moreIds, Collection<CommandId> commands) {
    List<Complaint> cases = storage.complaints().all(center);
    TreeSet<String> ids = new TreeSet<>(moreIds);
    cases.forEach(c -> ids.add(c.id().value()));
    SortedMap<String, List<AuditEntry>> trails = new TreeMap<>();
    SortedMap<String, List<AgendaItem>> agenda = new TreeMap<>();
    // an id with neither trail nor agenda is left out, so that ids handed out meanwhile do not count as a change
    for (String id : ids) {
      List<AuditEntry> trail = storage.eventLog().trail(center, COMPLAINTS, id);
      List<AgendaItem> items = storage.agenda().forCase(center, COMPLAINTS, id);
      if (!trail.isEmpty()) {
        trails.put(id, trail);
      }
      if (!items.isEmpty()) {
        agenda.put(id, items);
      }
    }
    SortedMap<String, Optional<Receipt>> receipts = new TreeMap<>();
    commands.forEach(id -> receipts.put(id.value(), storage.receipts().find(center, id).toJavaOptional()));
    return new Snapshot(cases, trails, agenda, storage.eventLog().pendingNotices(100_000), receipts);
  }

  /** Fails, naming the part that differs, unless {@code actual} shows exactly what this snapshot shows. */
  void assertSameAs(Snapshot actual, String where) {
    assertEquals(cases, actual.cases, where + ": the cases");
    assertEquals(trails, actual.trails, where + ": the trails");
    assertEquals(agenda, actual.agenda, where + ": the agenda");
    assertEquals(pending, actual.pending, where + ": the pending notices");
    assertEquals(receipts, actual.receipts, where + ": the receipts");
  }

  Complaint complaint(String id) {
    return cases.stream().filter(c -> c.id().value().equals(id)).findFirst().orElseThrow();
  }
}
