package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;
import static io.bizcenter.testkit.contracts.ContractFixture.TENANT;
import static io.bizcenter.testkit.contracts.ContractFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Delivery;
import io.bizcenter.core.contracts.Deviation;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.EconomicContractReviewForm;
import io.bizcenter.core.contracts.Endorsement;
import io.bizcenter.core.contracts.PaymentNotice;
import io.bizcenter.core.contracts.ReviewCapacity;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantFile;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.testkit.contracts.ContractFixture.Expect;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A lease for a company, from the template to the tenant file (CS-0.1 to CS-5.2, CS-2.2)")
class LeaseForACompanyTest {
  private final ContractFixture fixture = new ContractFixture();
  private final ContractPolicy policy = ContractPolicy.defaults();

  @Test
  @DisplayName("CS-0.1, CS-1.1, CS-2.1, CS-2.2, CS-3.1, CS-4.1, CS-5.1, CS-5.2, GS-6: every step in the source's order, audited with its clause and notified in writing")
  void fromTheTemplateToTheTenantFile() {
    ContractId id = drafted();
    settleADeviation(id);
    printAndSign(id);
    review(id);
    issueAndDeliver(id);
    paymentNotice(id);
    Contract closed = fixture.step(fixture.buildTenantFile(id), fixture.managersAssistant,
        Expect.step(BUILD_TENANT_FILE, "CS-5.2", CLOSED, new ContractEvent.TenantFileBuilt(new TenantFile("租户档案-ACME",
            List.of(new TenantFile.Copy(id, ContractType.LEASE, policy.template(ContractType.LEASE), fixture.stored(id).issued().get().at())),
            new Endorsement(fixture.managersAssistant.staff(), fixture.nextAt())))));

    assertTrue(closed.tenantFile().isPresent());
    for (Actor anyone : fixture.everyone()) {
      assertEquals(List.of(), fixture.agendaOf(anyone, id), "nothing is due on a closed contract");
    }
  }

  /** CS-0.1, CS-1.1: Operations drafts the lease from its standard template, filled with the negotiated terms. */
  private ContractId drafted() {
    Contract c = fixture.step(fixture.draftLease(TenantType.COMPANY), fixture.operations,
        Expect.step(DRAFT_CONTRACT, "CS-1.1", DRAFTING, new ContractEvent.ContractDrafted(ContractType.LEASE, TENANT, TenantType.COMPANY,
            policy.template(ContractType.LEASE), ContractFixture.leaseTerms(), Optional.empty(), Optional.empty())));
    assertEquals(policy.template(ContractType.LEASE), c.template());
    assertEquals(policy.chain(), c.chain(), "the contract keeps the chain it was drafted under");
    assertEquals(List.of(RECORD_DEVIATION, WITHDRAW_DEVIATION, PRINT), fixture.mayNow(fixture.operations, c.id()));
    assertEquals(List.of(RECORD_DEVIATION, WITHDRAW_DEVIATION, PRINT, ABANDON), fixture.mayNow(fixture.handler, c.id()),
        "the Operations manager is of Operations, and may also drop the draft");
    assertEquals(List.of(), fixture.mayNow(fixture.finance, c.id()));
    return c.id();
  }

  /** CS-1.1: the tenant wants the deposit in two parts; Finance and Legal must confirm before the draft prints. */
  private void settleADeviation(ContractId id) {
    Deviation recorded = new Deviation(1, DeviationTopic.RENT_AND_PAYMENT, "第五条", "押金分两期支付", List.of(Department.FINANCE, Department.LEGAL),
        List.of(), false, fixture.operations.staff(), fixture.nextAt());
    fixture.step(fixture.recordDeviation(id, DeviationTopic.RENT_AND_PAYMENT), fixture.operations,
        Expect.step(RECORD_DEVIATION, "CS-1.1", DRAFTING, new ContractEvent.DeviationRecorded(recorded))
            .notifying(Department.FINANCE, "CS_DEVIATION_FOR_REVIEW").notifying(Department.LEGAL, "CS_DEVIATION_FOR_REVIEW"));
    assertEquals(List.of(RECORD_DEVIATION, WITHDRAW_DEVIATION), fixture.mayNow(fixture.operations, id), "no print while the deviation waits");
    assertEquals(List.of(REVIEW_DEVIATION), fixture.mayNow(fixture.finance, id));
    assertEquals(List.of(REVIEW_DEVIATION), fixture.mayNow(fixture.legal, id));
    assertEquals(List.of(), fixture.mayNow(fixture.audit, id), "Audit is not concerned with this deviation");
    assertEquals(List.of(Seat.of(Department.FINANCE, Role.DEPARTMENT_MANAGER), Seat.of(Department.LEGAL, Role.DEPARTMENT_MANAGER)),
        seatsOwing(id, REVIEW_DEVIATION), "the agenda owes the review to the departments concerned");

    fixture.step(fixture.confirmDeviation(id, 1), fixture.finance,
        Expect.step(REVIEW_DEVIATION, "CS-1.1", DRAFTING, new ContractEvent.DeviationReviewed(1, Department.FINANCE, true, Optional.empty())));
    assertEquals(List.of(), fixture.mayNow(fixture.finance, id), "Finance reviewed it once");
    Contract confirmed = fixture.step(fixture.confirmDeviation(id, 1), fixture.legal,
        Expect.step(REVIEW_DEVIATION, "CS-1.1", DRAFTING, new ContractEvent.DeviationReviewed(1, Department.LEGAL, true, Optional.empty())));
    assertEquals(Deviation.Status.CONFIRMED, confirmed.deviations().get(0).status());
    assertEquals(List.of(RECORD_DEVIATION, WITHDRAW_DEVIATION, PRINT), fixture.mayNow(fixture.operations, id));
  }

