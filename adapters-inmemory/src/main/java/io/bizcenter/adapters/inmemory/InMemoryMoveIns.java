package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveIns;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Move-ins in memory: files by tenant and by unit (oldest first), and the freight elevator's calendar by the move's
 * start, read like the JDBC store's indexes.
 */
final class InMemoryMoveIns extends InMemoryCases<MoveIn> implements MoveIns {
  private final CaseFile<MoveIn, TenantId> byTenant = file(m -> List.of(m.tenant()));
  private final CaseFile<MoveIn, RoomId> byUnit = file(MoveIn::units);
  private final CaseFile<MoveIn, String> elevatorCalendar = file(m -> m.move().map(b -> List.of(b.elevator())).orElse(List.of()),
      m -> m.move().orElseThrow().startsAt());

  InMemoryMoveIns(Journal journal) {
    super("move-ins", journal);
  }

  @Override
  public List<MoveIn> ofTenant(CenterId center, TenantId tenant) {
    return read(() -> byTenant.under(center, tenant));
  }

  @Override
  public List<MoveIn> ofUnit(CenterId center, RoomId unit) {
    return read(() -> byUnit.under(center, unit));
  }

  @Override
  public List<MoveIn> elevatorBookings(CenterId center, String elevator, Instant from, Instant to) {
    // a booking that ends after from started less than the longest move before it
    return read(() -> elevatorCalendar.between(center, elevator, from.minus(MoveIn.LONGEST_MOVE), to)).stream()
        .filter(m -> m.move().orElseThrow().overlaps(from, to))
        .sorted(Comparator.comparing((MoveIn m) -> m.move().orElseThrow().startsAt()).thenComparing(m -> m.id().value()))
        .toList();
  }
}
