package io.bizcenter.core.kernel;

import java.util.Set;

/**
 * Who sends a command: one member of staff in one role of one department, working for one or more centers.
 * An actor can neither see nor touch a case of a center it does not work for.
 */
public record Actor(StaffId staff, Role role, Department department, Set<CenterId> centers) {
  public Actor {
    centers = centers == null ? null : Set.copyOf(centers);
  }

  public static Actor of(String staff, Role role, Department department, CenterId... centers) {
    return new Actor(StaffId.of(staff), role, department, Set.of(centers));
  }

  public boolean worksFor(CenterId center) {
    return centers != null && center != null && centers.contains(center);
  }
}
