package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The review chain of CS-3.1 as data: its steps in order, each a capacity and the seat that signs in it; where a
 * returned contract goes back to; and which steps one person may sign together. A contract keeps the chain it was
 * drafted under, and its signatures are always a prefix of the chain: the step due is the one after the last
 * signature.
 *
 * <p>Checked when built (a policy is written by the vendor's code, so a broken one is a programming error): at least
 * the handler and the General Office, each capacity once, the handler first (it fills the Economic Contract Review
 * Form) and the General Office last (it signs before it issues, CS-4.1).
 */
public record ApprovalChain(List<Step> steps, ReturnTo returnTo, Set<ReviewCapacity> mayShareASigner) {
  public ApprovalChain {
    steps = List.copyOf(steps);
    // in the enum's order: Set.copyOf's changes with every JVM, and with it a stored contract's text
    EnumSet<ReviewCapacity> ordered = EnumSet.noneOf(ReviewCapacity.class);
    ordered.addAll(mayShareASigner);
    mayShareASigner = Collections.unmodifiableSet(ordered);
    if (steps.size() < 2 || steps.get(0).capacity() != ReviewCapacity.HANDLER
        || steps.get(steps.size() - 1).capacity() != ReviewCapacity.GENERAL_OFFICE
        || steps.stream().map(Step::capacity).distinct().count() != steps.size()) {
      throw new IllegalArgumentException("an approval chain runs from the handler to the General Office, each capacity once: " + steps);
    }
  }

  /** One step: the capacity signed in, and the seat that signs it. */
  public record Step(ReviewCapacity capacity, Seat seat) {}

  /** One signature on the chain: in which capacity, by whom (staff, role, department), when, with what opinion. */
  public record Signature(ReviewCapacity capacity, StaffId staff, Role role, Department department, Instant at, String opinion) {}

  /** A reviewer sent the contract back with comments; the signatures listed were withdrawn. */
  public record Returned(ReviewCapacity by, StaffId staff, Instant at, String comments, List<ReviewCapacity> withdrawn) {
    public Returned {
      withdrawn = List.copyOf(withdrawn);
    }
  }

  /** Where a returned contract goes back to. */
  public enum ReturnTo {
    /** to the handler: every signature is withdrawn and the chain starts again (the default) */
    HANDLER,
    /** to the step before the reviewer who returned it: only that step's signature is withdrawn */
    PREVIOUS_STEP
  }

  /**
   * The source's chain (CS-3.1): the Operations manager as handler, the Operations department manager, then the
   * managers of Audit, Finance, Legal and the General Office. A returned contract goes back to the handler; one
   * person may sign as handler and as department manager (the source: often the same person in two capacities),
   * and no other two steps.
   */
  public static ApprovalChain defaults() {
    return new ApprovalChain(List.of(
        new Step(ReviewCapacity.HANDLER, Seat.of(Department.OPERATIONS, Role.OPERATIONS_MANAGER)),
        new Step(ReviewCapacity.DEPARTMENT_MANAGER, Seat.of(Department.OPERATIONS, Role.DEPARTMENT_MANAGER)),
        new Step(ReviewCapacity.AUDIT, Seat.of(Department.AUDIT, Role.DEPARTMENT_MANAGER)),
        new Step(ReviewCapacity.FINANCE, Seat.of(Department.FINANCE, Role.DEPARTMENT_MANAGER)),
        new Step(ReviewCapacity.LEGAL, Seat.of(Department.LEGAL, Role.DEPARTMENT_MANAGER)),
        new Step(ReviewCapacity.GENERAL_OFFICE, Seat.of(Department.GENERAL_OFFICE, Role.DEPARTMENT_MANAGER))),
        ReturnTo.HANDLER, Set.of(ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER));
  }

  /** A copy where a returned contract goes back to {@code to}. */
  public ApprovalChain returningTo(ReturnTo to) {
    return new ApprovalChain(steps, to, mayShareASigner);
  }

  /** A copy in which one person may sign any two of {@code capacities} (none: nobody signs two steps). */
  public ApprovalChain sharing(Set<ReviewCapacity> capacities) {
    return new ApprovalChain(steps, returnTo, capacities);
  }

  /** The step due after {@code signed} signatures; empty once every step is signed. */
  public Optional<Step> due(int signed) {
    return signed < steps.size() ? Optional.of(steps.get(signed)) : Optional.empty();
  }

  /** The first step whose seat admits the actor, if any. */
  public Optional<Step> stepOf(Actor actor) {
    return steps.stream().filter(s -> s.seat().admits(actor)).findFirst();
  }

  /** Whether one person may sign both steps. */
  public boolean mayShare(ReviewCapacity one, ReviewCapacity other) {
    return mayShareASigner.containsAll(new HashSet<>(List.of(one, other)));
  }

  /** Whether {@code signatures} are the chain's first steps in order: the invariant of every contract. */
  public boolean isPrefix(List<Signature> signatures) {
    if (signatures.size() > steps.size()) {
      return false;
    }
    for (int i = 0; i < signatures.size(); i++) {
      if (signatures.get(i).capacity() != steps.get(i).capacity()) {
        return false;
      }
    }
    return true;
  }
}
