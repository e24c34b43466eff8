package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.RoomId;
import java.util.Set;

/**
 * A tenant as the key register sees it: the rooms it rents now, whether its move-in has reached the key handover
 * (MI-4.3, 《单元钥匙交接单》), and whether it has moved out. Door and furniture keys follow from these (KY-2.1, KY-3.1).
 */
public record Occupant(Set<RoomId> rooms, boolean keyHandoverReached, boolean movedOut) {
  /** A tenant tenancy knows nothing of: no rooms, no handover. */
  public static final Occupant UNKNOWN = new Occupant(Set.of(), false, false);

  public Occupant {
    rooms = Set.copyOf(rooms);
  }
}
