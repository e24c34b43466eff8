package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.port.CaseStore;
import java.util.List;

/** The store of lease watches: a port, implemented by adapters ({@code InMemoryRenewalVisits}, {@code JdbcRenewalVisits}). */
public interface RenewalVisits extends CaseStore<RenewalVisit> {
  /** The watches of one move-in's lease (at most one, by the rules), oldest first. */
  List<RenewalVisit> ofMoveIn(CenterId center, MoveInId moveIn);

  /** The tenant's lease watches, in every state, oldest first. */
  List<RenewalVisit> ofTenant(CenterId center, TenantId tenant);
}
