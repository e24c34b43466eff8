package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisits;
import java.util.List;

/** Lease watches in memory: the questions are filters over the center's watches, oldest first. */
final class InMemoryRenewalVisits extends InMemoryCases<RenewalVisit> implements RenewalVisits {
  InMemoryRenewalVisits(Journal journal) {
    super("renewal-visits", journal);
  }

  @Override
  public List<RenewalVisit> ofMoveIn(CenterId center, MoveInId moveIn) {
    return all(center).stream().filter(v -> v.moveIn().equals(moveIn)).toList();
  }

  @Override
  public List<RenewalVisit> ofTenant(CenterId center, TenantId tenant) {
    return all(center).stream().filter(v -> v.tenant().equals(tenant)).toList();
  }
}
