package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.port.ActivityCursor;
import io.bizcenter.core.port.ActivityOrder;
import io.bizcenter.core.port.ActivityPage;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.Backlog;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.OutboxNotice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The audit trail, per case in order, and the outbox of undelivered notices, oldest first. */
final class InMemoryEventLog implements EventLog {
  private final Journal journal;
  private final Map<List<String>, List<AuditEntry>> trails = new HashMap<>();
  // pending notices by append order, so a delivery undone by a rollback puts the notice back in its place
  private final TreeMap<Long, OutboxNotice> pending = new TreeMap<>();
  // notice ids are unique within a center only (Ids): every map is keyed by (center, id)
  private final Map<Key, Long> appendOrder = new HashMap<>();
  private final Set<Key> known = new HashSet<>();
  // a refused notice waits until its retry time; absent means due now
  private final Map<Key, Instant> retryAt = new HashMap<>();
  private long appended;
  // each entry's place in the order of writing, the tie-break of the activity log as bc_event.seq is on JDBC
  private final Map<List<Object>, Long> written = new HashMap<>();
  private long entries;

  InMemoryEventLog(Journal journal) {
    this.journal = journal;
  }

  @Override
  public void append(AuditEntry entry) {
    List<String> key = key(entry.center(), entry.procedure(), entry.caseId());
    List<Key> added = new ArrayList<>();
    journal.write(() -> {
      for (OutboxNotice n : entry.notices()) {
        Key notice = new Key(n.center(), n.id());
        // a reused id within a center is a broken Ids: fail the unit of work rather than lose either notice
        if (known.contains(notice) || added.contains(notice)) {
          throw new IllegalStateException("notice id " + n.id() + " was already used in center " + n.center()
              + ": the Ids port must not repeat an id within a center");
        }
        added.add(notice);
      }
      trails.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      written.put(written(entry), entries++);
      for (OutboxNotice n : entry.notices()) {
        Key notice = new Key(n.center(), n.id());
        known.add(notice);
        pending.put(appended, n);
        appendOrder.put(notice, appended++);
      }
    }, () -> {
      List<AuditEntry> trail = trails.get(key);
      trail.remove(trail.size() - 1);
      written.remove(written(entry));
      added.forEach(notice -> {
        known.remove(notice);
        pending.remove(appendOrder.remove(notice));
      });
    });
  }

  @Override
  public List<AuditEntry> trail(CenterId center, String procedure, String caseId) {
    return journal.read(() -> List.copyOf(trails.getOrDefault(key(center, procedure, caseId), List.of())));
  }

  @Override
  public ActivityPage activity(ActivityQuery q, Set<String> procedures) {
    Optional<ActivityCursor.Position> after = ActivityCursor.position(q);
    boolean newestFirst = q.order() == ActivityOrder.NEWEST_FIRST;
    Comparator<Stamped> oldestFirst = Comparator.comparing(Stamped::at).thenComparingLong(Stamped::seq);
    Comparator<Stamped> order = newestFirst ? oldestFirst.reversed() : oldestFirst;
    List<Stamped> page = journal.read(() -> trails.entrySet().stream()
        .filter(t -> t.getKey().get(0).equals(q.center().value()) && procedures.contains(t.getKey().get(1)))
        .flatMap(t -> t.getValue().stream())
        .filter(e -> !e.at().isBefore(q.from()) && e.at().isBefore(q.until()))
        .filter(e -> q.procedure().map(e.procedure()::equals).orElse(true))
        .filter(e -> q.staff().map(e.staff()::equals).orElse(true))
        .filter(e -> q.department().map(e.department()::equals).orElse(true))
        .filter(e -> q.clause().map(e.clause()::equals).orElse(true))
        .map(e -> new Stamped(e.at(), written.get(written(e)), e))
        // strictly beyond the cursor's entry in the query's order: keyset paging, as on JDBC
        .filter(s -> after.map(p -> order.compare(s, new Stamped(p.at(), p.seq(), null)) > 0).orElse(true))
        .sorted(order)
        .limit(q.pageSize() + 1L)
        .toList());
    List<AuditEntry> shown = page.stream().limit(q.pageSize()).map(s -> withoutNotices(s.entry())).toList();
    Optional<String> next = page.size() > q.pageSize()
        ? Optional.of(ActivityCursor.after(q, page.get(q.pageSize() - 1).entry().at(), page.get(q.pageSize() - 1).seq()))
        : Optional.empty();
    return new ActivityPage(shown, next);
  }

  private static AuditEntry withoutNotices(AuditEntry e) {
    return new AuditEntry(e.center(), e.procedure(), e.caseId(), e.version(), e.commandId(), e.staff(), e.role(), e.department(), e.at(),
        e.action(), e.clause(), e.policy(), e.from(), e.to(), e.events(), List.of());
  }

  private static List<Object> written(AuditEntry e) {
    return List.of(e.center(), e.procedure(), e.caseId(), e.version());
  }

  @Override
  public List<OutboxNotice> pendingNotices(int max) {
    return journal.read(() -> pending.values().stream().limit(Math.max(0, max)).toList());
  }