  /** CS-2.1, CS-2.2: four originals out; back signed by the representative, sealed, with the business licence. */
  private void printAndSign(ContractId id) {
    fixture.step(fixture.print(id), fixture.operations, Expect.step(PRINT, "CS-2.1", OUT_FOR_SIGNATURE, new ContractEvent.ContractPrinted(4)));
    assertEquals(List.of(RECORD_TENANT_SIGNATURE), fixture.mayNow(fixture.operations, id));

    Signatory representative = fixture.signatory(Signatory.Capacity.REPRESENTATIVE);
    Contract signed = fixture.step(fixture.tenantSigned(id, Signatory.Capacity.REPRESENTATIVE, true, SupportingDocument.BUSINESS_LICENCE_COPY),
        fixture.operations, Expect.step(RECORD_TENANT_SIGNATURE, "CS-2.1", IN_REVIEW,
            new ContractEvent.TenantSignatureRecorded(representative, true, List.of(SupportingDocument.BUSINESS_LICENCE_COPY))));
    assertEquals(List.of(SupportingDocument.BUSINESS_LICENCE_COPY), signed.requiredDocuments());
    assertEquals(Optional.empty(), signed.reviewForm(), "the form is filled by the handler's signature");
  }

  /** CS-3.1: handler, department manager (the same person), Audit, Finance, Legal, the General Office, each told in writing. */
  private void review(ContractId id) {
    List<Actor> chain = fixture.chain();
    List<ReviewCapacity> capacities = List.of(ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER, ReviewCapacity.AUDIT,
        ReviewCapacity.FINANCE, ReviewCapacity.LEGAL, ReviewCapacity.GENERAL_OFFICE);
    List<Department> toldNext = List.of(Department.OPERATIONS, Department.AUDIT, Department.FINANCE, Department.LEGAL, Department.GENERAL_OFFICE);
    for (int i = 0; i < chain.size(); i++) {
      Actor seat = chain.get(i);
      List<ContractAction> expected = switch (i) {
        case 0 -> List.of(SIGN, ABANDON);
        case 1 -> List.of(SIGN, RETURN_FOR_REVISION, ABANDON);
        default -> List.of(SIGN, RETURN_FOR_REVISION);
      };
      assertEquals(expected, fixture.mayNow(seat, id), "what the seat due may do at step " + i);
      for (Actor other : chain) {
        if (!other.equals(seat)) {
          assertTrue(!fixture.mayNow(other, id).contains(SIGN), other.department() + " may not sign out of turn " + i);
        }
      }
      assertEquals(List.of(policy.chain().steps().get(i).seat()), seatsOwing(id, SIGN), "the agenda owes the signature to the seat due");
      Expect expect = Expect.step(SIGN, "CS-3.1", IN_REVIEW, new ContractEvent.ContractSigned(capacities.get(i), "同意"));
      if (i < toldNext.size()) {
        expect = expect.notifying(toldNext.get(i), "CS_CONTRACT_FOR_REVIEW");
      }
      Contract signed = fixture.step(fixture.sign(id), seat, expect);
      assertTrue(signed.chain().isPrefix(signed.signatures()));
      assertEquals(i + 1, signed.signatures().size());
    }
    Contract reviewed = fixture.stored(id);
    EconomicContractReviewForm form = reviewed.reviewForm().orElseThrow();
    assertEquals(capacities, form.rows().stream().map(EconomicContractReviewForm.Row::capacity).toList());
    assertTrue(form.rows().stream().allMatch(r -> r.signature().isPresent()));
    assertEquals(fixture.handler.staff(), form.rows().get(0).signature().get().staff());
    assertEquals(ContractFixture.leaseTerms(), form.terms());
    assertEquals(1, form.deviations().size());
    assertEquals(List.of(ISSUE), fixture.mayNow(fixture.generalOffice, id), "the General Office reviewed last; it issues now");
  }

