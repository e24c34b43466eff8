package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOuts;
import java.util.List;

/** Move-outs in memory: the questions are filters over the center's move-outs, oldest first. */
final class InMemoryMoveOuts extends InMemoryCases<MoveOut> implements MoveOuts {
  InMemoryMoveOuts(Journal journal) {
    super("move-outs", journal);
  }

  @Override
  public List<MoveOut> ofMoveIn(CenterId center, MoveInId moveIn) {
    return all(center).stream().filter(m -> m.moveIn().equals(moveIn)).toList();
  }

  @Override
  public List<MoveOut> ofTenant(CenterId center, TenantId tenant) {
    return all(center).stream().filter(m -> m.tenant().equals(tenant)).toList();
  }
}
