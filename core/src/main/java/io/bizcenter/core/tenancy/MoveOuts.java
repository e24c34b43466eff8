package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.port.CaseStore;
import java.util.List;

/** The store of move-outs: a port, implemented by adapters ({@code InMemoryMoveOuts}, {@code JdbcMoveOuts}). */
public interface MoveOuts extends CaseStore<MoveOut> {
  /** The move-outs of one move-in (at most one, by the rules), oldest first. */
  List<MoveOut> ofMoveIn(CenterId center, MoveInId moveIn);

  /** The tenant's move-outs, in every state, oldest first. */
  List<MoveOut> ofTenant(CenterId center, TenantId tenant);
}
