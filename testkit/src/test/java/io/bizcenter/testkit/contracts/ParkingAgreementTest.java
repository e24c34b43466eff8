package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.contracts.ContractFixture.TENANT;
import static io.bizcenter.testkit.contracts.ContractFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractCommand.DraftContract;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.PaymentNotice;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.testkit.contracts.ContractFixture.Expect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A parking agreement, belonging to a lease (CS-0.1, CS-4.1, CS-5.1, CS-5.2)")
class ParkingAgreementTest {
  private final ContractFixture fixture = new ContractFixture();

  @Test
  @DisplayName("CS-0.1, CS-1.1, CS-2.1, CS-3.1, CS-4.1: drafted from the parking template under its lease, signed along the chain, issued; the photocopy filed once every original is confirmed closes it")
  void fromTheTemplateToThePhotocopy() {
    Contract lease = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    Contract parking = fixture.step(fixture.draftParking(lease.id()), fixture.operations,
        Expect.step(DRAFT_CONTRACT, "CS-1.1", DRAFTING, new ContractEvent.ContractDrafted(ContractType.PARKING, TENANT, TenantType.COMPANY,
            ContractPolicy.defaults().template(ContractType.PARKING), ContractFixture.parkingTerms(), Optional.of(lease.id()), Optional.empty())));
    ContractId id = parking.id();
    assertEquals(List.of(parking), fixture.desk().related(fixture.operations, TOWER, lease.id()).get());

    fixture.accepted(fixture.print(id), fixture.operations);
    fixture.accepted(fixture.tenantSignedInFull(parking), fixture.operations);
    for (var seat : fixture.chain()) {
      fixture.accepted(fixture.sign(id), seat);
    }
    fixture.accepted(fixture.issue(id), fixture.generalOffice);
    assertEquals(List.of(CONFIRM_DELIVERY), fixture.mayNow(fixture.operations, id), "no payment notice of its own, no photocopy yet");

    Rejection early = fixture.rejected(fixture.filePhotocopy(id), fixture.operations);
    assertRejection(early, ContractRejection.DeliveriesPending.class, "CS_DELIVERIES_PENDING", "CS-4.1", 3);

    fixture.delivered(id);
    assertEquals(List.of(FILE_PHOTOCOPY), fixture.mayNow(fixture.operations, id));
    Contract closed = fixture.step(fixture.filePhotocopy(id), fixture.operations,
        Expect.step(FILE_PHOTOCOPY, "CS-4.1", CLOSED, new ContractEvent.PhotocopyFiled("档案-CS-2026-03")));
    assertEquals(Optional.of("档案-CS-2026-03"), closed.photocopyFiled());
    assertEquals(List.of(), fixture.agendaOf(fixture.operations, id));
  }

  @Test
  @DisplayName("CS-5.1, CS-5.2: the lease's payment notice asks the parking fee too, and its tenant file holds a copy of the agreement")
  void coveredByTheLeasesPaymentNoticeAndFile() {
    Contract lease = fixture.issued(fixture.draftLease(TenantType.COMPANY));
    Contract parking = fixture.issued(fixture.draftParking(lease.id()));
    fixture.delivered(lease.id());

    Contract drafted = fixture.accepted(fixture.draftPaymentNotice(lease.id()), fixture.deputySupervisor);

    PaymentNotice notice = drafted.paymentNotice().orElseThrow();
    assertEquals(List.of(
        new PaymentNotice.Item(lease.id(), ContractType.LEASE, PaymentNotice.Kind.DEPOSIT, Money.yuan("24691.34")),
        new PaymentNotice.Item(lease.id(), ContractType.LEASE, PaymentNotice.Kind.CHARGE, Money.yuan("37037.01")),
        new PaymentNotice.Item(parking.id(), ContractType.PARKING, PaymentNotice.Kind.CHARGE, Money.yuan("2400.30"))), notice.items(),
        "a parking agreement without deposit asks only its fee");
    assertEquals(Money.yuan("64128.65"), notice.total());

    fixture.accepted(fixture.reviewPaymentNotice(lease.id()), fixture.departmentManager);
    fixture.accepted(fixture.stampPaymentNotice(lease.id()), fixture.finance);
    fixture.accepted(fixture.paymentNoticeSignedFor(lease.id()), fixture.operations);
    Contract filed = fixture.accepted(fixture.buildTenantFile(lease.id()), fixture.managersAssistant);
    assertEquals(List.of(lease.id(), parking.id()), filed.tenantFile().get().copies().stream().map(c -> c.contract()).toList());
    assertEquals(List.of(ContractType.LEASE, ContractType.PARKING), filed.tenantFile().get().copies().stream().map(c -> c.type()).toList());
  }

  @Test
  @DisplayName("CS-5.1: the payment notice waits while a related agreement is still being signed; an abandoned one is left out")
  void thePaymentNoticeWaitsForRelatedContracts() {
    Contract lease = fixture.issued(fixture.draftLease(TenantType.COMPANY));
    Contract parking = fixture.inReview(fixture.draftParking(lease.id()));

    Rejection waiting = fixture.rejected(fixture.draftPaymentNotice(lease.id()), fixture.deputySupervisor);

    assertRejection(waiting, ContractRejection.RelatedContractsPending.class, "CS_RELATED_CONTRACTS_PENDING", "CS-5.1", List.of(parking.id().value()));
    fixture.accepted(fixture.abandon(parking.id()), fixture.handler);
    Contract drafted = fixture.accepted(fixture.draftPaymentNotice(lease.id()), fixture.deputySupervisor);
    assertEquals(List.of(lease.id(), lease.id()), drafted.paymentNotice().get().items().stream().map(i -> i.contract()).toList());
  }

  @Test
  @DisplayName("CS-5.1: a parking agreement names a lease of the same tenant in the same center; an unknown, foreign or non-lease id is refused")
  void itBelongsToALeaseOfTheTenant() {
    Contract lease = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    Contract otherParking = fixture.accepted(fixture.draftParking(lease.id()), fixture.operations);
    Contract othersLease = fixture.accepted(new DraftContract(fixture.freshCommandId(), TOWER, ContractType.LEASE, ContractFixture.OTHER_TENANT,
        TenantType.INDIVIDUAL, ContractFixture.leaseTerms(), null, null), fixture.operations);
    Contract harbourLease = fixture.accepted(new DraftContract(fixture.freshCommandId(), ContractFixture.HARBOUR, ContractType.LEASE, TENANT,
        TenantType.COMPANY, ContractFixture.leaseTerms(), null, null), fixture.harbourOperations);

    for (ContractId wrong : List.of(ContractId.of("K-404"), othersLease.id(), otherParking.id(), harbourLease.id())) {
      Rejection r = fixture.rejected(fixture.draftParking(wrong), fixture.operations);
      assertRejection(r, ContractRejection.NoSuchLease.class, "CS_NO_SUCH_LEASE", "CS-5.1", wrong.value());
    }
    Rejection renewal = fixture.rejected(fixture.draftRenewal(othersLease.id()), fixture.operations);
    assertEquals(Clause.of("CS-1.1"), renewal.clause(), "a renewal renews a lease of the same tenant");
    fixture.accepted(fixture.abandon(lease.id()), fixture.handler);
    assertRejection(fixture.rejected(fixture.draftParking(lease.id()), fixture.operations), ContractRejection.NoSuchLease.class,
        "CS_NO_SUCH_LEASE", "CS-5.1", lease.id().value());
  }
}
