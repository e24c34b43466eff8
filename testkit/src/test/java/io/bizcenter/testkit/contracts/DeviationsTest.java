package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.Deviation;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.contracts.ContractFixture.Expect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Deviations from the standard template (CS-1.1)")
class DeviationsTest {
  private final ContractFixture fixture = new ContractFixture();

  /** A draft with a change of deposit (Finance and Legal review it) and one of fitting-out (Engineering and Legal). */
  private ContractId withTwoDeviations() {
    Contract c = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    fixture.accepted(fixture.recordDeviation(c.id(), DeviationTopic.RENT_AND_PAYMENT), fixture.operations);
    fixture.accepted(fixture.recordDeviation(c.id(), DeviationTopic.USE_AND_FITTING_OUT), fixture.operations);
    return c.id();
  }

  @Test
  @DisplayName("CS-1.1: the draft is not printed while a deviation waits for a department concerned; the refusal names each one")
  void noPrintWhileADeviationWaits() {
    ContractId id = withTwoDeviations();
    fixture.accepted(fixture.confirmDeviation(id, 1), fixture.finance);

    Rejection r = fixture.rejected(fixture.print(id), fixture.operations);

    assertRejection(r, ContractRejection.DeviationsUnconfirmed.class, "CS_DEVIATIONS_UNCONFIRMED", "CS-1.1", List.of(1, 2));
    fixture.accepted(fixture.confirmDeviation(id, 1), fixture.legal);
    fixture.accepted(fixture.confirmDeviation(id, 2), fixture.legal);
    assertRejection(fixture.rejected(fixture.print(id), fixture.operations), ContractRejection.DeviationsUnconfirmed.class,
        "CS_DEVIATIONS_UNCONFIRMED", "CS-1.1", List.of(2));
    fixture.accepted(fixture.confirmDeviation(id, 2), fixture.engineering);
    assertEquals(OUT_FOR_SIGNATURE, fixture.accepted(fixture.print(id), fixture.operations).state());
  }

  @Test
  @DisplayName("CS-1.1: only the departments the policy names for a deviation review it, through their manager, each once")
  void onlyTheDepartmentsConcerned() {
    ContractId id = withTwoDeviations();

    assertRejection(fixture.rejected(fixture.confirmDeviation(id, 1), fixture.audit), ContractRejection.NoDeviationAwaitsYou.class,
        "CS_NO_DEVIATION_AWAITS_YOU", "CS-1.1", Role.DEPARTMENT_MANAGER, Department.AUDIT);
    assertRejection(fixture.rejected(fixture.confirmDeviation(id, 1), fixture.engineering), ContractRejection.DeviationNotAwaitingYou.class,
        "CS_DEVIATION_NOT_AWAITING_YOU", "CS-1.1", 1, Department.ENGINEERING);
    assertRejection(fixture.rejected(fixture.confirmDeviation(id, 1), fixture.financeClerk), Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "CS-1.1", REVIEW_DEVIATION, Role.STAFF, Department.FINANCE);
    assertRejection(fixture.rejected(fixture.confirmDeviation(id, 9), fixture.finance), ContractRejection.NoSuchDeviation.class,
        "CS_NO_SUCH_DEVIATION", "CS-1.1", 9);

    fixture.accepted(fixture.confirmDeviation(id, 1), fixture.finance);
    assertRejection(fixture.rejected(fixture.confirmDeviation(id, 1), fixture.finance), ContractRejection.NoDeviationAwaitsYou.class,
        "CS_NO_DEVIATION_AWAITS_YOU", "CS-1.1", Role.DEPARTMENT_MANAGER, Department.FINANCE);
    assertEquals(List.of(), fixture.mayNow(fixture.finance, id));
    assertEquals(List.of(REVIEW_DEVIATION), fixture.mayNow(fixture.engineering, id));
  }

  @Test
  @DisplayName("CS-1.1: a refused deviation goes back to Operations in writing; withdrawn, the template's wording stands and the draft prints")
  void aRefusedDeviationIsWithdrawn() {
    ContractId id = withTwoDeviations();
    fixture.accepted(fixture.confirmDeviation(id, 2), fixture.engineering);
    fixture.accepted(fixture.confirmDeviation(id, 2), fixture.legal);
    fixture.accepted(fixture.confirmDeviation(id, 1), fixture.legal);

    Contract refused = fixture.step(fixture.refuseDeviation(id, 1), fixture.finance,
        Expect.step(REVIEW_DEVIATION, "CS-1.1", DRAFTING, new ContractEvent.DeviationReviewed(1, Department.FINANCE, false, Optional.of("不同意分期")))
            .notifying(Department.OPERATIONS, "CS_DEVIATION_REFUSED"));
    assertEquals(Deviation.Status.REFUSED, refused.deviations().get(0).status());
    assertRejection(fixture.rejected(fixture.print(id), fixture.operations), ContractRejection.DeviationsUnconfirmed.class,
        "CS_DEVIATIONS_UNCONFIRMED", "CS-1.1", List.of(1));

    Contract withdrawn = fixture.step(fixture.withdrawDeviation(id, 1), fixture.operations,
        Expect.step(WITHDRAW_DEVIATION, "CS-1.1", DRAFTING, new ContractEvent.DeviationWithdrawn(1)));
    assertEquals(Deviation.Status.WITHDRAWN, withdrawn.deviations().get(0).status());
    assertRejection(fixture.rejected(fixture.withdrawDeviation(id, 1), fixture.operations), ContractRejection.NoSuchDeviation.class,
        "CS_NO_SUCH_DEVIATION", "CS-1.1", 1);
    Contract printed = fixture.accepted(fixture.print(id), fixture.operations);
    assertEquals(OUT_FOR_SIGNATURE, printed.state());
  }

  @Test
  @DisplayName("CS-1.1, CS-2.1: once printed, the deviations are settled: none is recorded, reviewed or withdrawn any more")
  void deviationsCloseWithThePrint() {
    Contract c = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    fixture.accepted(fixture.print(c.id()), fixture.operations);

    assertRejection(fixture.rejected(fixture.recordDeviation(c.id(), DeviationTopic.OTHER), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CS-2.1", OUT_FOR_SIGNATURE, RECORD_DEVIATION);
    assertRejection(fixture.rejected(fixture.withdrawDeviation(c.id(), 1), fixture.operations),
        Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CS-2.1", OUT_FOR_SIGNATURE, WITHDRAW_DEVIATION);
  }

  @Test
  @DisplayName("CS-1.1, GS-7: the agenda owes each department concerned its review, and forgets it once given")
  void theAgendaOwesTheReviews() {
    ContractId id = withTwoDeviations();
    for (var reviewer : List.of(fixture.finance, fixture.legal, fixture.engineering)) {
      assertEquals(1, fixture.agendaOf(reviewer, id).stream().filter(i -> i.actions().contains(REVIEW_DEVIATION.name())).count(),
          reviewer.department().name());
    }
    fixture.accepted(fixture.confirmDeviation(id, 1), fixture.finance);
    assertEquals(List.of(), fixture.agendaOf(fixture.finance, id));
    assertEquals(List.of(), fixture.agendaOf(fixture.audit, id));
  }
}
