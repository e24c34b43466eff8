package io.bizcenter.testkit.contracts;

import static io.bizcenter.testkit.Rejections.assertSpeaksBothLanguages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.NoticeRelay;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractCommand.Abandon;
import io.bizcenter.core.contracts.ContractCommand.BuildTenantFile;
import io.bizcenter.core.contracts.ContractCommand.ConfirmDelivery;
import io.bizcenter.core.contracts.ContractCommand.DraftContract;
import io.bizcenter.core.contracts.ContractCommand.DraftPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.FilePhotocopy;
import io.bizcenter.core.contracts.ContractCommand.Issue;
import io.bizcenter.core.contracts.ContractCommand.PrintContract;
import io.bizcenter.core.contracts.ContractCommand.RecordDeviation;
import io.bizcenter.core.contracts.ContractCommand.RecordPaymentNoticeSignedFor;
import io.bizcenter.core.contracts.ContractCommand.RecordTenantSignature;
import io.bizcenter.core.contracts.ContractCommand.ReturnForRevision;
import io.bizcenter.core.contracts.ContractCommand.ReturnPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.ReviewDeviation;
import io.bizcenter.core.contracts.ContractCommand.ReviewPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.Sign;
import io.bizcenter.core.contracts.ContractCommand.StampPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.WithdrawDeviation;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractDesk;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.NothingWritten;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.Rejections;
import io.bizcenter.testkit.check.StoreSnapshot;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One business center on the in-memory adapter, for the contract procedure's tests: a manual clock, sequential ids
 * ({@code K-1}, ...), a recording notifier, the tower "zz-tower" with one person in each seat contract signing names,
 * and a second center with an Operations clerk of its own. Commands come with fresh command ids; {@link #step} checks
 * what an accepted step leaves behind, {@link #rejected} that a rejection wrote nothing.
 */
final class ContractFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final CenterId HARBOUR = CenterId.of("zz-harbour");
  /** A Monday, 09:00 in Shanghai. */
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
  static final String PROCEDURE = "contracts";
  static final Duration PAUSE = Duration.ofMinutes(30);
  static final TenantId TENANT = TenantId.of("T-ACME");
  static final TenantId OTHER_TENANT = TenantId.of("T-OTHER");

  // personal data distinctive enough that a leak into a toString or a log line cannot be a coincidence
  static final String SIGNATORY_NAME = "欧阳娜娜";
  static final String PASSPORT = "E98765432";
  static final String SIGNED_FOR_BY = "司马建国";

  /** The Operations clerk who drafts, prints and records the tenant's signature (CS-0.1). */
  final Actor operations = Actors.of("ops-07", Role.STAFF, Department.OPERATIONS, TOWER);
  /** The Operations manager, who signs as handler (CS-3.1) ... */
  final Actor handler = Actors.of("opm-01", Role.OPERATIONS_MANAGER, Department.OPERATIONS, TOWER);
  /** ... and, the same person in his second capacity, as department manager (the default policy allows it). */
  final Actor departmentManager = Actors.of("opm-01", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, TOWER);
  final Actor deputySupervisor = Actors.of("dep-02", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, TOWER);
  final Actor managersAssistant = Actors.of("ast-03", Role.OPERATIONS_MANAGER_ASSISTANT, Department.OPERATIONS, TOWER);
  final Actor audit = Actors.of("aud-01", Role.DEPARTMENT_MANAGER, Department.AUDIT, TOWER);
  final Actor finance = Actors.of("fin-01", Role.DEPARTMENT_MANAGER, Department.FINANCE, TOWER);
  final Actor financeClerk = Actors.of("fin-09", Role.STAFF, Department.FINANCE, TOWER);
  final Actor legal = Actors.of("leg-01", Role.DEPARTMENT_MANAGER, Department.LEGAL, TOWER);
  final Actor generalOffice = Actors.of("go-01", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, TOWER);
  final Actor administration = Actors.of("adm-01", Role.STAFF, Department.ADMINISTRATION, TOWER);
  final Actor engineering = Actors.of("eng-01", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);
  final Actor security = Actors.of("se-04", Role.STAFF, Department.SECURITY, TOWER);
  final Actor harbourOperations = Actors.of("hb-ops-01", Role.STAFF, Department.OPERATIONS, HARBOUR);

  private final InMemoryCenter parts = new InMemoryCenter(START, "K");
  final ManualClock clock = parts.clock();
  final RecordingNotifier notifier = parts.notifier();
  final InMemoryStorage storage = parts.storage();
  final BusinessCenter center;

  ContractFixture() {
    this(center -> ContractPolicy.defaults());
  }

  /** The tower under its own contract policy (another chain, another return rule). */
  ContractFixture(Function<CenterId, ContractPolicy> policies) {
    this.center = parts.builder().contractPolicies(policies).build();
  }

  ContractDesk desk() {
    return center.contracts();
  }

  /** Everyone in the tower, one per seat, and the other center's clerk. */
  List<Actor> everyone() {
    return List.of(operations, handler, departmentManager, deputySupervisor, managersAssistant, audit, finance, financeClerk, legal,
        generalOffice, administration, engineering, security, harbourOperations);
  }

  CommandId freshCommandId() {
    return parts.ids().freshCommandId();
  }

  // ---- commands, each with a fresh command id, for the tower

  static Terms leaseTerms() {
    return new Terms("1203 室", LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), Money.yuan("12345.67"), Money.yuan("24691.34"));
  }

  static Terms parkingTerms() {
    return new Terms("B2-017 车位", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), Money.yuan("800.10"), Money.ZERO);
  }

  static Terms phoneLineTerms() {
    return new Terms("021-5555 0123 线路", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), Money.yuan("150.00"), Money.yuan("300.00"));
  }

  DraftContract draftLease(TenantType tenantType) {
    return new DraftContract(freshCommandId(), TOWER, ContractType.LEASE, TENANT, tenantType, leaseTerms(), null, null);
  }

  DraftContract draftRenewal(ContractId earlier) {
    return new DraftContract(freshCommandId(), TOWER, ContractType.LEASE, TENANT, TenantType.COMPANY, leaseTerms(), null, earlier);
  }

  DraftContract draftParking(ContractId lease) {
    return new DraftContract(freshCommandId(), TOWER, ContractType.PARKING, TENANT, TenantType.COMPANY, parkingTerms(), lease, null);
  }

  DraftContract draftPhoneLine(ContractId lease) {
    return new DraftContract(freshCommandId(), TOWER, ContractType.PHONE_LINE_TRANSFER, TENANT, TenantType.COMPANY, phoneLineTerms(), lease, null);
  }

  RecordDeviation recordDeviation(ContractId id, DeviationTopic topic) {
    return new RecordDeviation(freshCommandId(), TOWER, id, topic, "第五条", "押金分两期支付");
  }

  ReviewDeviation confirmDeviation(ContractId id, int no) {
    return new ReviewDeviation(freshCommandId(), TOWER, id, no, true, null);
  }

  ReviewDeviation refuseDeviation(ContractId id, int no) {
    return new ReviewDeviation(freshCommandId(), TOWER, id, no, false, "不同意分期");
  }

  WithdrawDeviation withdrawDeviation(ContractId id, int no) {
    return new WithdrawDeviation(freshCommandId(), TOWER, id, no);
  }

  PrintContract print(ContractId id) {
    return new PrintContract(freshCommandId(), TOWER, id);
  }

  Signatory signatory(Signatory.Capacity capacity) {
    return Signatory.of(SIGNATORY_NAME, PASSPORT, capacity);
  }

  /** The contract back from the tenant, signed by {@code capacity}, sealed or not, with {@code documents}. */
  RecordTenantSignature tenantSigned(ContractId id, Signatory.Capacity capacity, boolean seal, SupportingDocument... documents) {
    return new RecordTenantSignature(freshCommandId(), TOWER, id, signatory(capacity), seal, List.of(documents));
  }

  /** The contract back from the tenant exactly as its type requires (CS-2.2 to CS-2.4). */
  RecordTenantSignature tenantSignedInFull(Contract c) {
    Signatory.Capacity capacity = c.tenantType() == TenantType.INDIVIDUAL ? Signatory.Capacity.TENANT_IN_PERSON : Signatory.Capacity.REPRESENTATIVE;
    return tenantSigned(c.id(), capacity, c.tenantType() == TenantType.COMPANY,
        c.tenantType().requiredDocuments(capacity).toArray(SupportingDocument[]::new));
  }

  Sign sign(ContractId id) {
    return new Sign(freshCommandId(), TOWER, id, "同意");
  }

  ReturnForRevision returnForRevision(ContractId id) {
    return new ReturnForRevision(freshCommandId(), TOWER, id, "押金条款与财务制度不符，请修改");
  }

  Issue issue(ContractId id) {
    return new Issue(freshCommandId(), TOWER, id);
  }

  ConfirmDelivery confirmDelivery(ContractId id) {
    return new ConfirmDelivery(freshCommandId(), TOWER, id);
  }

  FilePhotocopy filePhotocopy(ContractId id) {
    return new FilePhotocopy(freshCommandId(), TOWER, id, "档案-CS-2026-03");
  }

  DraftPaymentNotice draftPaymentNotice(ContractId id) {
    return new DraftPaymentNotice(freshCommandId(), TOWER, id, 3, LocalDate.of(2026, 4, 1));
  }

  ReviewPaymentNotice reviewPaymentNotice(ContractId id) {
    return new ReviewPaymentNotice(freshCommandId(), TOWER, id);
  }

  ReturnPaymentNotice returnPaymentNotice(ContractId id) {
    return new ReturnPaymentNotice(freshCommandId(), TOWER, id, "车位费月数有误");
  }

  StampPaymentNotice stampPaymentNotice(ContractId id) {
    return new StampPaymentNotice(freshCommandId(), TOWER, id);
  }

  RecordPaymentNoticeSignedFor paymentNoticeSignedFor(ContractId id) {
    return new RecordPaymentNoticeSignedFor(freshCommandId(), TOWER, id, PersonName.of(SIGNED_FOR_BY));
  }

  BuildTenantFile buildTenantFile(ContractId id) {
    return new BuildTenantFile(freshCommandId(), TOWER, id, "租户档案-ACME");
  }

  Abandon abandon(ContractId id) {
    return new Abandon(freshCommandId(), TOWER, id, "租户放弃承租");
  }

  // ---- walks, without checks on the way (for tests about something else)

  /** The chain's six seats in order, the handler and the department manager being one person. */
  List<Actor> chain() {
    return List.of(handler, departmentManager, audit, finance, legal, generalOffice);
  }

  /** A new contract of {@code type} (a related one for the given lease), drafted, printed and signed by its tenant. */
  Contract inReview(DraftContract draft) {
    Contract c = accepted(draft, operations);
    accepted(print(c.id()), operations);
    return accepted(tenantSignedInFull(c), operations);
  }

  /** Signed through the whole chain and issued (CS-3.1, CS-4.1). */
  Contract issued(DraftContract draft) {
    Contract c = inReview(draft);
    for (Actor seat : chain()) {
      accepted(sign(c.id()), seat);
    }
    return accepted(issue(c.id()), generalOffice);
  }

  /** Every original confirmed: Administration's, Finance's and the tenant's through Operations (CS-4.1). */
  Contract delivered(ContractId id) {
    accepted(confirmDelivery(id), administration);
    accepted(confirmDelivery(id), finance);
    return accepted(confirmDelivery(id), operations);
  }

  /** When the next command will be decided: each send first lets {@link #PAUSE} pass. */
  Instant nextAt() {
    return clock.instant().plus(PAUSE);
  }

  // ---- sending

  Either<Rejection, Contract> send(ContractCommand command, Actor actor) {
    clock.advance(PAUSE);
    return desk().handle(command, actor);
  }

  Contract accepted(ContractCommand command, Actor actor) {
    Either<Rejection, Contract> answer = send(command, actor);
    assertTrue(answer.isRight(), () -> "expected " + command + " by " + actor.role() + " of " + actor.department() + " to be accepted, got "
        + answer.getLeft() + ": " + answer.getLeft().message(Messages.EN));
    return answer.get();
  }

  /** The rejection of {@code command}, having checked that it wrote nothing at all, not even a receipt. */
  Rejection rejected(ContractCommand command, Actor actor) {
    return NothingWritten.rejection(command, () -> send(command, actor), this::snapshot, storage);
  }

  /** The field errors of a command refused as bad input (GS-1), having checked code, clause, both languages, nothing written. */
  Map<String, FieldError.Problem> fieldErrors(ContractCommand command, Actor actor) {
    return Rejections.fieldErrorsOf(rejected(command, actor));
  }

  // ---- reading back

  Contract stored(ContractId id) {
    return desk().find(operations, TOWER, id).get();
  }

  List<AuditEntry> trail(ContractId id) {
    return desk().trail(operations, TOWER, id).get();
  }

  List<ContractAction> mayNow(Actor actor, ContractId id) {
    return desk().availableActions(actor, actor.worksFor(TOWER) ? TOWER : HARBOUR, id).get();
  }

  /** The contract's items on the actor's agenda. */
  List<AgendaItem> agendaOf(Actor actor, ContractId id) {
    CenterId where = actor.worksFor(TOWER) ? TOWER : HARBOUR;
    return center.agenda().dueBy(actor, where, FAR_FUTURE).stream().filter(i -> i.caseId().equals(id.value())).toList();
  }

  /** The notices delivered since {@code before}, through the relay. */
  List<OutboxNotice> deliveredSince(int before) {
    NoticeRelay.Delivery delivery = center.notices().deliverPending(100);
    assertEquals(List.of(), delivery.refused());
    List<OutboxNotice> all = notifier.delivered();
    return all.subList(before, all.size());
  }

  /** Everything a command could write, in both centers, and the notices delivered so far. */
  StoreSnapshot snapshot() {
    return parts.snapshot(List.of(TOWER, HARBOUR));
  }

  // ---- one step, checked

  /** What one accepted step must leave behind. */
  record Expect(ContractAction action, String clause, ContractState to, DomainEvent event, List<Notified> notices) {
    static Expect step(ContractAction action, String clause, ContractState to, DomainEvent event) {
      return new Expect(action, clause, to, event, List.of());
    }

    Expect notifying(Department to, String code) {
      List<Notified> all = new ArrayList<>(notices);
      all.add(new Notified(to, code));
      return new Expect(action, clause, to(), event, all);
    }
  }

  record Notified(Department to, String code) {}

  /**
   * Takes one step as {@code actor} and checks what it must have left behind: state, version, time, what was stored,
   * the audit entry with its clause (GS-6), and the written notices, delivered through the relay in both languages.
   */
  Contract step(ContractCommand command, Actor actor, Expect expect) {
    Optional<Contract> before = command instanceof ContractCommand.OnContract on ? Optional.of(stored(on.contractId())) : Optional.empty();
    center.notices().deliverPending(1000); // what earlier, unchecked steps sent
    int deliveredBefore = notifier.delivered().size();
    Contract after = accepted(command, actor);
    Instant at = clock.instant();

    String label = expect.action() + " -> " + expect.to();
    assertEquals(expect.to(), after.state(), label);
    assertEquals(before.map(Contract::version).orElse(0L) + 1, after.version(), label);
    assertEquals(at, after.stateEnteredAt(), label);
    assertEquals(after, stored(after.id()), "what the desk answered is what was stored: " + label);

    List<AuditEntry> trail = trail(after.id());
    assertEquals(after.version(), trail.size(), "one audit entry per accepted step");
    AuditEntry entry = trail.get(trail.size() - 1);
    assertEquals(command.commandId(), entry.commandId());
    assertEquals(expect.action().name(), entry.action());
    assertEquals(Clause.of(expect.clause()), entry.clause(), "the step's clause on the trail: " + label);
    assertEquals(before.map(c -> c.state().name()), entry.from());
    assertEquals(expect.to().name(), entry.to());
    assertEquals(actor.staff(), entry.staff());
    assertEquals(actor.role(), entry.role());
    assertEquals(actor.department(), entry.department());
    assertEquals(at, entry.at(), "the time is the clock's");
    assertEquals(List.of(expect.event()), entry.events(), label);

    List<OutboxNotice> sent = deliveredSince(deliveredBefore);
    assertEquals(expect.notices(), sent.stream().map(n -> new Notified(n.notice().to(), n.notice().code())).toList(), "notices of " + label);
    for (OutboxNotice n : sent) {
      assertEquals(after.id().value(), n.caseId());
      assertEquals(after.id().value(), n.notice().arguments().get(0), "a notice names its contract");
      assertEquals(Clause.of(expect.clause()), n.notice().clause());
      assertSpeaksBothLanguages(n.message(Messages.ZH_CN), n.message(Messages.EN));
    }
    assertEquals(entry.notices(), sent, "the relay delivers exactly what the trail recorded");
    return after;
  }
}
