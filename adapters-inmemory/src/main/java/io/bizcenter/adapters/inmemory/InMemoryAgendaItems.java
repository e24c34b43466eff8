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
  private record Slot(Instant dueAt, String caseId, String procedure, int rank) {}

  // a null case id sorts after every real one, so a slot (until, null, ...) closes the range "due up to until"
  private static final Comparator<Slot> EARLIEST_FIRST = (a, b) -> {
    int byDue = a.dueAt().compareTo(b.dueAt());
    if (byDue != 0) {
      return byDue;
    }
    int byCase = nullsLast(a.caseId(), b.caseId());
    if (byCase != 0) {
      return byCase;
    }
    int byProcedure = nullsLast(a.procedure(), b.procedure());
    return byProcedure != 0 ? byProcedure : Integer.compare(a.rank(), b.rank());
  };

  private static int nullsLast(String a, String b) {
    return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
  }

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
    List<AgendaItem> before = byCase.getOrDefault(key, List.of());
    List<AgendaItem> after = items == null ? List.of() : items;
    // a step usually settles one duty of many and leaves the others as they were: only changed rows move in the queues
    int[] wasRank = ranks(before);
    int[] isRank = ranks(after);
    boolean[] wasKept = new boolean[before.size()];
    boolean[] isKept = new boolean[after.size()];
    // walk both lists in step, letting the old list skip a row the step removed
    int i = 0;
    int j = 0;
    while (i < before.size() && j < after.size()) {
      if (wasRank[i] == isRank[j] && before.get(i).equals(after.get(j))) {
        wasKept[i++] = true;
        isKept[j++] = true;
      } else if (i + 1 < before.size() && before.get(i + 1).equals(after.get(j))) {
        i++;
      } else {
        i++;
        j++;
      }
    }
    // every row out before any row in, so a new row never lands on a slot an old one still holds
    for (int k = 0; k < before.size(); k++) {
      if (!wasKept[k]) {
        file(before.get(k), wasRank[k], false);
      }
    }
    for (int k = 0; k < after.size(); k++) {
      if (!isKept[k]) {
        file(after.get(k), isRank[k], true);
      }
    }
    if (after.isEmpty()) {
      byCase.remove(key);
    } else {
      byCase.put(key, after);
    }
  }

  /**
   * Each item's rank among the case's items due at the same time: it orders them as their places in the case do, yet
   * stays put when an item due at another time comes or goes.
   */
  private static int[] ranks(List<AgendaItem> items) {
    int[] ranks = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      Instant due = items.get(i).dueAt();
      for (int j = 0; j < i; j++) {
        if (items.get(j).dueAt().equals(due)) {
          ranks[i]++;
        }
      }
    }
    return ranks;
  }

  /** Files one of a case's items in its department's queue, or takes it out. */
  private void file(AgendaItem item, int rank, boolean in) {
    if (item.seat().department().isEmpty()) {
      return;
    }
    Department department = item.seat().department().get();
    Slot slot = new Slot(item.dueAt(), item.caseId(), item.procedure(), rank);
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
