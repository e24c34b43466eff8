package io.bizcenter.testkit.check;

import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Receipt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a command could have written, read from the stores: two snapshots equal before and after a command show
 * that it wrote nothing. Every procedure's tests compare them, so one snapshot reads every store, whichever procedure
 * the test is about: reading more than a procedure writes keeps the check true and catches a write in the wrong place.
 *
 * @param cases every case of every store, by center and store
 * @param trails the audit trail under each id drawn, by center, procedure and id (empty ones left out)
 * @param agenda the agenda items of each id drawn, by center, procedure and id (empty ones left out)
 * @param receipts the receipt of each command id handed out, by center and command id
 * @param pendingNotices the outbox, oldest first
 * @param sentOut what already left the center, each list as the test recorded it (notices delivered, say)
 */
public record StoreSnapshot(
    Map<String, List<?>> cases,
    Map<String, List<AuditEntry>> trails,
    Map<String, List<AgendaItem>> agenda,
    Map<String, Receipt> receipts,
    List<OutboxNotice> pendingNotices,
    List<List<?>> sentOut) {

  /** The names the procedures file their trails and agenda items under, from the descriptors. */
  private static final List<String> PROCEDURES = Procedures.ALL.stream().map(Procedure::name).toList();

  /** What {@code storage} holds in {@code centers} for every id in {@code ids}, and {@code sentOut} as it stands now. */
  public static StoreSnapshot of(Storage storage, IdLedger ids, List<CenterId> centers, List<? extends List<?>> sentOut) {
    return of(storage, ids, centers, sentOut, PROCEDURES);
  }

  /**
   * As above, with the trails and agenda items of {@code procedures} only (every store's cases still): on a database,
   * where every look-up is a query, a check of a few procedures reads their trails alone.
   */
  public static StoreSnapshot of(Storage storage, IdLedger ids, List<CenterId> centers, List<? extends List<?>> sentOut,
      List<String> procedures) {
    Map<String, List<?>> cases = new LinkedHashMap<>();
    Map<String, List<AuditEntry>> trails = new LinkedHashMap<>();
    Map<String, List<AgendaItem>> agenda = new LinkedHashMap<>();
    Map<String, Receipt> receipts = new LinkedHashMap<>();
    List<String> drawn = ids.drawn();
    for (CenterId where : centers) {
      for (Procedure<?, ?, ?, ?> procedure : Procedures.ALL) {
        cases.put(where + "/" + procedure.name(), procedure.storeIn(storage).all(where));
      }
      // empty entries are left out: a failed attempt may draw an id that is then never used
      for (String id : drawn) {
        for (String procedure : procedures) {
          List<AuditEntry> trail = storage.eventLog().trail(where, procedure, id);
          if (!trail.isEmpty()) {
            trails.put(where + "/" + procedure + "/" + id, trail);
          }
          List<AgendaItem> items = storage.agenda().forCase(where, procedure, id);
          if (!items.isEmpty()) {
            agenda.put(where + "/" + procedure + "/" + id, items);
          }
        }
      }
      for (CommandId id : ids.commandIds()) {
        // arbitrary input may carry a command id without a value: no receipt can be filed under it
        if (id != null && id.value() != null) {
          storage.receipts().find(where, id).forEach(r -> receipts.put(where + "/" + id, r));
        }
      }
    }
    return new StoreSnapshot(cases, trails, agenda, receipts, storage.eventLog().pendingNotices(Integer.MAX_VALUE),
        sentOut.stream().<List<?>>map(List::copyOf).toList());
  }

  /** What the stores hold, without what left the center: a repeat may hand on again what it handed on the first time. */
  public StoreSnapshot stores() {
    return new StoreSnapshot(cases, trails, agenda, receipts, pendingNotices, List.of());
  }
}
