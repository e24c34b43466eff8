package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.Procedures;
import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Receipt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything the storage ports show of one center, for every procedure: each store's cases, each case's trail and
 * agenda, the notices still in the outbox, and the receipts of some commands. Two equal contents mean nothing was
 * written in between, whichever store, node or run they were read from.
 */
record StoreContents(
    SortedMap<String, List<Case<?, ?>>> cases,
    SortedMap<String, List<AuditEntry>> trails,
    SortedMap<String, List<AgendaItem>> agenda,
    List<OutboxNotice> pending,
    SortedMap<String, Optional<Receipt>> receipts) {

  /**
   * Each procedure's name and its store, from the descriptors ({@link Procedures#ALL}); a test checks that this covers
   * {@code center.procedures()}.
   */
  static final Map<String, Function<Storage, CaseStore<?>>> STORES = stores();

  private static Map<String, Function<Storage, CaseStore<?>>> stores() {
    Map<String, Function<Storage, CaseStore<?>>> stores = new LinkedHashMap<>();
    Procedures.ALL.forEach(p -> stores.put(p.name(), p::storeIn));
    return Collections.unmodifiableMap(stores);
  }

  /** The contents of every store for {@code center}, without the outbox or receipts: what a replay must reproduce. */
  static StoreContents cases(Storage storage, CenterId center) {
    return of(storage, center, List.of(), List.of(), false);
  }

  /**
   * Everything for {@code center}: also the trail and agenda of {@code moreIds} under every procedure (ids handed out
   * to cases that may not have been stored, where a partial write would show), the whole outbox and the receipts of
   * {@code commands}.
   */
  static StoreContents of(Storage storage, CenterId center, Collection<String> moreIds, Collection<CommandId> commands) {
    return of(storage, center, moreIds, commands, true);
  }

  private static StoreContents of(Storage storage, CenterId center, Collection<String> moreIds, Collection<CommandId> commands,
      boolean outbox) {
    SortedMap<String, List<Case<?, ?>>> cases = new TreeMap<>();
    SortedMap<String, List<AuditEntry>> trails = new TreeMap<>();
    SortedMap<String, List<AgendaItem>> agenda = new TreeMap<>();
    STORES.forEach((procedure, store) -> {
      List<Case<?, ?>> all = new ArrayList<>(store.apply(storage).all(center));
      cases.put(procedure, all);
      List<String> ids = new ArrayList<>(all.stream().map(c -> c.id().value()).toList());
      moreIds.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
      for (String id : ids) {
        // a case with neither trail nor agenda is left out, so that ids handed out meanwhile count as no change
        List<AuditEntry> trail = storage.eventLog().trail(center, procedure, id);
        List<AgendaItem> items = storage.agenda().forCase(center, procedure, id);
        if (!trail.isEmpty()) {
          trails.put(procedure + "/" + id, trail);
        }
        if (!items.isEmpty()) {
          agenda.put(procedure + "/" + id, items);
        }
      }
    });
    SortedMap<String, Optional<Receipt>> receipts = new TreeMap<>();
    commands.forEach(id -> receipts.put(id.value(), storage.receipts().find(center, id).toJavaOptional()));
    List<OutboxNotice> pending = outbox
        ? storage.eventLog().pendingNotices(1_000_000).stream().filter(n -> n.center().equals(center)).toList()
        : List.of();
    return new StoreContents(cases, trails, agenda, pending, receipts);
  }

  /** How many cases every store holds. */
  int caseCount() {
    return cases.values().stream().mapToInt(List::size).sum();
  }

  /** Fails, naming the part that differs, unless {@code actual} shows exactly what these contents show. */
  void assertSameAs(StoreContents actual, String where) {
    cases.forEach((procedure, list) -> assertEquals(list, actual.cases.get(procedure), where + ": the " + procedure));
    assertEquals(cases.keySet(), actual.cases.keySet(), where + ": the stores");
    assertEquals(trails.keySet(), actual.trails.keySet(), where + ": the cases with a trail");
    trails.forEach((id, trail) -> assertEquals(trail, actual.trails.get(id), where + ": the trail of " + id));
    assertEquals(agenda, actual.agenda, where + ": the agenda");
    assertEquals(pending, actual.pending, where + ": the notices in the outbox");
    assertEquals(receipts, actual.receipts, where + ": the receipts");
  }
}
