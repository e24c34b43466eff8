package io.bizcenter.examples;

import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ReviewCapacity;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TimeLimit;
import java.util.List;
import java.util.Set;

/**
 * A vendor's own rules for a smaller property, Harbour Tower: it has no Audit or Legal department, so a contract is
 * signed by the Operations manager, Finance's manager and the General Office, and a returned contract goes back one step
 * only; its complaint desk promises a phone caller an answer within the hour and a letter writer within half a day.
 */
public final class HarbourTowerPolicies {
  private HarbourTowerPolicies() {}

  /** The approval chain of a property without Audit and Legal (CS-3.1 with the vendor's seats). */
  public static ContractPolicy contracts() {
    ApprovalChain chain = new ApprovalChain(List.of(
        new ApprovalChain.Step(ReviewCapacity.HANDLER, Seat.of(Department.OPERATIONS, Role.OPERATIONS_MANAGER)),
        new ApprovalChain.Step(ReviewCapacity.FINANCE, Seat.of(Department.FINANCE, Role.DEPARTMENT_MANAGER)),
        new ApprovalChain.Step(ReviewCapacity.GENERAL_OFFICE, Seat.of(Department.GENERAL_OFFICE, Role.DEPARTMENT_MANAGER))),
        ApprovalChain.ReturnTo.PREVIOUS_STEP, Set.of());
    return ContractPolicy.defaults().with(PolicyVersion.of("CS-harbour-1"), chain);
  }

  /** Shorter time limits than the source's at intake (CP-1.1, CP-2.1), the rest as the source has them. */
  public static ComplaintPolicy complaints() {
    return ComplaintPolicy.defaults()
        .with(PolicyVersion.of("CP-harbour-1"), ComplaintState.PHONE_RECEIVED, TimeLimit.ofHours(1))
        .with(PolicyVersion.of("CP-harbour-1"), ComplaintState.LETTER_RECEIVED, TimeLimit.ofHours(12))
        .with(PolicyVersion.of("CP-harbour-1"), ComplaintState.HARD_CASE_REPORTED, TimeLimit.ofDays(3));
  }

  /** Whether Harbour Tower has someone in this seat: nobody in Audit or Legal. */
  public static boolean staffs(Role role, Department department) {
    return department != Department.AUDIT && department != Department.LEGAL;
  }
}
