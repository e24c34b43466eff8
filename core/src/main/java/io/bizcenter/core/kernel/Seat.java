package io.bizcenter.core.kernel;

import java.util.Optional;

/**
 * A place someone may act from: a department, a role, or a role within a department. An empty part matches
 * anyone, so {@code Seat.in(OPERATIONS)} is anyone of Operations and {@code Seat.as(CLEANER)} any cleaner.
 */
public record Seat(Optional<Department> department, Optional<Role> role) {
  public static Seat in(Department department) {
    return new Seat(Optional.of(department), Optional.empty());
  }

  public static Seat as(Role role) {
    return new Seat(Optional.empty(), Optional.of(role));
  }

  public static Seat of(Department department, Role role) {
    return new Seat(Optional.of(department), Optional.of(role));
  }

  public boolean admits(Actor actor) {
    return (department.isEmpty() || department.get() == actor.department())
        && (role.isEmpty() || role.get() == actor.role());
  }

  /** A seat with neither part: anyone at all, which is how a step taken in turns is declared. */
  public boolean isAnyone() {
    return department.isEmpty() && role.isEmpty();
  }

  @Override
  public String toString() {
    return department.map(Enum::name).orElse("*") + "/" + role.map(Enum::name).orElse("*");
  }
}
