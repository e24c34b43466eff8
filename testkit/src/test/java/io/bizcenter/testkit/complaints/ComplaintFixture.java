package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.Rejections.assertSpeaksBothLanguages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.NoticeRelay;
import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand.Apologise;
import io.bizcenter.core.complaints.ComplaintCommand.ArchiveLetterAndReply;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ContactDepartments;
import io.bizcenter.core.complaints.ComplaintCommand.FollowUp;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.InformComplainant;
import io.bizcenter.core.complaints.ComplaintCommand.RecordFixed;
import io.bizcenter.core.complaints.ComplaintCommand.RecordLetterComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintCommand.RecordResolution;
import io.bizcenter.core.complaints.ComplaintCommand.ReportToGeneralOffice;
import io.bizcenter.core.complaints.ComplaintCommand.TellFix;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintCommand.VisitCompany;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintDesk;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.Notifier;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One business center on the in-memory adapter, for the complaint procedure's tests: a manual clock at a fixed
 * instant, sequential ids, a recording notifier, the tower "zz-tower" with one actor per department the source
 * names for complaints, and a second center with its own Operations clerk. Commands come with fresh command ids;
 * {@link #step} checks everything an accepted step must leave behind, {@link #rejected} that a rejection wrote
 * nothing.
 */
final class ComplaintFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final CenterId HARBOUR = CenterId.of("zz-harbour");
  /** A Monday, 09:00 in Shanghai. */
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
  static final String PROCEDURE = "complaints";
  /** Between two steps taken on time: shorter than any default time limit (the shortest is two hours). */
  static final Duration PAUSE = Duration.ofMinutes(30);

  // Personal data distinctive enough that a leak into a toString or a log line cannot be a coincidence.
  static final String COMPLAINANT_NAME = "欧阳娜娜";
  static final String COMPLAINANT_PHONE = "13912345678";
  static final String COMPANY = "上海某某贸易有限公司";
  static final String HANDLER_NAME = "司马建国";
  static final String HANDLER_PHONE = "021-55550123";
  static final String PHONE_CONTENT = "办公室空调不制冷，已持续三天";
  static final String LETTER_CONTENT = "大堂照明不足，电梯常停";
  static final String LETTER = "信件-2026-015";
  static final String FIX = "今天下午派工程部检修空调";
  static final String FIXED = "空调已修复";
  static final String REPLY = "回函-2026-031";
  static final String ARCHIVE = "档案-CP-2026-07";
  static final String PLAN = "夜班增加一名保安巡逻车库";
  static final String FOLLOW_UP_NOTE = "客户确认情况";
  static final String FINDINGS = "客户对租金调整和装修噪音均有异议";
  static final String SUMMARY = "涉及租金与装修管理，需公司协调";
  static final String RESOLUTION = "总办协调后租金分期调整，装修限时施工";

  final Actor operations = Actors.of("op-07", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, TOWER);
  final Actor management = Actors.of("mg-02", Role.DEPARTMENT_MANAGER, Department.MANAGEMENT, TOWER);
  final Actor managementOffice = Actors.of("mo-03", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.MANAGEMENT_OFFICE, TOWER);
  final Actor generalOffice = Actors.of("go-01", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, TOWER);
  final Actor security = Actors.of("se-04", Role.STAFF, Department.SECURITY, TOWER);
  final Actor engineering = Actors.of("en-05", Role.RENOVATION_MANAGER, Department.ENGINEERING, TOWER);
  /** Operations of the other center: same department, same role kind, another building. */
  final Actor harbourOperations = Actors.of("hb-op-01", Role.STAFF, Department.OPERATIONS, HARBOUR);

  final ManualClock clock;
  final RecordingNotifier notifier;
  final InMemoryStorage storage;
  final BusinessCenter center;

  private final InMemoryCenter parts;
  private boolean late;

  ComplaintFixture() {
    this(new InMemoryStorage(), null, Function.identity(), 3);
  }

  /** The center sees {@code storage} through {@code seenByCenter} (a store that injects conflicts, say). */
  static ComplaintFixture over(InMemoryStorage storage, Storage seenByCenter, int attempts) {
    return new ComplaintFixture(storage, seenByCenter, Function.identity(), attempts);
  }

  /** Notices reach the recording notifier through {@code wrap} (one that fails now and then, say). */
  static ComplaintFixture notifyingThrough(Function<Notifier, Notifier> wrap) {
    return new ComplaintFixture(new InMemoryStorage(), null, wrap, 3);
  }

  private ComplaintFixture(InMemoryStorage storage, Storage seenByCenter, Function<Notifier, Notifier> wrap, int attempts) {
    this.parts = new InMemoryCenter(storage, START, "C");
    this.clock = parts.clock();
    this.notifier = parts.notifier();
    this.storage = storage;
    this.center = parts.builder().storage(seenByCenter == null ? storage : seenByCenter).notifier(wrap.apply(notifier)).attempts(attempts)
        .build();
  }

  ComplaintDesk desk() {
    return center.complaints();
  }

  List<Actor> everyone() {
    return List.of(operations, management, managementOffice, generalOffice, security, engineering, harbourOperations);
  }

  CommandId freshCommandId() {
    return parts.ids().freshCommandId();
  }

  // ---- commands, each with a fresh command id, for the tower

  Complainant complainant() {
    return Complainant.of(COMPLAINANT_NAME, COMPANY, COMPLAINANT_PHONE);
  }

  Handler handler() {
    return Handler.of(HANDLER_NAME, HANDLER_PHONE);
  }

  RecordPhoneComplaint phoneComplaint() {
    return new RecordPhoneComplaint(freshCommandId(), TOWER, complainant(), PHONE_CONTENT);
  }

  RecordLetterComplaint letterComplaint() {
    return new RecordLetterComplaint(freshCommandId(), TOWER, complainant(), LETTER_CONTENT, LETTER);
  }

  Triage triage(ComplaintId id, Remit remit) {
    return new Triage(freshCommandId(), TOWER, id, remit);
  }

  TellFix tellFix(ComplaintId id) {
    return new TellFix(freshCommandId(), TOWER, id, FIX);
  }

  RecordFixed recordFixed(ComplaintId id) {
    return new RecordFixed(freshCommandId(), TOWER, id, FIXED);
  }

  Apologise apologiseByPhone(ComplaintId id) {
    return new Apologise(freshCommandId(), TOWER, id, false, null);
  }

  Apologise apologiseInWriting(ComplaintId id) {
    return new Apologise(freshCommandId(), TOWER, id, true, REPLY);
  }

  ArchiveLetterAndReply archive(ComplaintId id) {
    return new ArchiveLetterAndReply(freshCommandId(), TOWER, id, ARCHIVE);
  }

  AssureCaller assureCaller(ComplaintId id) {
    return new AssureCaller(freshCommandId(), TOWER, id);
  }

  ForwardToDepartment forward(ComplaintId id, Department to) {
    return new ForwardToDepartment(freshCommandId(), TOWER, id, to);
  }

  RecordPlan recordPlan(ComplaintId id) {
    return new RecordPlan(freshCommandId(), TOWER, id, PLAN, handler());
  }

  InformComplainant informComplainant(ComplaintId id) {
    return new InformComplainant(freshCommandId(), TOWER, id);
  }

  FollowUp followUp(ComplaintId id, boolean solved) {
    return new FollowUp(freshCommandId(), TOWER, id, solved, FOLLOW_UP_NOTE);
  }

  VisitCompany visitCompany(ComplaintId id) {
    return new VisitCompany(freshCommandId(), TOWER, id, FINDINGS);
  }

  ContactDepartments contactDepartments(ComplaintId id, Department... departments) {
    return new ContactDepartments(freshCommandId(), TOWER, id, Arrays.asList(departments));
  }

  ReportToGeneralOffice reportToGeneralOffice(ComplaintId id) {
    return new ReportToGeneralOffice(freshCommandId(), TOWER, id, SUMMARY);
  }

  RecordResolution recordResolution(ComplaintId id) {
    return new RecordResolution(freshCommandId(), TOWER, id, RESOLUTION);
  }

  ComplaintEvent.ComplaintRecorded recordedByPhone() {
    return new ComplaintEvent.ComplaintRecorded(Channel.PHONE, complainant(), PHONE_CONTENT, Optional.empty());
  }

  ComplaintEvent.ComplaintRecorded recordedByLetter() {
    return new ComplaintEvent.ComplaintRecorded(Channel.LETTER, complainant(), LETTER_CONTENT, Optional.of(LETTER));
  }

  // ---- sending

  Either<Rejection, Complaint> send(ComplaintCommand command, Actor actor) {
    return desk().handle(command, actor);
  }

  Complaint accepted(ComplaintCommand command, Actor actor) {
    Either<Rejection, Complaint> answer = send(command, actor);
    assertTrue(answer.isRight(), () -> "expected " + command + " to be accepted, got " + answer.getLeft());
    return answer.get();
  }

  /**
   * The rejection of {@code command}, having checked that it wrote nothing at all: no receipt of its own either
   * (a reused command id keeps the first command's receipt, unchanged).
   */
  Rejection rejected(ComplaintCommand command, Actor actor) {
    return NothingWritten.rejection(command, () -> send(command, actor), this::snapshot, storage);
  }

  /**
   * The field errors of a command refused as bad input (GS-1), each field with its problem; having checked the
   * rejection's code, clause, count and both languages, and that nothing was written.
   */
  Map<String, FieldError.Problem> fieldErrors(ComplaintCommand command, Actor actor) {
    return Rejections.fieldErrorsOf(rejected(command, actor));
  }

  /** Takes each step on {@code complaint} with Operations, no checks on the way: for tests about something else. */
  @SafeVarargs
  final Complaint advance(Complaint complaint, Function<ComplaintId, ComplaintCommand>... steps) {
    Complaint now = complaint;
    for (Function<ComplaintId, ComplaintCommand> step : steps) {
      now = accepted(step.apply(now.id()), operations);
    }
    return now;
  }

  /** One complaint down each of the five branches to CLOSED, in the source's order. */
  List<Complaint> closeOneOfEachBranch() {
    Complaint phoneWithin = advance(accepted(phoneComplaint(), operations),
        id -> triage(id, Remit.WITHIN), this::tellFix, this::recordFixed, this::apologiseByPhone);
    Complaint phoneOutside = advance(accepted(phoneComplaint(), operations),
        id -> triage(id, Remit.OUTSIDE), this::assureCaller, id -> forward(id, Department.SECURITY), this::recordPlan,
        this::informComplainant, id -> followUp(id, false), this::recordPlan, this::informComplainant, id -> followUp(id, true));
    Complaint letterWithin = advance(accepted(letterComplaint(), operations),
        id -> triage(id, Remit.WITHIN), this::tellFix, this::recordFixed, this::apologiseInWriting, this::archive);
    Complaint letterOutside = advance(accepted(letterComplaint(), operations),
        id -> triage(id, Remit.OUTSIDE), id -> forward(id, Department.ENGINEERING), this::informComplainant,
        id -> followUp(id, true), this::apologiseInWriting, this::archive);
    Complaint hard = advance(accepted(phoneComplaint(), operations),
        id -> triage(id, Remit.HARD_CASE), this::visitCompany, id -> contactDepartments(id, Department.ENGINEERING, Department.FINANCE),
        this::reportToGeneralOffice);
    hard = accepted(recordResolution(hard.id()), generalOffice);
    List<Complaint> closed = List.of(phoneWithin, phoneOutside, letterWithin, letterOutside, hard);
    closed.forEach(c -> assertEquals(ComplaintState.CLOSED, c.state()));
    return closed;
  }

  // ---- reading back

  Complaint stored(ComplaintId id) {
    return desk().find(operations, TOWER, id).get();
  }

  List<AuditEntry> trail(ComplaintId id) {
    return desk().trail(operations, TOWER, id).get();
  }

  List<AgendaItem> agendaOf(Actor actor, ComplaintId id) {
    CenterId where = actor.worksFor(TOWER) ? TOWER : HARBOUR;
    return center.agenda().dueBy(actor, where, FAR_FUTURE).stream().filter(i -> i.caseId().equals(id.value())).toList();
  }

  /** When the complaint's next step falls due under the default policy, in the center's zone (GS-4, GS-7). */
  static Instant dueOf(Complaint c) {
    return ComplaintPolicy.defaults().timeAllowed(c.state()).dueFrom(c.stateEnteredAt(), BusinessCenter.DEFAULT_ZONE);
  }

  Instant endOfToday() {
    return clock.instant().atZone(BusinessCenter.DEFAULT_ZONE).toLocalDate().plusDays(1).atStartOfDay(BusinessCenter.DEFAULT_ZONE)
        .toInstant();
  }

  /** Everything a command could write, in both centers, and the notices delivered so far. */
  StoreSnapshot snapshot() {
    return parts.snapshot(List.of(TOWER, HARBOUR));
  }

  // ---- a branch, step by step

  /** From now on every step is first left until it is overdue (GS-7), then taken late. */
  void takeEveryStepLate() {
    late = true;
  }

  /**
   * Takes one step as {@code actor} and checks what it must have left behind: state, version, what each seat may
   * do next (CP-0.1, GS-3), the audit entry (GS-6), the notices (delivered through the relay), the agenda (GS-7).
   */
  Complaint step(ComplaintCommand command, Actor actor, Expect expect) {
    Optional<Complaint> before = command instanceof ComplaintCommand.OnComplaint on ? Optional.of(stored(on.complaintId())) : Optional.empty();
    if (late && before.isPresent()) {
      letDueTimePass(before.get());
    } else {
      clock.advance(PAUSE);
    }
    Instant at = clock.instant();
    int deliveredBefore = notifier.delivered().size();

    Complaint after = accepted(command, actor);

    String label = expect.action() + " -> " + expect.to();
    assertEquals(expect.to(), after.state(), label);
    assertEquals(before.map(Complaint::version).orElse(0L) + 1, after.version(), label);
    assertEquals(at, after.stateEnteredAt(), label);
    assertEquals(ComplaintPolicy.DEFAULT_VERSION, after.policy(), label);
    assertEquals(after, stored(after.id()), "what the desk answered is what was stored: " + label);
    assertEquals(expect.next(), desk().availableActions(operations, TOWER, after.id()).get(), "Operations may next: " + label);
    assertWhoMayAct(after, expect);
    AuditEntry entry = assertAudited(after, command, actor, expect, before.map(Complaint::state), at);
    assertNoticesSent(after, entry, expect, deliveredBefore, at);
    assertAgenda(after, expect);
    return after;
  }

  /** CP-0.1: the Management dept may do what Operations may; the other departments nothing but the hard case's resolution. */
  private void assertWhoMayAct(Complaint c, Expect expect) {
    assertEquals(expect.next(), desk().availableActions(management, TOWER, c.id()).get(), "the Management dept helps Operations");
    for (Actor outsider : List.of(managementOffice, security, engineering)) {
      assertEquals(List.of(), desk().availableActions(outsider, TOWER, c.id()).get(), outsider.department() + " takes no step");
    }
    List<ComplaintAction> generalOfficeMay = c.state() == ComplaintState.HARD_CASE_REPORTED
        ? List.of(ComplaintAction.RECORD_RESOLUTION) : List.of();
    assertEquals(generalOfficeMay, desk().availableActions(generalOffice, TOWER, c.id()).get(), "CP-1.4: the General Office");
  }

  private AuditEntry assertAudited(Complaint c, ComplaintCommand command, Actor actor, Expect expect,
      Optional<ComplaintState> from, Instant at) {
    List<AuditEntry> trail = trail(c.id());
    assertEquals(c.version(), trail.size(), "one audit entry per accepted step");
    AuditEntry last = trail.get(trail.size() - 1);
    assertEquals(TOWER, last.center());
    assertEquals(PROCEDURE, last.procedure());
    assertEquals(c.id().value(), last.caseId());
    assertEquals(c.version(), last.version());
    assertEquals(command.commandId(), last.commandId());
    assertEquals(expect.action().name(), last.action());
    assertEquals(Clause.of(expect.clause()), last.clause(), "the step's clause on the trail");
    assertEquals(from.map(Enum::name), last.from());
    assertEquals(expect.to().name(), last.to());
    assertEquals(actor.staff(), last.staff());
    assertEquals(actor.role(), last.role());
    assertEquals(actor.department(), last.department());
    assertEquals(at, last.at(), "the time is the clock's");
    assertEquals(ComplaintPolicy.DEFAULT_VERSION, last.policy());
    assertEquals(List.of(expect.event()), last.events());
    return last;
  }

  private void assertNoticesSent(Complaint c, AuditEntry entry, Expect expect, int deliveredBefore, Instant at) {
    NoticeRelay.Delivery delivery = center.notices().deliverPending(100);
    assertEquals(List.of(), delivery.refused());
    assertEquals(expect.notices().size(), delivery.delivered());
    List<OutboxNotice> all = notifier.delivered();
    List<OutboxNotice> sent = all.subList(deliveredBefore, all.size());
    List<ExpectedNotice> seen = sent.stream()
        .map(n -> new ExpectedNotice(n.notice().to(), n.notice().code(), n.notice().arguments().subList(1, n.notice().arguments().size())))
        .toList();
    assertEquals(expect.notices(), seen, "notices of " + expect.action());
    for (OutboxNotice n : sent) {
      assertEquals(TOWER, n.center());
      assertEquals(PROCEDURE, n.procedure());
      assertEquals(c.id().value(), n.caseId());
      assertEquals(c.id().value(), n.notice().arguments().get(0), "a notice names its case");
      assertEquals(Clause.of(expect.clause()), n.notice().clause());
      assertEquals(at, n.createdAt());
      // the English text may quote a Chinese letter reference; its own wording must still be English
      String english = n.message(Messages.EN);
      for (String argument : n.notice().arguments()) {
        english = english.replace(argument, "");
      }
      assertSpeaksBothLanguages(n.message(Messages.ZH_CN), english);
    }
    // stable ids: the relay delivers exactly what the trail recorded, and no id twice
    assertEquals(entry.notices(), sent);
    assertEquals(all.size(), new HashSet<>(all.stream().map(OutboxNotice::id).toList()).size(), "notice ids are unique");
    assertEquals(List.of(), storage.eventLog().pendingNotices(100));
  }

  private void assertAgenda(Complaint c, Expect expect) {
    if (c.isClosed()) {
      for (Actor actor : everyone()) {
        assertEquals(List.of(), agendaOf(actor, c.id()), "nothing is due on a closed complaint");
      }
      assertEquals(List.of(), storage.agenda().forCase(TOWER, PROCEDURE, c.id().value()));
      return;
    }
    Instant due = dueOf(c);
    List<AgendaItem> forOperations = agendaOf(operations, c.id());
    assertEquals(1, forOperations.size(), "one item for Operations");
    AgendaItem item = forOperations.get(0);
    assertEquals(TOWER, item.center());
    assertEquals(c.state().name(), item.state());
    assertEquals(expect.next().stream().map(Enum::name).toList(), item.actions());
    assertEquals(Seat.in(Department.OPERATIONS), item.seat());
    assertEquals(due, item.dueAt(), "due by the policy's time limit, in the property's zone");
    assertEquals(Clause.of(expect.clause()), item.clause());
    assertTrue(center.agenda().dueBy(operations, TOWER, due).contains(item));
    assertFalse(center.agenda().dueBy(operations, TOWER, due.minusSeconds(1)).contains(item));
    assertEquals(!due.isAfter(endOfToday()), center.agenda().dueToday(operations, TOWER).contains(item), "due today?");
    assertFalse(center.agenda().overdue(operations, TOWER).contains(item));

    assertEquals(List.of(due), agendaOf(management, c.id()).stream().map(AgendaItem::dueAt).toList(), "the Management dept too");
    int forGeneralOffice = c.state() == ComplaintState.HARD_CASE_REPORTED ? 1 : 0;
    assertEquals(forGeneralOffice, agendaOf(generalOffice, c.id()).size(), "CP-1.4: the General Office");
    for (Actor outsider : List.of(managementOffice, security, engineering, harbourOperations)) {
      assertEquals(List.of(), agendaOf(outsider, c.id()), outsider.department() + " owes nothing");
    }
  }

  /** Moves the clock to the due time (not yet overdue), then a minute past it (overdue for Operations). */
  void letDueTimePass(Complaint c) {
    Instant due = dueOf(c);
    assertTrue(due.isAfter(clock.instant()), "the step is not overdue yet");
    clock.set(due);
    assertFalse(overdueFor(operations, c), "due now, not yet overdue");
    clock.advance(Duration.ofMinutes(1));
    assertTrue(overdueFor(operations, c), "overdue a minute after its due time");
    assertTrue(overdueFor(management, c));
    assertTrue(center.agenda().dueToday(operations, TOWER).stream().anyMatch(i -> i.caseId().equals(c.id().value())),
        "an overdue item is still due today");
    assertFalse(overdueFor(engineering, c));
  }

  private boolean overdueFor(Actor actor, Complaint c) {
    return center.agenda().overdue(actor, TOWER).stream().anyMatch(i -> i.caseId().equals(c.id().value()) && i.dueAt().equals(dueOf(c)));
  }

  /** A notice a step must send: to whom, which, with which arguments after the case id. */
  record ExpectedNotice(Department to, String code, List<String> moreArguments) {}

  /** What one accepted step must leave behind. */
  record Expect(ComplaintAction action, String clause, ComplaintState to, DomainEvent event, List<ComplaintAction> next,
      List<ExpectedNotice> notices) {
    static Expect step(ComplaintAction action, String clause, ComplaintState to, DomainEvent event) {
      return new Expect(action, clause, to, event, List.of(), List.of());
    }

    /** What Operations may do after the step, in declared order (nothing once closed). */
    Expect thenMay(ComplaintAction... actions) {
      return new Expect(action, clause, to, event, List.of(actions), notices);
    }

    Expect notifying(Department department, String code, String... moreArguments) {
      List<ExpectedNotice> all = new ArrayList<>(notices);
      all.add(new ExpectedNotice(department, code, List.of(moreArguments)));
      return new Expect(action, clause, to, event, next, all);
    }
  }
}
