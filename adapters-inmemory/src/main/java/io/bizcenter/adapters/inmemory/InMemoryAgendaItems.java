package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Agenda items per case; the due query scans, which is fine at in-memory sizes (the JDBC adapter indexes). */
final class InMemoryAgendaItems implements AgendaItems {
  private final Journal journal;
  private final Map<List<String>, List<AgendaItem>> byCase = new HashMap<>();

  InMemoryAgendaItems(Journal journal) {
    this.journal = journal;
  }

  @Override
  public void replace(CenterId center, String procedure, String caseId, List<AgendaItem> items) {
    List<String> key = List.of(center.value(), procedure, caseId);
    List<AgendaItem> next = List.copyOf(items);
    journal.read(() -> {
      List<AgendaItem> before = byCase.get(key);
      journal.write(() -> put(key, next), () -> put(key, before));
      return null;
    });
  }

  @Override
  public List<AgendaItem> due(CenterId center, Department department, Instant until) {
    return journal.read(() -> byCase.values().stream()
        .flatMap(List::stream)
        .filter(i -> i.center().equals(center))
        .filter(i -> i.seat().department().map(d -> d == department).orElse(false))
        .filter(i -> !i.dueAt().isAfter(until))
        .sorted(Comparator.comparing(AgendaItem::dueAt).thenComparing(AgendaItem::caseId))
        .toList());
  }

  @Override
  public List<AgendaItem> forCase(CenterId center, String procedure, String caseId) {
    return journal.read(() -> byCase.getOrDefault(List.of(center.value(), procedure, caseId), List.of()));
  }

  private void put(List<String> key, List<AgendaItem> items) {
    if (items == null || items.isEmpty()) {
      byCase.remove(key);
    } else {
      byCase.put(key, items);
    }
  }
}
