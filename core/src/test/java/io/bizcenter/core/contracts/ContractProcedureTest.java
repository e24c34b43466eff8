package io.bizcenter.core.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract declaration and its policy values as a whole: sound, complete against the source, fully timed. */
class ContractProcedureTest {
  /** The table's shape: no store, as none of its guards or decisions runs here. */
  private static final ProcedureDefinition<ContractState, ContractAction, Contract, ContractCommand> DEFINITION =
      ContractProcedure.declare(null, center -> ContractPolicy.defaults());
  private static final List<Transition<ContractState, ContractAction, Contract, ContractCommand>> STEPS =
      DEFINITION.transitions();

  @Test
  @DisplayName("GS-2 the contract procedure passes its self-check")
  void passesSelfCheck() {
    assertEquals(List.of(), DEFINITION.selfCheck());
  }

  @Test
  @DisplayName("CS-0.1 CS-1.1 CS-2.1 CS-3.1 CS-4.1 CS-5.1 CS-5.2 GS-6 every rule of the source is the clause of some step; CS-2.2 to CS-2.4 of each kind of tenant")
  void everyClauseIsDeclared() {
    Set<String> declared = STEPS.stream().map(t -> t.clause().id()).collect(Collectors.toSet());
    assertEquals(Set.of("CS-0.1", "CS-1.1", "CS-2.1", "CS-3.1", "CS-4.1", "CS-5.1", "CS-5.2", "GS-6"), declared);
    assertEquals(List.of(Clause.of("CS-2.2"), Clause.of("CS-2.3"), Clause.of("CS-2.4")),
        List.of(TenantType.COMPANY.clause(), TenantType.OVERSEAS_OR_FORMING_COMPANY.clause(), TenantType.INDIVIDUAL.clause()));
    assertEquals(Clause.of("CS-3.1"), DEFINITION.clauseOf(ContractState.IN_REVIEW));
  }

  @Test
  @DisplayName("CS-0.1 three contract types, each drafted by Operations from its own versioned standard template (CS-1.1)")
  void threeTypesThreeTemplates() {
    assertEquals(List.of(ContractType.LEASE, ContractType.PHONE_LINE_TRANSFER, ContractType.PARKING), List.of(ContractType.values()));
    ContractPolicy policy = ContractPolicy.defaults();
    for (ContractType type : ContractType.values()) {
      assertEquals(type, policy.template(type).type());
      assertFalse(policy.template(type).version().isBlank());
    }
    assertEquals(ContractProcedure.OPERATIONS, STEPS.stream().filter(Transition::opens).findFirst().orElseThrow().who());
    assertTrue(ContractType.PARKING.belongsToALease() && ContractType.PHONE_LINE_TRANSFER.belongsToALease());
    assertFalse(ContractType.LEASE.belongsToALease());
    ContractPolicy revised = policy.with(PolicyVersion.of("tower-2"), new StandardTemplate(ContractType.LEASE, "LEASE-STD", "2"));
    assertEquals("2", revised.template(ContractType.LEASE).version());
    assertEquals(policy.template(ContractType.PARKING), revised.template(ContractType.PARKING));
  }

  @Test
  @DisplayName("CS-2.2 CS-2.3 CS-2.4 the documents each kind of tenant owes; a head of company shows proof of the role instead of an authorisation")
  void documentsByTenantType() {
    assertEquals(List.of(SupportingDocument.BUSINESS_LICENCE_COPY), TenantType.COMPANY.requiredDocuments(Signatory.Capacity.REPRESENTATIVE));
    assertEquals(List.of(SupportingDocument.REPRESENTATIVE_ID_COPY, SupportingDocument.AUTHORISATION_LETTER,
        SupportingDocument.PARENT_COMPANY_REGISTRATION_COPY), TenantType.OVERSEAS_OR_FORMING_COMPANY.requiredDocuments(Signatory.Capacity.REPRESENTATIVE));
    assertEquals(List.of(SupportingDocument.REPRESENTATIVE_ID_COPY, SupportingDocument.PROOF_OF_HEAD_ROLE,
        SupportingDocument.PARENT_COMPANY_REGISTRATION_COPY), TenantType.OVERSEAS_OR_FORMING_COMPANY.requiredDocuments(Signatory.Capacity.HEAD_OF_COMPANY));
    assertEquals(List.of(SupportingDocument.TENANT_ID_COPY), TenantType.INDIVIDUAL.requiredDocuments(Signatory.Capacity.TENANT_IN_PERSON));
    for (TenantType type : TenantType.values()) {
      for (Signatory.Capacity capacity : Signatory.Capacity.values()) {
        assertEquals(type == TenantType.INDIVIDUAL ? capacity == Signatory.Capacity.TENANT_IN_PERSON : capacity != Signatory.Capacity.TENANT_IN_PERSON,
            type.signsAs(capacity), type + " " + capacity);
      }
    }
  }

