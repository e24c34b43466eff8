package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.contracts.ContractFixture.Expect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A contract dropped before it is issued (CS-0.1)")
class AbandonedContractTest {
  private final ContractFixture fixture = new ContractFixture();

  @Test
  @DisplayName("CS-0.1: the Operations manager or department manager may drop a draft, a printed contract or one in review; then nothing is owed")
  void droppedAtEachStageBeforeTheIssue() {
    Contract draft = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    Contract printed = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    fixture.accepted(fixture.print(printed.id()), fixture.operations);
    Contract inReview = fixture.inReview(fixture.draftLease(TenantType.COMPANY));

    for (Contract c : List.of(draft, printed, inReview)) {
      Actor who = c == printed ? fixture.departmentManager : fixture.handler;
      Contract dropped = fixture.step(fixture.abandon(c.id()), who,
          Expect.step(ABANDON, "CS-0.1", ABANDONED, new ContractEvent.ContractAbandoned("租户放弃承租")));
      assertEquals(Optional.of("租户放弃承租"), dropped.abandonment());
      for (Actor anyone : fixture.everyone()) {
        if (anyone.worksFor(ContractFixture.TOWER)) {
          assertEquals(List.of(), fixture.mayNow(anyone, c.id()), anyone.department() + " may do nothing more");
        }
        assertEquals(List.of(), fixture.agendaOf(anyone, c.id()));
      }
    }
  }

  @Test
  @DisplayName("CS-0.1, CS-4.1: an Operations clerk may not drop a contract, and nobody drops an issued one")
  void whoMayDropAndUntilWhen() {
    Contract draft = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    assertRejection(fixture.rejected(fixture.abandon(draft.id()), fixture.operations), Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "CS-0.1", ABANDON, Role.STAFF, Department.OPERATIONS);

    Contract issued = fixture.issued(fixture.draftLease(TenantType.COMPANY));
    assertRejection(fixture.rejected(fixture.abandon(issued.id()), fixture.handler), Rejection.ActionNotAllowed.class,
        "ACTION_NOT_ALLOWED", "CS-4.1", ISSUED, ABANDON);
  }
}
