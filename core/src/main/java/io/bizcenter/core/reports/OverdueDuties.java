package io.bizcenter.core.reports;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What every department owes past its time (GS-7), at the report's time: per department, in the order of
 * {@link Department}, each overdue duty, longest overdue first. Departments that owe nothing overdue are listed with no
 * duties, so the page shows them as clear. A duty owed by a role alone, without a department, is on the agenda of
 * whoever holds that role and not here.
 */
public record OverdueDuties(CenterId center, Instant at, List<DepartmentDuties> departments) {
  public OverdueDuties {
    departments = List.copyOf(departments);
  }

  /** One department's overdue duties. */
  public record DepartmentDuties(Department department, List<Duty> duties) {
    public DepartmentDuties {
      duties = List.copyOf(duties);
    }
  }

  /**
   * One duty overdue: the case it is owed to, the state it waits in and what may be done (the procedure's own enums, so a
   * page prints their labels), the clause, when it was due and by how much it is late.
   */
  public record Duty(String procedure, String caseId, Enum<?> state, List<Enum<?>> actions, Clause clause, Instant dueAt, Duration overdueBy) {
    public Duty {
      actions = List.copyOf(actions);
    }
  }

  /** How many duties are overdue across the departments. */
  public int total() {
    return departments.stream().mapToInt(d -> d.duties().size()).sum();
  }
}
