package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Department;
import java.util.Optional;

/**
 * Where some originals of a contract in force are kept (CS-4.1): by one of our departments, or by the tenant; what an
 * imported contract records of its originals' whereabouts.
 *
 * @param keeper our department that keeps them; null for the tenant's
 * @param count how many originals it keeps, at least one
 */
public record HeldOriginals(Department keeper, int count) {
  public static HeldOriginals byTenant(int count) {
    return new HeldOriginals(null, count);
  }

  public static HeldOriginals by(Department keeper, int count) {
    return new HeldOriginals(keeper, count);
  }

  public Optional<Department> department() {
    return Optional.ofNullable(keeper);
  }
}