  @Test
  @DisplayName("CS-3.1 the default chain: the Operations manager as handler, the department manager, Audit, Finance, Legal, the General Office")
  void theSourcesChain() {
    ApprovalChain chain = ApprovalChain.defaults();
    assertEquals(List.of(ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER, ReviewCapacity.AUDIT, ReviewCapacity.FINANCE,
        ReviewCapacity.LEGAL, ReviewCapacity.GENERAL_OFFICE), chain.steps().stream().map(ApprovalChain.Step::capacity).toList());
    assertEquals(List.of(Seat.of(Department.OPERATIONS, Role.OPERATIONS_MANAGER), Seat.of(Department.OPERATIONS, Role.DEPARTMENT_MANAGER),
        Seat.of(Department.AUDIT, Role.DEPARTMENT_MANAGER), Seat.of(Department.FINANCE, Role.DEPARTMENT_MANAGER),
        Seat.of(Department.LEGAL, Role.DEPARTMENT_MANAGER), Seat.of(Department.GENERAL_OFFICE, Role.DEPARTMENT_MANAGER)),
        chain.steps().stream().map(ApprovalChain.Step::seat).toList());
    assertEquals(ApprovalChain.ReturnTo.HANDLER, chain.returnTo(), "a returned contract goes back to the handler by default");
    assertTrue(chain.mayShare(ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER), "one person in two capacities, as the source says");
    assertFalse(chain.mayShare(ReviewCapacity.DEPARTMENT_MANAGER, ReviewCapacity.AUDIT));
    assertFalse(chain.sharing(Set.of()).mayShare(ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER), "strict four eyes on request");
    assertEquals(Optional.of(chain.steps().get(2)), chain.due(2));
    assertEquals(Optional.empty(), chain.due(6));
  }

