package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.PaymentNotice;
import io.bizcenter.core.contracts.TenantFile;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A phone-line transfer agreement, belonging to a lease (CS-0.1, CS-4.1, CS-5.1, CS-5.2)")
class PhoneLineTransferTest {
  private final ContractFixture fixture = new ContractFixture();

  @Test
  @DisplayName("CS-0.1, CS-1.1, CS-3.1, CS-4.1: drafted from its own template, signed along the chain, issued, delivered, its photocopy filed")
  void fromTheTemplateToThePhotocopy() {
    Contract lease = fixture.accepted(fixture.draftLease(TenantType.INDIVIDUAL), fixture.operations);
    Contract line = fixture.issued(fixture.draftPhoneLine(lease.id()));

    assertEquals(ContractPolicy.defaults().template(ContractType.PHONE_LINE_TRANSFER), line.template());
    assertEquals(6, line.signatures().size());
    fixture.delivered(line.id());
    Contract closed = fixture.accepted(fixture.filePhotocopy(line.id()), fixture.operations);
    assertEquals(CLOSED, closed.state());
  }

  @Test
  @DisplayName("CS-5.1: no payment notice is drafted from a phone-line agreement itself: it is on its lease's")
  void noPaymentNoticeOfItsOwn() {
    Contract lease = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    Contract line = fixture.issued(fixture.draftPhoneLine(lease.id()));

    assertFalse(fixture.mayNow(fixture.deputySupervisor, line.id()).contains(DRAFT_PAYMENT_NOTICE));
    Rejection r = fixture.rejected(fixture.draftPaymentNotice(line.id()), fixture.deputySupervisor);
    assertRejection(r, ContractRejection.NotALease.class, "CS_NOT_A_LEASE", "CS-5.1", ContractType.PHONE_LINE_TRANSFER);
  }

  @Test
  @DisplayName("CS-5.1, CS-5.2, CS-4.1: a lease with a parking and a phone-line agreement: one notice for all three, one file with the three copies; a lease's own photocopy goes into that file")
  void oneNoticeAndOneFileForTheWholeTenancy() {
    Contract lease = fixture.issued(fixture.draftLease(TenantType.COMPANY));
    Contract parking = fixture.issued(fixture.draftParking(lease.id()));
    Contract line = fixture.issued(fixture.draftPhoneLine(lease.id()));
    fixture.delivered(lease.id());

    Rejection copy = fixture.rejected(fixture.filePhotocopy(lease.id()), fixture.operations);
    assertRejection(copy, ContractRejection.LeaseCopyGoesToTenantFile.class, "CS_LEASE_COPY_GOES_TO_TENANT_FILE", "CS-5.2");
    assertFalse(fixture.mayNow(fixture.operations, lease.id()).contains(FILE_PHOTOCOPY));

    PaymentNotice notice = fixture.accepted(fixture.draftPaymentNotice(lease.id()), fixture.deputySupervisor).paymentNotice().get();
    assertEquals(List.of(lease.id(), lease.id(), parking.id(), line.id(), line.id()), notice.items().stream().map(PaymentNotice.Item::contract).toList());
    // 3 x 12345.67 + 24691.34 + 3 x 800.10 + 3 x 150.00 + 300.00, to the fen
    assertEquals(Money.yuan("64878.65"), notice.total());

    fixture.accepted(fixture.reviewPaymentNotice(lease.id()), fixture.departmentManager);
    fixture.accepted(fixture.stampPaymentNotice(lease.id()), fixture.financeClerk);
    fixture.accepted(fixture.paymentNoticeSignedFor(lease.id()), fixture.operations);
    TenantFile file = fixture.accepted(fixture.buildTenantFile(lease.id()), fixture.managersAssistant).tenantFile().get();
    assertEquals(List.of(lease.id(), parking.id(), line.id()), file.copies().stream().map(TenantFile.Copy::contract).toList());
    assertEquals(List.of(ContractType.LEASE, ContractType.PARKING, ContractType.PHONE_LINE_TRANSFER),
        file.copies().stream().map(TenantFile.Copy::type).toList());
    ContractId[] ids = {lease.id(), parking.id(), line.id()};
    for (int i = 0; i < ids.length; i++) {
      assertEquals(fixture.stored(ids[i]).issued().get().at(), file.copies().get(i).issuedAt());
    }
  }
}
