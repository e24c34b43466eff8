package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.ReviewCapacity;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.testkit.contracts.ContractFixture.Expect;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A reviewer returns the contract with comments (CS-3.1)")
class ReviewerReturnsTheContractTest {
  private static final String COMMENTS = "押金条款与财务制度不符，请修改";

  /** Reviewed up to Finance's turn: handler, department manager and Audit have signed. */
  private static ContractId atFinance(ContractFixture fixture) {
    Contract c = fixture.inReview(fixture.draftLease(TenantType.COMPANY));
    for (Actor seat : fixture.chain().subList(0, 3)) {
      fixture.accepted(fixture.sign(c.id()), seat);
    }
    return c.id();
  }

  @Test
  @DisplayName("CS-3.1: by default it goes back to the handler, every signature withdrawn; Operations is told in writing, and the chain starts again")
  void backToTheHandler() {
    ContractFixture fixture = new ContractFixture();
    ContractId id = atFinance(fixture);

    Contract returned = fixture.step(fixture.returnForRevision(id), fixture.finance,
        Expect.step(RETURN_FOR_REVISION, "CS-3.1", IN_REVIEW, new ContractEvent.ContractReturned(ReviewCapacity.FINANCE, COMMENTS,
            List.of(ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER, ReviewCapacity.AUDIT)))
            .notifying(Department.OPERATIONS, "CS_CONTRACT_RETURNED"));

    assertEquals(List.of(), returned.signatures());
    assertEquals(ReviewCapacity.HANDLER, returned.dueStep().get().capacity());
    assertEquals(1, returned.returns().size());
    assertEquals(COMMENTS, returned.returns().get(0).comments());
    assertEquals(fixture.finance.staff(), returned.returns().get(0).staff());
    assertEquals(List.of(SIGN, ABANDON), fixture.mayNow(fixture.handler, id));
    assertEquals(List.of(), fixture.mayNow(fixture.finance, id));
    assertFalse(fixture.mayNow(fixture.audit, id).contains(SIGN), "Audit signs again in its turn only");
    // the chain again, in order, to the issue
    for (Actor seat : fixture.chain()) {
      fixture.accepted(fixture.sign(id), seat);
    }
    assertEquals(ISSUED, fixture.accepted(fixture.issue(id), fixture.generalOffice).state());
  }

  @Test
  @DisplayName("CS-3.1: a policy may send it back one step instead: only the previous signature is withdrawn, and that reviewer is told")
  void backOneStepUnderAnotherPolicy() {
    ContractPolicy oneStepBack = ContractPolicy.defaults()
        .with(PolicyVersion.of("tower-return-1"), ApprovalChain.defaults().returningTo(ApprovalChain.ReturnTo.PREVIOUS_STEP));
    ContractFixture fixture = new ContractFixture(center -> oneStepBack);
    ContractId id = atFinance(fixture);

    Contract returned = fixture.step(fixture.returnForRevision(id), fixture.finance,
        Expect.step(RETURN_FOR_REVISION, "CS-3.1", IN_REVIEW, new ContractEvent.ContractReturned(ReviewCapacity.FINANCE, COMMENTS,
            List.of(ReviewCapacity.AUDIT))).notifying(Department.AUDIT, "CS_CONTRACT_RETURNED"));

    assertEquals(List.of(ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER),
        returned.signatures().stream().map(ApprovalChain.Signature::capacity).toList());
    assertEquals(PolicyVersion.of("tower-return-1"), returned.policy());
    assertEquals(List.of(SIGN, RETURN_FOR_REVISION), fixture.mayNow(fixture.audit, id));
    fixture.accepted(fixture.sign(id), fixture.audit);
    assertEquals(List.of(SIGN, RETURN_FOR_REVISION), fixture.mayNow(fixture.finance, id));
  }

  @Test
  @DisplayName("CS-3.1: before the handler has signed there is nobody to return it to")
  void nothingToReturnBeforeTheHandlerSigned() {
    ContractFixture fixture = new ContractFixture();
    Contract c = fixture.inReview(fixture.draftLease(TenantType.COMPANY));

    assertFalse(fixture.mayNow(fixture.handler, c.id()).contains(RETURN_FOR_REVISION));
    assertRejection(fixture.rejected(fixture.returnForRevision(c.id()), fixture.handler), ContractRejection.NothingToReturn.class,
        "CS_NOTHING_TO_RETURN", "CS-3.1");
  }

  @Test
  @DisplayName("CS-3.1: only the reviewer whose turn it is returns it; one of a later step, or of no step, may not")
  void onlyTheReviewerDue() {
    ContractFixture fixture = new ContractFixture();
    ContractId id = atFinance(fixture);

    assertRejection(fixture.rejected(fixture.returnForRevision(id), fixture.legal), ContractRejection.SignatureOutOfOrder.class,
        "CS_SIGNATURE_OUT_OF_ORDER", "CS-3.1", ReviewCapacity.FINANCE, ReviewCapacity.LEGAL);
    assertRejection(fixture.rejected(fixture.returnForRevision(id), fixture.audit), ContractRejection.SignatureOutOfOrder.class,
        "CS_SIGNATURE_OUT_OF_ORDER", "CS-3.1", ReviewCapacity.FINANCE, ReviewCapacity.AUDIT);
    assertRejection(fixture.rejected(fixture.returnForRevision(id), fixture.security), ContractRejection.NotInTheChain.class,
        "CS_NOT_IN_THE_CHAIN", "CS-3.1", fixture.security.role(), Department.SECURITY, ReviewCapacity.FINANCE);
    assertTrue(fixture.stored(id).returns().isEmpty());
  }

  @Test
  @DisplayName("CS-3.1, CS-4.1: once every step has signed, it is issued, not returned")
  void notAfterTheLastSignature() {
    ContractFixture fixture = new ContractFixture();
    Contract c = fixture.inReview(fixture.draftLease(TenantType.COMPANY));
    for (Actor seat : fixture.chain()) {
      fixture.accepted(fixture.sign(c.id()), seat);
    }

    assertRejection(fixture.rejected(fixture.returnForRevision(c.id()), fixture.generalOffice), ContractRejection.ChainComplete.class,
        "CS_CHAIN_COMPLETE", "CS-3.1");
  }
}
