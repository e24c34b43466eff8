package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.check.ProcedureCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every case of every procedure, its audit trail and its agenda items, in every state testkit's check (and, for tenancy,
 * {@link TenancyWalk}) drives them to, read back from their JSON equal to what was written.
 */
class CaseRoundTripTest {
  private final Set<String> typesSeen = new HashSet<>();
  private int entries;
  private int items;

  @Test
  @DisplayName("every case, audit entry and agenda item of random command sequences in every procedure round-trips")
  void everyCaseRoundTrips() {
    ProcedureCheck.of(InMemoryStorage::new).invariant(this::roundTrips).seed(19).runs(6).steps(80).run().assertHolds();
    // every 25th step of the walk: its cases live long, and every one of them is read each time
    int[] step = {0};
    new TenancyWalk(19).walk(1000, storage -> {
      if (++step[0] % 25 == 0) {
        roundTrips(storage, List.of(TenancyWalk.TOWER), " (tenancy walk, step " + step[0] + ")");
      }
    });
    Set<String> every = new HashSet<>();
    ProcedureTypes.ALL.forEach(p -> every.add(p.caseType().getSimpleName()));
    assertEquals(every, typesSeen, "a case of every procedure was written and read");
    assertTrue(entries > 100 && items > 10, entries + " audit entries, " + items + " agenda items");
  }

  private void roundTrips(Storage storage, List<CenterId> centers, String trace) {
    for (CenterId center : centers) {
      // every procedure's store, from the descriptors (ProceduresTest in core checks they are every declared procedure)
      for (Procedure<?, ?, ?, ?> procedure : Procedures.ALL) {
        for (Object value : procedure.storeIn(storage).all(center)) {
          Case<?, ?> read = (Case<?, ?>) BizCenterJson.read(BizCenterJson.write(value), procedure.caseType()).get();
          assertEquals(value, read, trace);
          typesSeen.add(procedure.caseType().getSimpleName());
          String id = read.id().value();
          for (AuditEntry entry : storage.eventLog().trail(center, procedure.name(), id)) {
            assertEquals(entry, BizCenterJson.read(BizCenterJson.write(entry), AuditEntry.class).get(), trace);
            entries++;
          }
          for (AgendaItem item : storage.agenda().forCase(center, procedure.name(), id)) {
            assertEquals(item, BizCenterJson.read(BizCenterJson.write(item), AgendaItem.class).get(), trace);
            items++;
          }
        }
      }
    }
  }
}
