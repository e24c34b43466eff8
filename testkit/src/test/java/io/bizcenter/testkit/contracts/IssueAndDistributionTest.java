package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.Delivery;
import io.bizcenter.core.contracts.Originals;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Seat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue and distribution of the originals (CS-2.1, CS-4.1)")
class IssueAndDistributionTest {
  private final ContractFixture fixture = new ContractFixture();

  @Test
  @DisplayName("CS-4.1, GS-7: each receiving department owes its confirmation on the agenda until it confirms; Operations for the tenant's")
  void eachDeliveryIsTrackedUntilConfirmed() {
    ContractId id = fixture.issued(fixture.draftParking(fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations).id())).id();

    List<Seat> owing = fixture.storage.agenda().forCase(ContractFixture.TOWER, ContractFixture.PROCEDURE, id.value()).stream()
        .filter(i -> i.actions().contains(CONFIRM_DELIVERY.name())).map(AgendaItem::seat).toList();
    assertEquals(List.of(Seat.in(Department.ADMINISTRATION), Seat.in(Department.FINANCE), Seat.in(Department.OPERATIONS)), owing);

    fixture.accepted(fixture.confirmDelivery(id), fixture.finance);
    assertEquals(List.of(), fixture.agendaOf(fixture.finance, id));
    assertEquals(List.of(CONFIRM_DELIVERY.name()), fixture.agendaOf(fixture.administration, id).get(0).actions());
    Contract c = fixture.stored(id);
    assertEquals(List.of(Optional.of(Department.ADMINISTRATION), Optional.<Department>empty()),
        c.pendingDeliveries().stream().map(Delivery::to).toList());
  }

  @Test
  @DisplayName("CS-4.1: a department with nothing to receive confirms nothing, and nobody confirms twice")
  void onlyTheReceivingDepartments() {
    ContractId id = fixture.issued(fixture.draftLease(TenantType.COMPANY)).id();

    assertRejection(fixture.rejected(fixture.confirmDelivery(id), fixture.security), ContractRejection.NoDeliveryAwaitsYou.class,
        "CS_NO_DELIVERY_AWAITS_YOU", "CS-4.1", Department.SECURITY);
    fixture.accepted(fixture.confirmDelivery(id), fixture.administration);
    assertRejection(fixture.rejected(fixture.confirmDelivery(id), fixture.administration), ContractRejection.NoDeliveryAwaitsYou.class,
        "CS_NO_DELIVERY_AWAITS_YOU", "CS-4.1", Department.ADMINISTRATION);
  }

  @Test
  @DisplayName("CS-4.1, CS-5.2: no photocopy and no tenant file while an original is unconfirmed")
  void theCopyWaitsForEveryOriginal() {
    Contract lease = fixture.issued(fixture.draftLease(TenantType.COMPANY));
    Contract parking = fixture.issued(fixture.draftParking(lease.id()));
    fixture.accepted(fixture.confirmDelivery(parking.id()), fixture.administration);

    assertRejection(fixture.rejected(fixture.filePhotocopy(parking.id()), fixture.operations), ContractRejection.DeliveriesPending.class,
        "CS_DELIVERIES_PENDING", "CS-4.1", 2);

    fixture.accepted(fixture.draftPaymentNotice(lease.id()), fixture.deputySupervisor);
    fixture.accepted(fixture.reviewPaymentNotice(lease.id()), fixture.departmentManager);
    fixture.accepted(fixture.stampPaymentNotice(lease.id()), fixture.finance);
    fixture.accepted(fixture.paymentNoticeSignedFor(lease.id()), fixture.operations);
    assertRejection(fixture.rejected(fixture.buildTenantFile(lease.id()), fixture.managersAssistant), ContractRejection.DeliveriesPending.class,
        "CS_DELIVERIES_PENDING", "CS-4.1", 3);
    fixture.delivered(lease.id());
    assertEquals(List.of(BUILD_TENANT_FILE), fixture.mayNow(fixture.managersAssistant, lease.id()));
  }

  @Test
  @DisplayName("CS-2.1, CS-4.1: a property printing six originals keeps three (the policy names where) and gives the tenant three")
  void originalsArePolicy() {
    ContractPolicy six = ContractPolicy.defaults().with(PolicyVersion.of("six-1"),
        new Originals(6, List.of(Department.ADMINISTRATION, Department.FINANCE, Department.LEGAL)));
    ContractFixture tower = new ContractFixture(center -> six);

    Contract issued = tower.issued(tower.draftLease(TenantType.COMPANY));

    assertEquals(List.of(new Delivery(Optional.of(Department.ADMINISTRATION), 1, Department.GENERAL_OFFICE, Optional.empty()),
        new Delivery(Optional.of(Department.FINANCE), 1, Department.GENERAL_OFFICE, Optional.empty()),
        new Delivery(Optional.of(Department.LEGAL), 1, Department.GENERAL_OFFICE, Optional.empty()),
        new Delivery(Optional.empty(), 3, Department.OPERATIONS, Optional.empty())), issued.deliveries());
    assertEquals(6, tower.trail(issued.id()).stream().filter(e -> e.action().equals(PRINT.name())).findFirst().orElseThrow()
        .events().stream().mapToInt(e -> ((io.bizcenter.core.contracts.ContractEvent.ContractPrinted) e).originals()).sum());
  }
}
