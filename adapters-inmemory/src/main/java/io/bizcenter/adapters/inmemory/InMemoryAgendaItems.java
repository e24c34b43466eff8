package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Agenda items per case, and filed again by center, department and due time, so that "what is due" reads a range
 * rather than every open case, as the JDBC adapter's index does (docs/benchmarks.md: the scan grew with the number of
 * open cases). Items of a seat without a department are never due for a department, so they are not filed there.
 */
final class InMemoryAgendaItems implements AgendaItems {
  /** Where an item sits in its department's queue: earliest due first, then by case, procedure and place in the case. */
  private record Slot(Instant dueAt, String caseId, String procedure, int position) {}

  // a null case id sorts after every real one, so a slot (until, null, ...) closes the range "due up to until"
  private static final Comparator<Slot> EARLIEST_FIRST = Comparator.comparing(Slot::dueAt)
      .thenComparing(Slot::caseId, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Slot::procedure, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(Slot::position);

  private final Journal journal;
  private final Map<List<String>, List<AgendaItem>> byCase = new HashMap<>();
  private final Map<CenterId, Map<Department, NavigableMap<Slot, AgendaItem>>> byDue = new HashMap<>();

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
    return journal.read(() -> {
      NavigableMap<Slot, AgendaItem> queue = byDue.getOrDefault(center, Map.of()).get(department);
      return queue == null ? List.of() : List.copyOf(queue.headMap(new Slot(until, null, null, Integer.MAX_VALUE), true).values());
    });
  }

  @Override
  public List<AgendaItem> forCase(CenterId center, String procedure, String caseId) {
    return journal.read(() -> byCase.getOrDefault(List.of(center.value(), procedure, caseId), List.of()));
  }

  private void put(List<String> key, List<AgendaItem> items) {
    List<AgendaItem> before = byCase.get(key);
    if (before != null) {
      file(before, false);
    }
    if (items == null || items.isEmpty()) {
      byCase.remove(key);
    } else {
      byCase.put(key, items);
      file(items, true);
    }
  }

  /** Files a case's items in their departments' queues, or takes them out. */
  private void file(List<AgendaItem> items, boolean in) {
    for (int position = 0; position < items.size(); position++) {
      AgendaItem item = items.get(position);
      if (item.seat().department().isEmpty()) {
        continue;
      }
      Department department = item.seat().department().get();
      Slot slot = new Slot(item.dueAt(), item.caseId(), item.procedure(), position);
      if (in) {
        byDue.computeIfAbsent(item.center(), c -> new EnumMap<>(Department.class))
            .computeIfAbsent(department, d -> new TreeMap<>(EARLIEST_FIRST))
            .put(slot, item);
      } else {
        Map<Department, NavigableMap<Slot, AgendaItem>> ofCenter = byDue.get(item.center());
        NavigableMap<Slot, AgendaItem> filed = ofCenter.get(department);
        filed.remove(slot);
        if (filed.isEmpty()) {
          ofCenter.remove(department);
        }
      }
    }
  }
}
