package io.bizcenter.testkit;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Occupant;
import io.bizcenter.core.keys.Tenancies;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenancy as a test records it, for tests of key control alone (by default tenancy's desk answers): a tenant rents
 * rooms, its move-in reaches the key handover, it moves out. Thread-safe; a tenant it was never told of is unknown.
 */
public final class RecordedTenancies implements Tenancies {
  private final Map<CenterId, Map<TenantId, Occupant>> occupants = new ConcurrentHashMap<>();

  /** The tenant rents {@code rooms} (in addition to any it rents already); its keys are not handed over yet. */
  public RecordedTenancies rents(CenterId center, TenantId tenant, RoomId... rooms) {
    change(center, tenant, o -> {
      Set<RoomId> all = new java.util.HashSet<>(o.rooms());
      all.addAll(Set.of(rooms));
      return new Occupant(all, o.keyHandoverReached(), o.movedOut());
    });
    return this;
  }

  /** MI-4.3: the tenant's move-in reached the key handover. */
  public RecordedTenancies keysHandedOver(CenterId center, TenantId tenant) {
    change(center, tenant, o -> new Occupant(o.rooms(), true, o.movedOut()));
    return this;
  }

  /** The tenant moved out: it rents nothing any more. */
  public RecordedTenancies movedOut(CenterId center, TenantId tenant) {
    change(center, tenant, o -> new Occupant(Set.of(), o.keyHandoverReached(), true));
    return this;
  }

  @Override
  public Occupant occupant(CenterId center, TenantId tenant) {
    return occupants.getOrDefault(center, Map.of()).getOrDefault(tenant, Occupant.UNKNOWN);
  }

  private void change(CenterId center, TenantId tenant, java.util.function.UnaryOperator<Occupant> how) {
    occupants.computeIfAbsent(center, c -> new ConcurrentHashMap<>()).compute(tenant, (t, old) -> how.apply(old == null ? Occupant.UNKNOWN : old));
  }
}
