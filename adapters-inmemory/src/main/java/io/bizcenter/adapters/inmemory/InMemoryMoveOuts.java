package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOuts;
import java.util.List;

/** Move-outs in memory: files by move-in and by tenant, oldest first. */
final class InMemoryMoveOuts extends InMemoryCases<MoveOut> implements MoveOuts {
  private final CaseFile<MoveOut, MoveInId> byMoveIn = file(m -> List.of(m.moveIn()));
  private final CaseFile<MoveOut, TenantId> byTenant = file(m -> List.of(m.tenant()));

  InMemoryMoveOuts(Journal journal) {
    super("move-outs", journal);
  }

  @Override
  public List<MoveOut> ofMoveIn(CenterId center, MoveInId moveIn) {
    return read(() -> byMoveIn.under(center, moveIn));
  }

  @Override
  public List<MoveOut> ofTenant(CenterId center, TenantId tenant) {
    return read(() -> byTenant.under(center, tenant));
  }
}
