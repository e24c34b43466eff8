package io.bizcenter.forms.contracts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractCommand.ConfirmDelivery;
import io.bizcenter.core.contracts.ContractCommand.DraftContract;
import io.bizcenter.core.contracts.ContractCommand.DraftPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.Issue;
import io.bizcenter.core.contracts.ContractCommand.PrintContract;
import io.bizcenter.core.contracts.ContractCommand.RecordDeviation;
import io.bizcenter.core.contracts.ContractCommand.RecordPaymentNoticeSignedFor;
import io.bizcenter.core.contracts.ContractCommand.RecordTenantSignature;
import io.bizcenter.core.contracts.ContractCommand.ReviewDeviation;
import io.bizcenter.core.contracts.ContractCommand.ReviewPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.Sign;
import io.bizcenter.core.contracts.ContractCommand.StampPaymentNotice;
import io.bizcenter.core.contracts.ContractDesk;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.forms.Run;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One business center on the in-memory adapter running contract signing (CS) for real, through the contract desk: a
 * manual clock from Monday 2 March 2026, 09:00 in Shanghai, ten minutes between steps, sequential ids ({@code K-1},
 * ...), one person in each seat of the default approval chain. Its runs stop where each form can be printed.
 */
public final class ContractFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  static final TenantId TENANT = TenantId.of("T-ACME");
  static final String SIGNED_FOR_BY = "司马建国";

  final Actor operations = Actors.of("ops-07", Role.STAFF, Department.OPERATIONS, TOWER);
  final Actor handler = Actors.of("opm-01", Role.OPERATIONS_MANAGER, Department.OPERATIONS, TOWER);
  final Actor departmentManager = Actors.of("opm-01", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, TOWER);
  final Actor deputySupervisor = Actors.of("dep-02", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, TOWER);
  final Actor audit = Actors.of("aud-01", Role.DEPARTMENT_MANAGER, Department.AUDIT, TOWER);
  final Actor finance = Actors.of("fin-01", Role.DEPARTMENT_MANAGER, Department.FINANCE, TOWER);
  final Actor legal = Actors.of("leg-01", Role.DEPARTMENT_MANAGER, Department.LEGAL, TOWER);
  final Actor generalOffice = Actors.of("go-01", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, TOWER);
  final Actor administration = Actors.of("adm-01", Role.STAFF, Department.ADMINISTRATION, TOWER);

  final ManualClock clock = new ManualClock(START);
  final BusinessCenter center = BusinessCenter.builder()
      .storage(new InMemoryStorage())
      .notifier(new RecordingNotifier())
      .ids(new SequentialIds("K")::next)
      .clock(clock)
      .contractPolicies(c -> ContractPolicy.defaults())
      .build();
  private final AtomicInteger commands = new AtomicInteger();

  ContractDesk desk() {
    return center.contracts();
  }

  static Terms leaseTerms() {
    return new Terms("1203 室", LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), Money.yuan("12345.67"), Money.yuan("24691.34"));
  }

  static Terms parkingTerms() {
    return new Terms("B2-017 车位", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), Money.yuan("800.10"), Money.ZERO);
  }

  /** A lease for a company, a deviation on the deposit confirmed by Finance and Legal, printed in originals (CS-1.1, CS-2.1). */
  public Run<Contract> printedLease() {
    Contract lease = accepted(new DraftContract(next(), TOWER, ContractType.LEASE, TENANT, TenantType.COMPANY, leaseTerms(), null, null),
        operations);
    accepted(new RecordDeviation(next(), TOWER, lease.id(), DeviationTopic.RENT_AND_PAYMENT, "第五条", "押金分两期支付"), operations);
    accepted(new ReviewDeviation(next(), TOWER, lease.id(), 1, true, null), finance);
    accepted(new ReviewDeviation(next(), TOWER, lease.id(), 1, true, null), legal);
    accepted(new PrintContract(next(), TOWER, lease.id()), operations);
    return run(lease.id());
  }

  /**
   * The printed lease signed and sealed by the company's representative {@code signatory} with its business licence
   * (CS-2.2), then signed by the handler and the department manager, and by Audit: Finance, Legal and the General
   * Office still to sign (CS-3.1).
   */
  public Run<Contract> leaseInReview(String signatory) {
    ContractId id = printedLease().kase().id();
    accepted(new RecordTenantSignature(next(), TOWER, id, Signatory.of(signatory, "E98765432", Signatory.Capacity.REPRESENTATIVE), true,
        List.of(SupportingDocument.BUSINESS_LICENCE_COPY)), operations);
    accepted(new Sign(next(), TOWER, id, "同意，按标准合同执行"), handler);
    accepted(new Sign(next(), TOWER, id, "同意"), departmentManager);
    accepted(new Sign(next(), TOWER, id, "无异议"), audit);
    return run(id);
  }

  /** The lease above signed by the whole chain, issued by the General Office, every original delivered (CS-4.1). */
  public Run<Contract> issuedLease(String signatory) {
    ContractId id = leaseInReview(signatory).kase().id();
    accepted(new Sign(next(), TOWER, id, "同意"), finance);
    accepted(new Sign(next(), TOWER, id, "同意"), legal);
    accepted(new Sign(next(), TOWER, id, "同意签署"), generalOffice);
    accepted(new Issue(next(), TOWER, id), generalOffice);
    accepted(new ConfirmDelivery(next(), TOWER, id), administration);
    accepted(new ConfirmDelivery(next(), TOWER, id), finance);
    accepted(new ConfirmDelivery(next(), TOWER, id), operations);
    return run(id);
  }

  /**
   * The issued lease with a parking agreement issued beside it, and the payment notice for both: three months, due 1
   * April 2026, reviewed by the department manager, stamped by Finance, signed for by the tenant's {@code signedForBy}
   * (CS-5.1).
   */
  public Run<Contract> leaseWithPaymentNotice(String signedForBy) {
    ContractId lease = issuedLease("欧阳娜娜").kase().id();
    Contract parking = accepted(new DraftContract(next(), TOWER, ContractType.PARKING, TENANT, TenantType.COMPANY, parkingTerms(), lease,
        null), operations);
    accepted(new PrintContract(next(), TOWER, parking.id()), operations);
    accepted(new RecordTenantSignature(next(), TOWER, parking.id(), Signatory.of("欧阳娜娜", "E98765432", Signatory.Capacity.REPRESENTATIVE),
        true, List.of(SupportingDocument.BUSINESS_LICENCE_COPY)), operations);
    for (Actor seat : List.of(handler, departmentManager, audit, finance, legal, generalOffice)) {
      accepted(new Sign(next(), TOWER, parking.id(), "同意"), seat);
    }
    accepted(new Issue(next(), TOWER, parking.id()), generalOffice);
    accepted(new DraftPaymentNotice(next(), TOWER, lease, 3, LocalDate.of(2026, 4, 1)), deputySupervisor);
    accepted(new ReviewPaymentNotice(next(), TOWER, lease), departmentManager);
    accepted(new StampPaymentNotice(next(), TOWER, lease), finance);
    accepted(new RecordPaymentNoticeSignedFor(next(), TOWER, lease, PersonName.of(signedForBy)), operations);
    return run(lease);
  }

  /** A lease only drafted: no form but the draft exists yet. */
  public Run<Contract> drafted() {
    Contract lease = accepted(new DraftContract(next(), TOWER, ContractType.LEASE, TENANT, TenantType.COMPANY, leaseTerms(), null, null),
        operations);
    return run(lease.id());
  }

  private Run<Contract> run(ContractId id) {
    return new Run<>(desk().find(operations, TOWER, id).get(), desk().trail(operations, TOWER, id).get());
  }

  private CommandId next() {
    return CommandId.of("cmd-" + commands.incrementAndGet());
  }

  private Contract accepted(ContractCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(10));
    Either<Rejection, Contract> answer = desk().handle(command, actor);
    assertTrue(answer.isRight(), () -> command + " refused: " + answer.getLeft().message(Messages.EN));
    return answer.get();
  }
}
