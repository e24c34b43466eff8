package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Department;
import java.util.List;

/**
 * How many originals are printed and where ours go (CS-2.1, CS-4.1): by default four, one each to Administration and
 * Finance through the General Office, the rest to the tenant through Operations.
 */
public record Originals(int count, List<Department> ours) {
  public Originals {
    ours = List.copyOf(ours);
    if (count < ours.size() + 1 || ours.stream().distinct().count() != ours.size()) {
      throw new IllegalArgumentException("originals: " + count + " printed cannot give one to each of " + ours + " and the tenant");
    }
  }

  public static Originals defaults() {
    return new Originals(4, List.of(Department.ADMINISTRATION, Department.FINANCE));
  }

  public int tenants() {
    return count - ours.size();
  }
}
