package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.Optional;

/**
 * One page of a center's audit trail across every case (GS-6): the decisions taken in {@code [from, until)}, narrowed
 * by procedure, member of staff, department and clause when named, in {@code order}, at most {@code pageSize} of them,
 * after {@code cursor} (the previous page's {@link ActivityPage#next()}). The record holds what it is given: the desk
 * checks it and answers bad input as a rejection ({@code INVALID_INPUT}), so a vendor's screen can pass fields on as
 * they came.
 */
public record ActivityQuery(
    CenterId center,
    Instant from,
    Instant until,
    Optional<String> procedure,
    Optional<StaffId> staff,
    Optional<Department> department,
    Optional<Clause> clause,
    ActivityOrder order,
    int pageSize,
    Optional<String> cursor) {
  /** The page size when none is named. */
  public static final int DEFAULT_PAGE_SIZE = 50;
  /** The largest page: a page is read in one statement and held in memory. */
  public static final int MAX_PAGE_SIZE = 500;

  /** Everything of {@code center} in {@code [from, until)}, newest first, {@value #DEFAULT_PAGE_SIZE} a page. */
  public static ActivityQuery of(CenterId center, Instant from, Instant until) {
    return new ActivityQuery(center, from, until, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        ActivityOrder.NEWEST_FIRST, DEFAULT_PAGE_SIZE, Optional.empty());
  }

  public ActivityQuery withProcedure(String name) {
    return new ActivityQuery(center, from, until, Optional.ofNullable(name), staff, department, clause, order, pageSize, cursor);
  }

  public ActivityQuery withStaff(StaffId id) {
    return new ActivityQuery(center, from, until, procedure, Optional.ofNullable(id), department, clause, order, pageSize, cursor);
  }

  public ActivityQuery withDepartment(Department of) {
    return new ActivityQuery(center, from, until, procedure, staff, Optional.ofNullable(of), clause, order, pageSize, cursor);
  }

  public ActivityQuery withClause(Clause under) {
    return new ActivityQuery(center, from, until, procedure, staff, department, Optional.ofNullable(under), order, pageSize, cursor);
  }

  public ActivityQuery withOrder(ActivityOrder in) {
    return new ActivityQuery(center, from, until, procedure, staff, department, clause, in, pageSize, cursor);
  }

  public ActivityQuery withPageSize(int size) {
    return new ActivityQuery(center, from, until, procedure, staff, department, clause, order, size, cursor);
  }

  /** The page after the one that answered {@code next}; an empty or absent cursor is the first page. */
  public ActivityQuery after(Optional<String> next) {
    return new ActivityQuery(center, from, until, procedure, staff, department, clause, order, pageSize, next);
  }
}
