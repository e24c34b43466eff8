package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.RoomId;
import java.util.Set;

/**
 * A tenant as the key register needs to know it (KY-2.1): the units it occupies from its key handover until its
 * move-out vacates them, whether any move-in reached the key handover, and whether it has left every unit it had.
 */
public record Occupancy(Set<RoomId> rooms, boolean keyHandoverReached, boolean movedOut) {
  public static final Occupancy NONE = new Occupancy(Set.of(), false, false);

  public Occupancy {
    rooms = Set.copyOf(rooms);
  }
}
