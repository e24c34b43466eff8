package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.contracts.ContractFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.ReviewCapacity;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.Actors;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The approval chain is signed strictly in order, each step by its own department and role, nobody twice (CS-3.1):
 * every way to sign out of turn or from the wrong seat is refused with a typed rejection naming the clause, and
 * writes nothing.
 */
@DisplayName("Signatures out of turn or from the wrong seat (CS-3.1, CS-4.1)")
class SignatureOutOfTurnTest {
  private final ContractFixture fixture = new ContractFixture();

  /** In review with the first {@code signed} steps of the chain signed. */
  private ContractId signedUpTo(int signed) {
    Contract c = fixture.inReview(fixture.draftLease(TenantType.COMPANY));
    for (Actor seat : fixture.chain().subList(0, signed)) {
      fixture.accepted(fixture.sign(c.id()), seat);
    }
    return c.id();
  }

  private void refused(ContractId id, Actor actor, Class<? extends Rejection> type, String code, Object... arguments) {
    int before = fixture.stored(id).signatures().size();
    Rejection r = fixture.rejected(fixture.sign(id), actor);
    assertRejection(r, type, code, "CS-3.1", arguments);
    assertFalse(fixture.mayNow(actor, id).contains(SIGN), "not offered either");
    assertEquals(before, fixture.stored(id).signatures().size());
  }

  @Test
  @DisplayName("CS-3.1: the department manager may not sign before the handler")
  void departmentManagerBeforeTheHandler() {
    Actor anotherManager = Actors.of("opdm-09", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, TOWER);
    refused(signedUpTo(0), anotherManager, ContractRejection.SignatureOutOfOrder.class, "CS_SIGNATURE_OUT_OF_ORDER",
        ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER);
  }

  @Test
  @DisplayName("CS-3.1: Audit may not sign before the department manager")
  void auditBeforeTheDepartmentManager() {
    refused(signedUpTo(1), fixture.audit, ContractRejection.SignatureOutOfOrder.class, "CS_SIGNATURE_OUT_OF_ORDER",
        ReviewCapacity.DEPARTMENT_MANAGER, ReviewCapacity.AUDIT);
  }

  @Test
  @DisplayName("CS-3.1: Finance may not sign before Audit")
  void financeBeforeAudit() {
    refused(signedUpTo(2), fixture.finance, ContractRejection.SignatureOutOfOrder.class, "CS_SIGNATURE_OUT_OF_ORDER",
        ReviewCapacity.AUDIT, ReviewCapacity.FINANCE);
  }

  @Test
  @DisplayName("CS-3.1: Legal may not sign before Finance")
  void legalBeforeFinance() {
    refused(signedUpTo(3), fixture.legal, ContractRejection.SignatureOutOfOrder.class, "CS_SIGNATURE_OUT_OF_ORDER",
        ReviewCapacity.FINANCE, ReviewCapacity.LEGAL);
  }

  @Test
  @DisplayName("CS-3.1: the General Office may not sign before Legal")
  void generalOfficeBeforeLegal() {
    refused(signedUpTo(4), fixture.generalOffice, ContractRejection.SignatureOutOfOrder.class, "CS_SIGNATURE_OUT_OF_ORDER",
        ReviewCapacity.LEGAL, ReviewCapacity.GENERAL_OFFICE);
  }

  @Test
  @DisplayName("CS-3.1: a step already signed is not signed again: the handler once more is out of order")
  void aStepIsSignedOnce() {
    refused(signedUpTo(3), fixture.handler, ContractRejection.SignatureOutOfOrder.class, "CS_SIGNATURE_OUT_OF_ORDER",
        ReviewCapacity.FINANCE, ReviewCapacity.HANDLER);
  }

  @Test
  @DisplayName("CS-3.1: the handler's step is the Operations manager's: an Operations clerk may not sign as handler")
  void anOperationsClerkAsHandler() {
    refused(signedUpTo(0), fixture.operations, ContractRejection.NotInTheChain.class, "CS_NOT_IN_THE_CHAIN",
        Role.STAFF, Department.OPERATIONS, ReviewCapacity.HANDLER);
  }

  @Test
  @DisplayName("CS-3.1: Audit's step is its manager's: an Audit clerk may not sign it")
  void anAuditClerk() {
    Actor clerk = Actors.of("aud-09", Role.STAFF, Department.AUDIT, TOWER);
    refused(signedUpTo(2), clerk, ContractRejection.NotInTheChain.class, "CS_NOT_IN_THE_CHAIN", Role.STAFF, Department.AUDIT, ReviewCapacity.AUDIT);
  }