  @Override
  public Backlog backlog() {
    return journal.read(() -> new Backlog(pending.size(),
        pending.values().stream().map(OutboxNotice::createdAt).min(Comparator.naturalOrder())));
  }

  @Override
  public List<OutboxNotice> claimDue(int max, Instant now) {
    // the journal's lock, held by the relay's transaction, is the claim: no other relay runs meanwhile
    return journal.read(() -> pending.values().stream()
        .filter(n -> !retryAt.getOrDefault(new Key(n.center(), n.id()), Instant.MIN).isAfter(now))
        .limit(Math.max(0, max))
        .toList());
  }

  @Override
  public void markRefused(CenterId center, NoticeId noticeId, Instant next) {
    Key id = new Key(center, noticeId);
    journal.read(() -> {
      Long order = appendOrder.get(id);
      if (order != null) {
        OutboxNotice before = pending.get(order);
        Instant retryBefore = retryAt.get(id);
        journal.write(() -> {
          pending.put(order, before.refused());
          retryAt.put(id, next);
        }, () -> {
          pending.put(order, before);
          if (retryBefore == null) {
            retryAt.remove(id);
          } else {
            retryAt.put(id, retryBefore);
          }
        });
      }
      return null;
    });
  }

  @Override
  public void markDelivered(CenterId center, NoticeId noticeId) {
    Key id = new Key(center, noticeId);
    journal.read(() -> {
      Long order = appendOrder.get(id);
      if (order != null) {
        OutboxNotice notice = pending.get(order);
        journal.write(() -> {
          pending.remove(order);
          appendOrder.remove(id);
        }, () -> {
          pending.put(order, notice);
          appendOrder.put(id, order);
        });
      }
      return null;
    });
  }

  @Override
  public void rewrite(AuditEntry entry) {
    List<String> key = key(entry.center(), entry.procedure(), entry.caseId());
    journal.read(() -> {
      List<AuditEntry> trail = trails.get(key);
      for (int i = 0; trail != null && i < trail.size(); i++) {
        AuditEntry before = trail.get(i);
        if (before.version() == entry.version()) {
          int at = i;
          // who, when, what under which clause stay; only what happened and what the notices say change
          AuditEntry after = new AuditEntry(before.center(), before.procedure(), before.caseId(), before.version(), before.commandId(),
              before.staff(), before.role(), before.department(), before.at(), before.action(), before.clause(), before.policy(),
              before.from(), before.to(), entry.events(), rewritten(before.notices(), entry.notices()));
          journal.write(() -> trail.set(at, after), () -> trail.set(at, before));
          for (OutboxNotice n : after.notices()) {
            Long order = appendOrder.get(new Key(n.center(), n.id()));
            OutboxNotice waiting = order == null ? null : pending.get(order);
            if (waiting != null) {
              OutboxNotice changed = new OutboxNotice(waiting.id(), waiting.center(), waiting.procedure(), waiting.caseId(), n.notice(),
                  waiting.createdAt(), waiting.attempts());
              journal.write(() -> pending.put(order, changed), () -> pending.put(order, waiting));
            }
          }
        }
      }
      return null;
    });
  }

  /** The stored notices, each with the text of the notice of the same id in {@code next}. */
  private static List<OutboxNotice> rewritten(List<OutboxNotice> stored, List<OutboxNotice> next) {
    return stored.stream().map(n -> next.stream().filter(m -> m.id().equals(n.id())).findFirst()
        .map(m -> new OutboxNotice(n.id(), n.center(), n.procedure(), n.caseId(), m.notice(), n.createdAt(), n.attempts()))
        .orElse(n)).toList();
  }

  @Override
  public int pruneDelivered(CenterId center, Instant before) {
    return journal.read(() -> {
      int removed = 0;
      for (Map.Entry<List<String>, List<AuditEntry>> e : trails.entrySet()) {
        if (!e.getKey().get(0).equals(center.value())) {
          continue;
        }
        List<AuditEntry> trail = e.getValue();
        for (int i = 0; i < trail.size(); i++) {
          AuditEntry entry = trail.get(i);
          // delivered: known, and no longer waiting (markDelivered forgets its place in the outbox)
          List<OutboxNotice> kept = entry.notices().stream()
              .filter(n -> !n.createdAt().isBefore(before) || appendOrder.containsKey(new Key(n.center(), n.id())))
              .toList();
          if (kept.size() != entry.notices().size()) {
            removed += entry.notices().size() - kept.size();
            AuditEntry after = new AuditEntry(entry.center(), entry.procedure(), entry.caseId(), entry.version(), entry.commandId(),
                entry.staff(), entry.role(), entry.department(), entry.at(), entry.action(), entry.clause(), entry.policy(),
                entry.from(), entry.to(), entry.events(), kept);
            int at = i;
            journal.write(() -> trail.set(at, after), () -> trail.set(at, entry));
          }
        }
      }
      return removed;
    });
  }

  /** An entry with its place in the order of writing. */
  private record Stamped(Instant at, long seq, AuditEntry entry) {}

  /** A notice as the store knows it: its center and its id. */
  private record Key(CenterId center, NoticeId id) {}

  private static List<String> key(CenterId center, String procedure, String caseId) {
    return List.of(center.value(), procedure, caseId);
  }
}
