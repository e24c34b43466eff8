package io.bizcenter.testkit;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Generators of actors: plain functions of a {@link RandomGenerator}, usable from any property-testing library. */
public final class Actors {
  private Actors() {}

  /** Any role in any department, working for a random non-empty subset of {@code centers}. */
  public static Actor any(RandomGenerator random, List<CenterId> centers) {
    Set<CenterId> works = new HashSet<>();
    works.add(centers.get(random.nextInt(centers.size())));
    if (random.nextInt(4) == 0) {
      works.add(centers.get(random.nextInt(centers.size())));
    }
    Role role = pick(random, Role.values());
    Department department = pick(random, Department.values());
    return new Actor(StaffId.of(department.name().toLowerCase() + "-" + random.nextInt(100)), role, department, works);
  }

  /** Mostly actors of the given departments (so that commands often go through), sometimes anyone. */
  public static Actor mostlyFrom(RandomGenerator random, List<CenterId> centers, Department... departments) {
    Actor actor = any(random, centers);
    if (random.nextInt(5) == 0) {
      return actor;
    }
    return new Actor(actor.staff(), actor.role(), pick(random, departments), actor.centers());
  }

  public static Actor of(String staff, Role role, Department department, CenterId... centers) {
    return Actor.of(staff, role, department, centers);
  }

  @SafeVarargs
  static <T> T pick(RandomGenerator random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