  @Test
  @DisplayName("CS-3.1: a department outside the chain (Security, Engineering) signs nothing")
  void aDepartmentOutsideTheChain() {
    ContractId id = signedUpTo(2);
    refused(id, fixture.security, ContractRejection.NotInTheChain.class, "CS_NOT_IN_THE_CHAIN", Role.STAFF, Department.SECURITY, ReviewCapacity.AUDIT);
    refused(id, fixture.engineering, ContractRejection.NotInTheChain.class, "CS_NOT_IN_THE_CHAIN",
        Role.DEPARTMENT_MANAGER, Department.ENGINEERING, ReviewCapacity.AUDIT);
  }

  @Test
  @DisplayName("CS-3.1: nobody signs two steps: a person who signed as Audit may not sign Finance's step too")
  void nobodySignsTwoSteps() {
    ContractId id = signedUpTo(3);
    Actor auditorInFinance = Actors.of(fixture.audit.staff().value(), Role.DEPARTMENT_MANAGER, Department.FINANCE, TOWER);

    refused(id, auditorInFinance, ContractRejection.SignedAlready.class, "CS_SIGNED_ALREADY", "aud-01", ReviewCapacity.AUDIT);
    assertEquals(List.of(RETURN_FOR_REVISION), fixture.mayNow(auditorInFinance, id), "sending it back is no signature");
  }

  @Test
  @DisplayName("CS-3.1: one person may sign as handler and as department manager by default; under a strict policy not")
  void handlerAndDepartmentManagerUnderAStrictPolicy() {
    assertEquals(1, fixture.stored(signedUpTo(2)).signatures().stream().map(s -> s.staff()).distinct().count(),
        "by default the Operations manager signed both steps");
    ContractPolicy strict = ContractPolicy.defaults().with(PolicyVersion.of("four-eyes-1"), ApprovalChain.defaults().sharing(Set.of()));
    ContractFixture strictTower = new ContractFixture(center -> strict);
    Contract c = strictTower.inReview(strictTower.draftLease(TenantType.COMPANY));
    strictTower.accepted(strictTower.sign(c.id()), strictTower.handler);

    Rejection r = strictTower.rejected(strictTower.sign(c.id()), strictTower.departmentManager);

    assertRejection(r, ContractRejection.SignedAlready.class, "CS_SIGNED_ALREADY", "CS-3.1", "opm-01", ReviewCapacity.HANDLER);
    strictTower.accepted(strictTower.sign(c.id()), Actors.of("opdm-02", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, TOWER));
  }

  @Test
  @DisplayName("CS-3.1: once every step has signed, nothing is left to sign")
  void nothingLeftToSign() {
    refused(signedUpTo(6), fixture.generalOffice, ContractRejection.ChainComplete.class, "CS_CHAIN_COMPLETE");
  }

  @Test
  @DisplayName("CS-4.1: the General Office issues only once every step has signed; nobody else issues")
  void issueOnlyAfterTheWholeChain() {
    ContractId id = signedUpTo(5);
    assertFalse(fixture.mayNow(fixture.generalOffice, id).contains(ISSUE));
    assertRejection(fixture.rejected(fixture.issue(id), fixture.generalOffice), ContractRejection.ChainIncomplete.class,
        "CS_CHAIN_INCOMPLETE", "CS-4.1", ReviewCapacity.GENERAL_OFFICE);

    fixture.accepted(fixture.sign(id), fixture.generalOffice);
    assertRejection(fixture.rejected(fixture.issue(id), fixture.legal), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CS-4.1",
        ISSUE, Role.DEPARTMENT_MANAGER, Department.LEGAL);
    assertEquals(ContractState.ISSUED, fixture.accepted(fixture.issue(id), fixture.generalOffice).state());
  }

  @Test
  @DisplayName("CS-2.1, CS-3.1: no signature of the chain before the tenant's")
  void noChainBeforeTheTenantSigned() {
    Contract printed = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    fixture.accepted(fixture.print(printed.id()), fixture.operations);

    assertRejection(fixture.rejected(fixture.sign(printed.id()), fixture.handler), Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED",
        "CS-2.1", ContractState.OUT_FOR_SIGNATURE, SIGN);
  }
}
