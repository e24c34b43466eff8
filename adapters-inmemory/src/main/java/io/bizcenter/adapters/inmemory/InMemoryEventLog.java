package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.OutboxNotice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit trail, per case in order, and the outbox of undelivered notices, oldest first. */
final class InMemoryEventLog implements EventLog {
  private final Journal journal;
  private final Map<List<String>, List<AuditEntry>> trails = new HashMap<>();
  private final Map<NoticeId, OutboxNotice> pending = new LinkedHashMap<>();

  InMemoryEventLog(Journal journal) {
    this.journal = journal;
  }

  @Override
  public void append(AuditEntry entry) {
    List<String> key = key(entry.center(), entry.procedure(), entry.caseId());
    journal.write(() -> {
      trails.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      entry.notices().forEach(n -> pending.put(n.id(), n));
    }, () -> {
      List<AuditEntry> trail = trails.get(key);
      trail.remove(trail.size() - 1);
      entry.notices().forEach(n -> pending.remove(n.id()));
    });
  }

  @Override
  public List<AuditEntry> trail(CenterId center, String procedure, String caseId) {
    return journal.read(() -> List.copyOf(trails.getOrDefault(key(center, procedure, caseId), List.of())));
  }

  @Override
  public List<OutboxNotice> pendingNotices(int max) {
    return journal.read(() -> pending.values().stream().limit(Math.max(0, max)).toList());
  }

  @Override
  public void markDelivered(NoticeId id) {
    journal.read(() -> {
      OutboxNotice notice = pending.get(id);
      if (notice != null) {
        journal.write(() -> pending.remove(id), () -> pending.put(id, notice));
      }
      return null;
    });
  }

  private static List<String> key(CenterId center, String procedure, String caseId) {
    return List.of(center.value(), procedure, caseId);
  }
}
