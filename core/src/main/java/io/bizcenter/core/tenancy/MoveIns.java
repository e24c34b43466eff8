package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.port.CaseStore;
import java.time.Instant;
import java.util.List;

/**
 * The store of move-ins: a port, implemented by adapters ({@code InMemoryMoveIns}, {@code JdbcMoveIns}). Besides the
 * case store it answers the questions tenancy asks across move-ins, each within one center; a database adapter keeps
 * tenant, units and the elevator booking as indexed columns, so none of them is a scan.
 */
public interface MoveIns extends CaseStore<MoveIn> {
  /** The tenant's move-ins, in every state, oldest first. */
  List<MoveIn> ofTenant(CenterId center, TenantId tenant);

  /** The move-ins naming the unit, in every state, oldest first. A move-in's units never change after it opens. */
  List<MoveIn> ofUnit(CenterId center, RoomId unit);

  /**
   * The move-ins holding {@code elevator} for some moment of [{@code from}, {@code to}), earliest start first: every
   * move-in with a booking that starts before {@code to} and ends after {@code from} (MI-6.1). A store may rely on no
   * booking lasting longer than {@link MoveIn#LONGEST_MOVE} to keep the query a range read.
   */
  List<MoveIn> elevatorBookings(CenterId center, String elevator, Instant from, Instant to);
}
