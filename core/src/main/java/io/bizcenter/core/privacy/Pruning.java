package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.CenterId;
import java.time.Instant;

/**
 * What one run of the retention policy did in one center: cases anonymised, receipts reduced to tombstones, delivered
 * notices removed.
 */
public record Pruning(CenterId center, Instant at, int casesAnonymised, int receiptsPruned, int noticesRemoved) {}
