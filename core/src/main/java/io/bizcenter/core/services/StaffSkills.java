package io.bizcenter.core.services;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.StaffId;
import java.util.Map;
import java.util.Set;

/**
 * Which skills each member of staff has (SV-2.1): a small read-only port the vendor fills from its own HR data, so
 * the library keeps no second copy of staff records. A service that needs skills is assigned only to staff who have
 * all of them. The default ({@link #NONE}) knows nobody: until a vendor plugs its HR data in, only services that
 * need no skill can be assigned.
 */
@FunctionalInterface
public interface StaffSkills {
  StaffSkills NONE = (center, staff) -> Set.of();

  /** The skills of {@code staff} working in {@code center}; empty for someone unknown. */
  Set<Skill> of(CenterId center, StaffId staff);

  /** Fixed skills, the same in every center: for tests, examples and a vendor's first steps. */
  static StaffSkills fixed(Map<StaffId, Set<Skill>> skills) {
    Map<StaffId, Set<Skill>> copy = Map.copyOf(skills);
    return (center, staff) -> copy.getOrDefault(staff, Set.of());
  }
}
