package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the Tenant Directory (用户情况一览表, MO-3.2): a unit, who occupies it and since when (the key handover),
 * the expiry of its current lease term, and where its cases stand: the move-in, the lease watch, the move-out.
 */
public record DirectoryEntry(
    RoomId unit,
    TenantId tenant,
    String company,
    Instant since,
    LocalDate leaseExpiry,
    MoveInId moveIn,
    MoveInState moveInState,
    Optional<RenewalVisitId> lease,
    Optional<RenewalVisitState> leaseState,
    Optional<MoveOutId> moveOut,
    Optional<MoveOutState> moveOutState) {}