  /** CS-4.1: issued by the General Office; originals to Administration and Finance, two to the tenant through Operations. */
  private void issueAndDeliver(ContractId id) {
    List<Delivery> deliveries = List.of(
        new Delivery(Optional.of(Department.ADMINISTRATION), 1, Department.GENERAL_OFFICE, Optional.empty()),
        new Delivery(Optional.of(Department.FINANCE), 1, Department.GENERAL_OFFICE, Optional.empty()),
        new Delivery(Optional.empty(), 2, Department.OPERATIONS, Optional.empty()));
    Contract issued = fixture.step(fixture.issue(id), fixture.generalOffice,
        Expect.step(ISSUE, "CS-4.1", ISSUED, new ContractEvent.ContractIssued(deliveries))
            .notifying(Department.ADMINISTRATION, "CS_ORIGINAL_ON_ITS_WAY").notifying(Department.FINANCE, "CS_ORIGINAL_ON_ITS_WAY")
            .notifying(Department.OPERATIONS, "CS_TENANT_ORIGINALS_TO_HAND_OVER"));
    assertEquals(deliveries, issued.deliveries());
    assertEquals(List.of(CONFIRM_DELIVERY), fixture.mayNow(fixture.administration, id));
    assertEquals(List.of(CONFIRM_DELIVERY), fixture.mayNow(fixture.financeClerk, id));
    assertEquals(List.of(CONFIRM_DELIVERY), fixture.mayNow(fixture.operations, id), "Operations hands the tenant its originals");
    assertEquals(List.of(DRAFT_PAYMENT_NOTICE), fixture.mayNow(fixture.deputySupervisor, id).stream()
        .filter(a -> a != CONFIRM_DELIVERY).toList(), "the payment notice need not wait for the originals");

    fixture.step(fixture.confirmDelivery(id), fixture.administration,
        Expect.step(CONFIRM_DELIVERY, "CS-4.1", ISSUED, new ContractEvent.DeliveryConfirmed(Department.ADMINISTRATION, 1)));
    assertEquals(List.of(), fixture.mayNow(fixture.administration, id));
    fixture.step(fixture.confirmDelivery(id), fixture.financeClerk,
        Expect.step(CONFIRM_DELIVERY, "CS-4.1", ISSUED, new ContractEvent.DeliveryConfirmed(Department.FINANCE, 1)));
    Contract delivered = fixture.step(fixture.confirmDelivery(id), fixture.operations,
        Expect.step(CONFIRM_DELIVERY, "CS-4.1", ISSUED, new ContractEvent.DeliveryConfirmed(Department.OPERATIONS, 2)));
    assertEquals(List.of(), delivered.pendingDeliveries());
    assertTrue(delivered.deliveries().stream().allMatch(d -> d.confirmed().isPresent()));
  }