  @Test
  @DisplayName("CS-3.1 a chain runs from the handler to the General Office, each capacity once; anything else is refused when built")
  void aBrokenChainIsRefused() {
    ApprovalChain.Step handler = ApprovalChain.defaults().steps().get(0);
    ApprovalChain.Step audit = ApprovalChain.defaults().steps().get(2);
    ApprovalChain.Step office = ApprovalChain.defaults().steps().get(5);
    assertThrows(IllegalArgumentException.class, () -> new ApprovalChain(List.of(audit, office), ApprovalChain.ReturnTo.HANDLER, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new ApprovalChain(List.of(handler, audit), ApprovalChain.ReturnTo.HANDLER, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new ApprovalChain(List.of(handler, audit, audit, office), ApprovalChain.ReturnTo.HANDLER, Set.of()));
    ApprovalChain short_ = new ApprovalChain(List.of(handler, audit, office), ApprovalChain.ReturnTo.PREVIOUS_STEP, Set.of());
    assertEquals(3, short_.steps().size(), "a property may drop steps between the two ends");
  }

  @Test
  @DisplayName("CS-3.1 the invariant: signatures are a prefix of the chain, in its order")
  void signaturesArePrefixes() {
    ApprovalChain chain = ApprovalChain.defaults();
    assertTrue(chain.isPrefix(List.of()));
    assertTrue(chain.isPrefix(List.of(signature(ReviewCapacity.HANDLER), signature(ReviewCapacity.DEPARTMENT_MANAGER))));
    assertFalse(chain.isPrefix(List.of(signature(ReviewCapacity.DEPARTMENT_MANAGER))));
    assertFalse(chain.isPrefix(List.of(signature(ReviewCapacity.HANDLER), signature(ReviewCapacity.AUDIT))));
  }

  @Test
  @DisplayName("CS-2.1 CS-4.1 four originals by default: one each to Administration and Finance, two to the tenant")
  void fourOriginals() {
    Originals originals = ContractPolicy.defaults().originals();
    assertEquals(4, originals.count());
    assertEquals(List.of(Department.ADMINISTRATION, Department.FINANCE), originals.ours());
    assertEquals(2, originals.tenants());
    assertThrows(IllegalArgumentException.class, () -> new Originals(2, List.of(Department.ADMINISTRATION, Department.FINANCE)),
        "the tenant keeps at least one");
    assertEquals(3, new Originals(6, List.of(Department.ADMINISTRATION, Department.FINANCE, Department.LEGAL)).tenants());
  }

  @Test
  @DisplayName("CS-1.1 the policy names the departments that review each topic of deviation; every deviation goes to Legal")
  void deviationReviewers() {
    ContractPolicy policy = ContractPolicy.defaults();
    for (DeviationTopic topic : DeviationTopic.values()) {
      assertTrue(policy.reviewersOf(topic).contains(Department.LEGAL), topic.name());
    }
    assertEquals(List.of(Department.FINANCE, Department.LEGAL), policy.reviewersOf(DeviationTopic.RENT_AND_PAYMENT));
    assertEquals(List.of(Department.ENGINEERING, Department.LEGAL), policy.reviewersOf(DeviationTopic.USE_AND_FITTING_OUT));
  }

  @Test
  @DisplayName("CS-5.1 a payment notice asks, per contract, the deposit and the monthly charge times the months, in exact CNY")
  void paymentNoticeAmounts() {
    Contract lease = contract("K-1", ContractType.LEASE, "12345.67", "24691.34");
    Contract parking = contract("K-2", ContractType.PARKING, "800.10", "0");
    Endorsement drafted = new Endorsement(StaffId.of("dep-1"), Instant.parse("2026-03-02T01:00:00Z"));

    PaymentNotice notice = PaymentNotice.draft(List.of(lease, parking), 3, LocalDate.of(2026, 4, 1), drafted);

    assertEquals(List.of(
        new PaymentNotice.Item(lease.id(), ContractType.LEASE, PaymentNotice.Kind.DEPOSIT, Money.yuan("24691.34")),
        new PaymentNotice.Item(lease.id(), ContractType.LEASE, PaymentNotice.Kind.CHARGE, Money.yuan("37037.01")),
        new PaymentNotice.Item(parking.id(), ContractType.PARKING, PaymentNotice.Kind.CHARGE, Money.yuan("2400.30"))), notice.items());
    assertEquals(Money.yuan("64128.65"), notice.total());
  }

  @Test
  @DisplayName("GS-4 the default policy gives a time limit for every state a contract can wait in; a changed chain is a new version")
  void policyTimesEveryOpenState() {
    ContractPolicy policy = ContractPolicy.defaults();
    for (ContractState s : ContractState.values()) {
      assertEquals(!DEFINITION.isFinal(s), policy.timeAllowed().containsKey(s), s.name());
    }
    ContractPolicy strict = policy.with(PolicyVersion.of("tower-2"), ApprovalChain.defaults().sharing(Set.of()));
    assertEquals("tower-2", strict.version().value());
    assertEquals(policy.originals(), strict.originals());
  }

  @Test
  @DisplayName("the diagram draws every step in both languages")
  void diagramHasEveryStep() {
    for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
      String diagram = DEFINITION.mermaid(locale);
      for (Transition<ContractState, ContractAction, Contract, ContractCommand> t : STEPS) {
        String line = t.from().map(Enum::name).orElse("[*]") + " --> " + t.to() + " : " + Messages.label(t.action(), locale) + " (" + t.clause() + ")";
        assertTrue(diagram.contains(line), line);
      }
    }
  }

  private static ApprovalChain.Signature signature(ReviewCapacity capacity) {
    return new ApprovalChain.Signature(capacity, StaffId.of("s"), Role.DEPARTMENT_MANAGER, Department.AUDIT, Instant.EPOCH, "同意");
  }

  private static Contract contract(String id, ContractType type, String monthly, String deposit) {
    ContractPolicy policy = ContractPolicy.defaults();
    return Contract.builder().id(ContractId.of(id)).center(io.bizcenter.core.kernel.CenterId.of("tower")).version(1)
        .state(ContractState.ISSUED).stateEnteredAt(Instant.EPOCH).policy(policy.version()).type(type).tenant(TenantId.of("T-1"))
        .tenantType(TenantType.COMPANY).template(policy.template(type))
        .terms(new Terms("1203", LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), Money.yuan(monthly), Money.yuan(deposit)))
        .lease(type == ContractType.LEASE ? Optional.empty() : Optional.of(ContractId.of("K-1")))
        .chain(policy.chain()).originals(policy.originals()).drafted(new Endorsement(StaffId.of("op-1"), Instant.EPOCH))
        .build();
  }
}
