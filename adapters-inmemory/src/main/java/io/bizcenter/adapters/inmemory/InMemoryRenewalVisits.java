package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisits;
import java.util.List;

/** Lease watches in memory: files by move-in and by tenant, oldest first. */
final class InMemoryRenewalVisits extends InMemoryCases<RenewalVisit> implements RenewalVisits {
  private final CaseFile<RenewalVisit, MoveInId> byMoveIn = file(v -> List.of(v.moveIn()));
  private final CaseFile<RenewalVisit, TenantId> byTenant = file(v -> List.of(v.tenant()));

  InMemoryRenewalVisits(Journal journal) {
    super("renewal-visits", journal);
  }

  @Override
  public List<RenewalVisit> ofMoveIn(CenterId center, MoveInId moveIn) {
    return read(() -> byMoveIn.under(center, moveIn));
  }

  @Override
  public List<RenewalVisit> ofTenant(CenterId center, TenantId tenant) {
    return read(() -> byTenant.under(center, tenant));
  }
}
