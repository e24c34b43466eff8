package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;

/**
 * The key register's question to tenancy (move-in, move-out): for a tenant of a center, which rooms it rents,
 * whether its move-in reached the key handover, and whether it has moved out. A small query port in the asking
 * package: tenancy answers it from its move-ins and move-outs, wired in {@code BusinessCenter} by default; a vendor may
 * plug its own answer. Called inside the command's transaction; a failure to answer is an exception.
 */
@FunctionalInterface
public interface Tenancies {
  /** Knows no tenant: every door and furniture key is refused (KY-2.1); for tests of key control alone. */
  Tenancies NONE = (center, tenant) -> Occupant.UNKNOWN;

  /** The tenant as the register sees it; {@link Occupant#UNKNOWN} for a tenant tenancy does not know. */
  Occupant occupant(CenterId center, TenantId tenant);
}
