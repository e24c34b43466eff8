package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.contracts.ContractFixture.Expect;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The payment notice and the tenant file, by their seats (CS-5.1, CS-5.2)")
class PaymentNoticeTest {
  private final ContractFixture fixture = new ContractFixture();

  private ContractId issuedLease() {
    Contract lease = fixture.issued(fixture.draftLease(TenantType.COMPANY));
    fixture.delivered(lease.id());
    return lease.id();
  }

  @Test
  @DisplayName("CS-5.1: the department manager may return the draft; Operations is told, and the deputy supervisor drafts it again")
  void returnedByTheDepartmentManager() {
    ContractId id = issuedLease();
    fixture.accepted(fixture.draftPaymentNotice(id), fixture.deputySupervisor);

    Contract returned = fixture.step(fixture.returnPaymentNotice(id), fixture.departmentManager,
        Expect.step(RETURN_PAYMENT_NOTICE, "CS-5.1", ISSUED, new ContractEvent.PaymentNoticeReturned("车位费月数有误"))
            .notifying(Department.OPERATIONS, "CS_PAYMENT_NOTICE_RETURNED"));

    assertEquals(Optional.empty(), returned.paymentNotice());
    assertEquals(PAYMENT_NOTICE_DRAFTED, fixture.accepted(fixture.draftPaymentNotice(id), fixture.deputySupervisor).state());
  }

  @Test
  @DisplayName("CS-5.1: Finance may return it instead of stamping it")
  void returnedByFinance() {
    ContractId id = issuedLease();
    fixture.accepted(fixture.draftPaymentNotice(id), fixture.deputySupervisor);
    fixture.accepted(fixture.reviewPaymentNotice(id), fixture.departmentManager);

    assertEquals(ISSUED, fixture.accepted(fixture.returnPaymentNotice(id), fixture.financeClerk).state());
  }

  @Test
  @DisplayName("CS-5.1: drafted by the deputy supervisor only, reviewed by the Operations department manager only, stamped by Finance only")
  void eachStepHasItsSeat() {
    ContractId id = issuedLease();
    assertRejection(fixture.rejected(fixture.draftPaymentNotice(id), fixture.operations), Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "CS-5.1", DRAFT_PAYMENT_NOTICE, Role.STAFF, Department.OPERATIONS);
    fixture.accepted(fixture.draftPaymentNotice(id), fixture.deputySupervisor);
    assertRejection(fixture.rejected(fixture.reviewPaymentNotice(id), fixture.finance), Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "CS-5.1", REVIEW_PAYMENT_NOTICE, Role.DEPARTMENT_MANAGER, Department.FINANCE);
    assertRejection(fixture.rejected(fixture.stampPaymentNotice(id), fixture.finance), Rejection.ActionNotAllowed.class,
        "ACTION_NOT_ALLOWED", "CS-5.1", PAYMENT_NOTICE_DRAFTED, STAMP_PAYMENT_NOTICE);
    fixture.accepted(fixture.reviewPaymentNotice(id), fixture.departmentManager);
    assertRejection(fixture.rejected(fixture.stampPaymentNotice(id), fixture.audit), Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "CS-5.1", STAMP_PAYMENT_NOTICE, Role.DEPARTMENT_MANAGER, Department.AUDIT);
    fixture.accepted(fixture.stampPaymentNotice(id), fixture.finance);
    assertRejection(fixture.rejected(fixture.buildTenantFile(id), fixture.managersAssistant), Rejection.ActionNotAllowed.class,
        "ACTION_NOT_ALLOWED", "CS-5.1", PAYMENT_NOTICE_STAMPED, BUILD_TENANT_FILE);
  }

  @Test
  @DisplayName("CS-5.2: the tenant file is built by the Operations manager's assistant only")
  void theTenantFileByTheAssistant() {
    ContractId id = issuedLease();
    fixture.accepted(fixture.draftPaymentNotice(id), fixture.deputySupervisor);
    fixture.accepted(fixture.reviewPaymentNotice(id), fixture.departmentManager);
    fixture.accepted(fixture.stampPaymentNotice(id), fixture.finance);
    fixture.accepted(fixture.paymentNoticeSignedFor(id), fixture.operations);

    assertRejection(fixture.rejected(fixture.buildTenantFile(id), fixture.deputySupervisor), Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "CS-5.2", BUILD_TENANT_FILE, Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS);
    assertEquals(CLOSED, fixture.accepted(fixture.buildTenantFile(id), fixture.managersAssistant).state());
  }
}
