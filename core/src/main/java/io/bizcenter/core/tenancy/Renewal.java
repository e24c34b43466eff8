package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A renewal handed to contract signing (MO-1.1): which lease, tenant and units, the expiry of the term to renew. The
 * {@code id} is the same every time this renewal is handed over, so a receiver that sees it twice drops the second.
 */
public record Renewal(CenterId center, String id, RenewalVisitId lease, MoveInId moveIn, TenantId tenant, String company, List<RoomId> units,
    LocalDate currentExpiry, Instant at) {
  public Renewal {
    units = List.copyOf(units);
  }
}
