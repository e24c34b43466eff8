package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveIns;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Move-ins in memory: the questions are filters over the center's move-ins, oldest first, which is fine at in-memory sizes. */
final class InMemoryMoveIns extends InMemoryCases<MoveIn> implements MoveIns {
  InMemoryMoveIns(Journal journal) {
    super("move-ins", journal);
  }

  @Override
  public List<MoveIn> ofTenant(CenterId center, TenantId tenant) {
    return where(center, m -> m.tenant().equals(tenant));
  }

  @Override
  public List<MoveIn> ofUnit(CenterId center, RoomId unit) {
    return where(center, m -> m.units().contains(unit));
  }

  @Override
  public List<MoveIn> elevatorBookings(CenterId center, String elevator, Instant from, Instant to) {
    return where(center, m -> m.move().filter(b -> b.elevator().equals(elevator) && b.overlaps(from, to)).isPresent()).stream()
        .sorted(Comparator.comparing((MoveIn m) -> m.move().get().startsAt()).thenComparing(m -> m.id().value()))
        .toList();
  }

  private List<MoveIn> where(CenterId center, Predicate<MoveIn> test) {
    return all(center).stream().filter(test).toList();
  }
}
