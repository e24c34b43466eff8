package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Tenancy's question to key control (KY-2.4, KY-3.1, MO-3.3, MI-4.3): which keys a tenant still holds, and which of its
 * keys were recorded lost with compensation. A small query port in the asking package, wired in {@code BusinessCenter}
 * to the key register ({@code center.keys().stillHeldBy(...)}); keys come back and are recorded lost through the key
 * register's own commands, never here. Called inside the command's transaction; a failure to answer is an exception.
 */
public interface KeysHeld {
  /** Knows no key: for tests of tenancy alone. */
  KeysHeld NONE = new KeysHeld() {
    @Override
    public List<HeldKey> stillHeldBy(CenterId center, TenantId tenant) {
      return List.of();
    }

    @Override
    public List<KeyCompensation> lostSince(CenterId center, TenantId tenant, Set<RoomId> rooms, Instant since) {
      return List.of();
    }
  };

  /** The door and furniture keys the tenant holds or has borrowed now, oldest first. */
  List<HeldKey> stillHeldBy(CenterId center, TenantId tenant);

  /** The keys of {@code rooms} the tenant was recorded to have lost from {@code since} on, with the compensation charged (KY-2.4). */
  List<KeyCompensation> lostSince(CenterId center, TenantId tenant, Set<RoomId> rooms, Instant since);
}