  /** CS-5.1: drafted by the deputy supervisor, reviewed by the department manager, stamped by Finance, signed for by the tenant. */
  private void paymentNotice(ContractId id) {
    Contract lease = fixture.stored(id);
    PaymentNotice expected = new PaymentNotice(List.of(
        new PaymentNotice.Item(id, ContractType.LEASE, PaymentNotice.Kind.DEPOSIT, Money.yuan("24691.34")),
        new PaymentNotice.Item(id, ContractType.LEASE, PaymentNotice.Kind.CHARGE, Money.yuan("37037.01"))),
        Money.yuan("61728.35"), 3, LocalDate.of(2026, 4, 1), new Endorsement(fixture.deputySupervisor.staff(), fixture.nextAt()),
        Optional.empty(), Optional.empty(), Optional.empty());
    fixture.step(fixture.draftPaymentNotice(id), fixture.deputySupervisor,
        Expect.step(DRAFT_PAYMENT_NOTICE, "CS-5.1", PAYMENT_NOTICE_DRAFTED, new ContractEvent.PaymentNoticeDrafted(expected)));
    assertEquals(List.of(REVIEW_PAYMENT_NOTICE, RETURN_PAYMENT_NOTICE), fixture.mayNow(fixture.departmentManager, id));
    assertEquals(List.of(), fixture.mayNow(fixture.finance, id), "Finance waits for the department manager");

    fixture.step(fixture.reviewPaymentNotice(id), fixture.departmentManager,
        Expect.step(REVIEW_PAYMENT_NOTICE, "CS-5.1", PAYMENT_NOTICE_REVIEWED, new ContractEvent.PaymentNoticeReviewed())
            .notifying(Department.FINANCE, "CS_PAYMENT_NOTICE_FOR_STAMP"));
    assertEquals(List.of(RETURN_PAYMENT_NOTICE, STAMP_PAYMENT_NOTICE), fixture.mayNow(fixture.financeClerk, id));
    fixture.step(fixture.stampPaymentNotice(id), fixture.financeClerk,
        Expect.step(STAMP_PAYMENT_NOTICE, "CS-5.1", PAYMENT_NOTICE_STAMPED, new ContractEvent.PaymentNoticeStamped()));
    Contract signedFor = fixture.step(fixture.paymentNoticeSignedFor(id), fixture.operations,
        Expect.step(RECORD_PAYMENT_NOTICE_SIGNED_FOR, "CS-5.1", PAYMENT_NOTICE_SIGNED_FOR,
            new ContractEvent.PaymentNoticeSignedFor(PersonName.of(ContractFixture.SIGNED_FOR_BY))));
    PaymentNotice notice = signedFor.paymentNotice().orElseThrow();
    assertEquals(fixture.departmentManager.staff(), notice.reviewed().get().by());
    assertEquals(fixture.financeClerk.staff(), notice.stamped().get().by());
    assertEquals(PersonName.of(ContractFixture.SIGNED_FOR_BY), notice.signedFor().get().by());
    assertEquals(lease.terms().monthlyCharge().times(3).plus(lease.terms().deposit()), notice.total());
    assertEquals(List.of(BUILD_TENANT_FILE), fixture.mayNow(fixture.managersAssistant, id));
  }

  private List<Seat> seatsOwing(ContractId id, ContractAction action) {
    return fixture.storage.agenda().forCase(TOWER, ContractFixture.PROCEDURE, id.value()).stream()
        .filter(i -> i.actions().contains(action.name())).map(AgendaItem::seat).toList();
  }

  @Test
  @DisplayName("CS-3.1, GS-7: while a contract is in review, the agenda owes its signature to the seat due only, by the policy's time")
  void theAgendaFollowsTheChain() {
    Contract c = fixture.inReview(fixture.draftLease(TenantType.COMPANY));
    fixture.accepted(fixture.sign(c.id()), fixture.handler);
    fixture.accepted(fixture.sign(c.id()), fixture.departmentManager);

    Contract atAudit = fixture.stored(c.id());
    List<AgendaItem> forAudit = fixture.agendaOf(fixture.audit, c.id());
    assertEquals(1, forAudit.size());
    assertEquals(List.of(SIGN.name(), RETURN_FOR_REVISION.name()), forAudit.get(0).actions());
    assertEquals(policy.timeAllowed(IN_REVIEW).dueFrom(atAudit.stateEnteredAt(), io.bizcenter.core.BusinessCenter.DEFAULT_ZONE),
        forAudit.get(0).dueAt());
    for (Actor other : List.of(fixture.finance, fixture.legal, fixture.generalOffice, fixture.handler)) {
      assertTrue(fixture.agendaOf(other, c.id()).stream().noneMatch(i -> i.actions().contains(SIGN.name())), other.department() + " waits");
    }
    assertTrue(fixture.agendaOf(fixture.handler, c.id()).stream().noneMatch(i -> i.actions().contains(ABANDON.name())),
        "abandoning is never owed");
  }

  @Test
  @DisplayName("CS-1.1, MO-1.1: a lease may be drafted as the renewal of an earlier lease of the same tenant, and names it")
  void aRenewalNamesTheLeaseItRenews() {
    Contract earlier = fixture.issued(fixture.draftLease(TenantType.COMPANY));

    Contract renewal = fixture.accepted(fixture.draftRenewal(earlier.id()), fixture.operations);

    assertEquals(Optional.of(earlier.id()), renewal.renewalOf());
    assertEquals(List.of(ApprovalChain.ReturnTo.HANDLER), List.of(renewal.chain().returnTo()));
  }
}
