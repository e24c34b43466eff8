package io.bizcenter.testkit.tenancy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.FeeLine;
import io.bizcenter.core.tenancy.IdentityDocument;
import io.bizcenter.core.tenancy.IdentityDocumentKind;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.ItemCondition;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.Renewal;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.core.tenancy.TenancyDesk;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.NothingWritten;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.Rejections;
import io.bizcenter.testkit.check.StoreSnapshot;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * One business center on the in-memory adapter, for tenancy's tests: a manual clock, sequential ids, a recording
 * notifier, the key register wired to tenancy as {@code BusinessCenter} does by default, renewals recorded as contract
 * signing would receive them, the staff of every department the source names for move-in and move-out, and a second
 * center. Commands come with fresh command ids; {@link #accepted} and {@link #rejected} check that a rejection wrote
 * nothing at all.
 */
final class TenancyFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final CenterId HARBOUR = CenterId.of("zz-harbour");
  /** Monday 2 March 2026, 09:00 in Shanghai. */
  static final Instant START = local("2026-03-02T09:00");
  static final Instant FAR_FUTURE = Instant.parse("2199-01-01T00:00:00Z");
  static final RoomId ROOM_1203 = RoomId.of("1203");
  static final RoomId ROOM_1204 = RoomId.of("1204");
  static final RoomId ROOM_1501 = RoomId.of("1501");
  static final TenantId ACME = TenantId.of("T-acme");
  static final TenantId BETA = TenantId.of("T-beta");
  static final String COMPANY = "上海某某贸易有限公司";
  static final LocalDate LEASE_START = LocalDate.of(2026, 3, 1);
  static final LocalDate LEASE_EXPIRY = LocalDate.of(2028, 4, 30);
  static final List<String> EQUIPMENT = List.of("空调 ×2", "窗帘", "门禁卡读卡器");
  static final String ELEVATOR = "F1";
  // personal data distinctive enough that a leak cannot be a coincidence
  static final String HOLDER_NAME = "欧阳娜娜";
  static final String ID_NUMBER = "310101199001011234";
  static final String CONTACT_PHONE = "13912345678";

  final Actor serviceClerk = Actors.of("sv-clk-1", Role.STAFF, Department.SERVICE, TOWER);
  final Actor serviceManager = Actors.of("sv-mgr-1", Role.DEPARTMENT_MANAGER, Department.SERVICE, TOWER);
  final Actor administration = Actors.of("ad-clk-1", Role.STAFF, Department.ADMINISTRATION, TOWER);
  final Actor managementOffice = Actors.of("mo-clk-1", Role.STAFF, Department.MANAGEMENT_OFFICE, TOWER);
  final Actor engineer = Actors.of("en-stf-1", Role.STAFF, Department.ENGINEERING, TOWER);
  final Actor renovationManager = Actors.of("en-rm-1", Role.RENOVATION_MANAGER, Department.ENGINEERING, TOWER);
  final Actor otherRenovationManager = Actors.of("en-rm-2", Role.RENOVATION_MANAGER, Department.ENGINEERING, TOWER);
  final Actor guard = Actors.of("se-grd-1", Role.STAFF, Department.SECURITY, TOWER);
  final Actor operations = Actors.of("op-mgr-1", Role.OPERATIONS_MANAGER, Department.OPERATIONS, TOWER);
  /** Keeps the key register (KY): cuts the tenant's keys, takes them back, records losses. */
  final Actor keyDesk = Actors.of("bc-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  /** The other center's clerk: same department and role, another building. */
  final Actor harbourClerk = Actors.of("hb-clk-1", Role.STAFF, Department.SERVICE, HARBOUR);

  private final InMemoryCenter parts = new InMemoryCenter(START, "T");
  final ManualClock clock = parts.clock();
  final RecordingNotifier notifier = parts.notifier();
  final InMemoryStorage storage = parts.storage();
  /** What contract signing received (MO-1.1), in order. */
  final List<Renewal> renewals = new CopyOnWriteArrayList<>();
  final BusinessCenter center;

  TenancyFixture() {
    this(c -> TenancyPolicy.defaults());
  }

  TenancyFixture(Function<CenterId, TenancyPolicy> policies) {
    this.center = parts.builder().tenancyPolicies(policies).renewals(renewals::add).build();
  }

  static Instant local(String dateTime) {
    return OffsetDateTime.parse(dateTime + "+08:00").toInstant();
  }

  TenancyDesk desk() {
    return center.tenancy();
  }

  CommandId freshCommandId() {
    return parts.ids().freshCommandId();
  }

  // ---- move-in commands, each with a fresh command id, for the tower

  MoveInCommand.ReceiveMoveInNotice notice(TenantId tenant, RoomId... units) {
    return notice(tenant, LEASE_EXPIRY, units);
  }

  MoveInCommand.ReceiveMoveInNotice notice(TenantId tenant, LocalDate leaseExpiry, RoomId... units) {
    return new MoveInCommand.ReceiveMoveInNotice(freshCommandId(), TOWER, tenant, COMPANY, List.of(units), LEASE_START, leaseExpiry,
        "行政-2026-031");
  }

  MoveInCommand.PrepareForms prepareForms(MoveInId id) {
    return new MoveInCommand.PrepareForms(freshCommandId(), TOWER, id);
  }

  MoveInCommand.VerifyIdentity verifyIdentity(MoveInId id) {
    return new MoveInCommand.VerifyIdentity(freshCommandId(), TOWER, id,
        IdentityDocument.original(IdentityDocumentKind.RESIDENT_ID_CARD, ID_NUMBER, HOLDER_NAME));
  }

  MoveInCommand.SendFeeNotice feeNotice(MoveInId id) {
    return new MoveInCommand.SendFeeNotice(freshCommandId(), TOWER, id, List.of(
        FeeLine.of(ChargeItem.MANAGEMENT_FEE, "361.50"), FeeLine.of(ChargeItem.MANAGEMENT_FEE_DEPOSIT, "120.50"),
        FeeLine.of(ChargeItem.UTILITY_DEPOSIT, "1")));
  }

  MoveInCommand.SignManagementAgreement signAgreement(MoveInId id) {
    return new MoveInCommand.SignManagementAgreement(freshCommandId(), TOWER, id, TenancyPolicy.DEFAULT_AGREEMENT_TEMPLATE, "MA-1203-01",
        PersonName.of(HOLDER_NAME));
  }

  MoveInCommand.DeliverHandbookAndGuide handbook(MoveInId id) {
    return new MoveInCommand.DeliverHandbookAndGuide(freshCommandId(), TOWER, id, PersonName.of(HOLDER_NAME));
  }

  MoveInCommand.InspectUnit inspect(MoveInId id) {
    return new MoveInCommand.InspectUnit(freshCommandId(), TOWER, id, "与客户一同验收");
  }

  MoveInCommand.AcceptEquipment acceptEquipment(MoveInId id, String... comments) {
    return new MoveInCommand.AcceptEquipment(freshCommandId(), TOWER, id, EQUIPMENT, List.of(comments));
  }

  MoveInCommand.SignKeyHandoverForm keyHandoverForm(MoveInId id) {
    return new MoveInCommand.SignKeyHandoverForm(freshCommandId(), TOWER, id);
  }

  MoveInCommand.ConfirmMeterReading confirmReading(MoveInId id, String reading) {
    return new MoveInCommand.ConfirmMeterReading(freshCommandId(), TOWER, id, "E-1203", new BigDecimal(reading));
  }

  MoveInCommand.RecordMeterReading recordReading(MoveInId id, String reading) {
    return new MoveInCommand.RecordMeterReading(freshCommandId(), TOWER, id, "E-1203", new BigDecimal(reading));
  }

  MoveInCommand.CloseRectificationItem closeItem(MoveInId id, String item) {
    return new MoveInCommand.CloseRectificationItem(freshCommandId(), TOWER, id, item, "已修复");
  }

  MoveInCommand.Introduce introduce(MoveInId id, OrientationItem item) {
    return new MoveInCommand.Introduce(freshCommandId(), TOWER, id, item, null);
  }

  MoveInCommand.AnswerQuestion question(MoveInId id) {
    return new MoveInCommand.AnswerQuestion(freshCommandId(), TOWER, id, "空调几点开？", "工作日 8:00 至 18:00");
  }

  MoveInCommand.BookMove bookMove(MoveInId id, String from, String until) {
    return new MoveInCommand.BookMove(freshCommandId(), TOWER, id, ELEVATOR, local(from), local(until));
  }

  MoveInCommand.IntroduceRenovationManager introduceRenovationManager(MoveInId id) {
    return new MoveInCommand.IntroduceRenovationManager(freshCommandId(), TOWER, id, "装修申请-2026-07", renovationManager.staff());
  }

  MoveInCommand.HoldFirstRenovationMeeting firstMeeting(MoveInId id) {
    return new MoveInCommand.HoldFirstRenovationMeeting(freshCommandId(), TOWER, id, "确认施工时间与图纸");
  }

  MoveInCommand.FileDocument file(MoveInId id, ClientDocument kind) {
    return new MoveInCommand.FileDocument(freshCommandId(), TOWER, id, kind, "档案柜A-" + kind.ordinal());
  }

  MoveInCommand.RecordClientContacts contacts(MoveInId id) {
    return new MoveInCommand.RecordClientContacts(freshCommandId(), TOWER, id, List.of(ClientContact.of(HOLDER_NAME, CONTACT_PHONE, "行政经理")));
  }

  MoveInCommand.CompleteMoveIn complete(MoveInId id) {
    return new MoveInCommand.CompleteMoveIn(freshCommandId(), TOWER, id);
  }

  MoveInCommand.WithdrawMoveIn withdraw(MoveInId id) {
    return new MoveInCommand.WithdrawMoveIn(freshCommandId(), TOWER, id, "客户取消租赁");
  }

  // ---- lease watch and move-out commands

  RenewalVisitCommand.RecordIntent intent(RenewalVisitId lease, ClientIntent intent) {
    return new RenewalVisitCommand.RecordIntent(freshCommandId(), TOWER, lease, intent, "拜访客户了解意向");
  }

  RenewalVisitCommand.RecordNewTerm newTerm(RenewalVisitId lease, LocalDate expiry) {
    return new RenewalVisitCommand.RecordNewTerm(freshCommandId(), TOWER, lease, expiry, "续-2028-017");
  }

  MoveOutCommand.OpenMoveOut openMoveOut(MoveInId moveIn) {
    return new MoveOutCommand.OpenMoveOut(freshCommandId(), TOWER, moveIn, "提前退租");
  }

  MoveOutCommand.TakeJointInventory inventory(MoveOutId id, List<InventoryLine> lines) {
    return new MoveOutCommand.TakeJointInventory(freshCommandId(), TOWER, id, engineer.staff(), lines);
  }

  /** Every item of the acceptance record found intact. */
  MoveOutCommand.TakeJointInventory inventoryAllIntact(MoveOutId id) {
    return inventory(id, EQUIPMENT.stream().map(item -> new InventoryLine(item, ItemCondition.INTACT, null)).toList());
  }

  MoveOutCommand.RecordMeterReading moveOutReading(MoveOutId id, String reading) {
    return new MoveOutCommand.RecordMeterReading(freshCommandId(), TOWER, id, "E-1203", new BigDecimal(reading));
  }

  MoveOutCommand.AssessDamage assess(MoveOutId id, Compensation... compensations) {
    return new MoveOutCommand.AssessDamage(freshCommandId(), TOWER, id, List.of(compensations));
  }

  MoveOutCommand.Vacate vacate(MoveOutId id) {
    return new MoveOutCommand.Vacate(freshCommandId(), TOWER, id);
  }

  MoveOutCommand.ArchiveClientFile archive(MoveOutId id) {
    return new MoveOutCommand.ArchiveClientFile(freshCommandId(), TOWER, id, "档案室-2028-042");
  }

  MoveOutCommand.UpdateDirectoryAndNameplate updateDirectory(MoveOutId id) {
    return new MoveOutCommand.UpdateDirectoryAndNameplate(freshCommandId(), TOWER, id, "铭牌已拆除");
  }

  // ---- the key register, through its own desk (KY-2.1 to KY-2.4)

  /** KY-2.3: the office's own keys into the desk box, then one copy cut for the tenant (charged), for each unit. */
  List<Key> cutDoorKeys(TenantId tenant, RoomId... units) {
    List<Key> cut = new ArrayList<>();
    for (RoomId unit : units) {
      if (center.keys().keyBox(keyDesk, TOWER, unit).get().isEmpty()) {
        acceptedKey(new KeyCommand.RegisterBackup(freshCommandId(), TOWER, Lock.officeDoor(unit)));
      }
      cut.add(acceptedKey(new KeyCommand.CutKey(freshCommandId(), TOWER, Lock.officeDoor(unit), Holder.tenant(tenant))));
    }
    return cut;
  }

  Key acceptedKey(KeyCommand command) {
    clock.advance(Duration.ofMinutes(5));
    Either<Rejection, Key> answer = center.keys().handle(command, keyDesk);
    assertTrue(answer.isRight(), () -> "expected " + command + " to be accepted, got " + answer.getLeft());
    return answer.get();
  }

  // ---- journeys along the main line, each step by its department

  MoveIn noticed(TenantId tenant, RoomId... units) {
    return accepted(notice(tenant, units), serviceClerk);
  }

  /** The move-in taken along the main line until it stands in {@code target}; keys are cut on the way. */
  MoveIn advance(MoveIn m, MoveInState target, String... comments) {
    MoveInId id = m.id();
    while (m.state().compareTo(target) < 0) {
      m = switch (m.state()) {
        case NOTICE_RECEIVED -> accepted(prepareForms(id), serviceClerk);
        case FORMS_PREPARED -> accepted(verifyIdentity(id), serviceClerk);
        case IDENTITY_VERIFIED -> accepted(feeNotice(id), serviceClerk);
        case FEE_NOTICE_SENT -> accepted(signAgreement(id), managementOffice);
        case AGREEMENT_SIGNED -> accepted(handbook(id), serviceClerk);
        case HANDBOOK_DELIVERED -> accepted(inspect(id), serviceClerk);
        case UNIT_INSPECTED -> accepted(acceptEquipment(id, comments), serviceClerk);
        case EQUIPMENT_ACCEPTED -> {
          cutDoorKeys(m.tenant(), m.units().toArray(RoomId[]::new));
          yield accepted(keyHandoverForm(id), serviceClerk);
        }
        case KEYS_HANDED_OVER -> accepted(confirmReading(id, "1520.50"), serviceClerk);
        case UNIT_HANDED_OVER -> {
          MoveIn current = m;
          for (OrientationItem item : OrientationItem.values()) {
            if (!current.introduced(item)) {
              current = accepted(introduce(id, item), serviceClerk);
            }
          }
          yield target == MoveInState.RENOVATION_MANAGER_INTRODUCED || target == MoveInState.RENOVATION_MEETING_HELD
              ? accepted(introduceRenovationManager(id), serviceClerk)
              : accepted(bookMove(id, "2026-03-20T09:00", "2026-03-20T12:00"), serviceClerk);
        }
        case RENOVATION_MANAGER_INTRODUCED -> accepted(firstMeeting(id), renovationManager);
        case MOVE_BOOKED, RENOVATION_MEETING_HELD -> {
          MoveIn current = fileComplete(m);
          if (current.recordedReading().isEmpty()) {
            current = accepted(recordReading(id, current.confirmedReading().get().reading().toPlainString()), engineer);
          }
          for (var item : current.openItems()) {
            current = accepted(closeItem(id, item.id()), engineer);
          }
          yield accepted(complete(id), serviceClerk);
        }
        case COMPLETED, WITHDRAWN -> throw new AssertionError("cannot advance a closed move-in");
      };
    }
    return m;
  }

  /** Files every copy the default policy requires (MI-6.3 a, b, e) and the contacts (d). */
  MoveIn fileComplete(MoveIn m) {
    MoveIn current = m;
    for (ClientDocument kind : List.of(ClientDocument.ID_COPY, ClientDocument.COMPANY_REGISTRATION_COPY, ClientDocument.PROPERTY_TITLE_COPY,
        ClientDocument.LEASE_COPY)) {
      if (!current.clientFile().holds(kind)) {
        current = accepted(file(m.id(), kind), serviceClerk);
      }
    }
    if (current.contacts().isEmpty()) {
      current = accepted(contacts(m.id()), serviceClerk);
    }
    return current;
  }

  /** A tenant moved into {@code units}: the move-in completed, the lease watched. */
  MoveIn movedIn(TenantId tenant, RoomId... units) {
    return advance(noticed(tenant, units), MoveInState.COMPLETED);
  }

  RenewalVisit leaseOf(MoveIn m) {
    return desk().leaseOf(serviceClerk, TOWER, m.id()).get();
  }

  /**
   * A move-out of {@code m} taken up to the point where the client may leave, nothing damaged and every key back in the
   * box (MO-2.1 to MO-2.3, KY-2.4); vacating it is left to the test.
   */
  MoveOut readyToLeave(MoveIn m) {
    MoveOut out = accepted(openMoveOut(m.id()), serviceClerk);
    out = accepted(inventoryAllIntact(out.id()), serviceClerk);
    out = accepted(moveOutReading(out.id(), "3000.25"), engineer);
    out = accepted(assess(out.id()), serviceClerk);
    for (Key k : center.keys().stillHeldBy(TOWER, m.tenant())) {
      acceptedKey(new KeyCommand.ReturnKey(freshCommandId(), TOWER, k.id()));
    }
    return out;
  }

  MoveOut moveOutOf(MoveIn m) {
    return desk().moveOutOf(serviceClerk, TOWER, m.id()).get();
  }

  // ---- sending

  Either<Rejection, MoveIn> send(MoveInCommand command, Actor actor) {
    return desk().handle(command, actor);
  }

  Either<Rejection, RenewalVisit> send(RenewalVisitCommand command, Actor actor) {
    return desk().handle(command, actor);
  }

  Either<Rejection, MoveOut> send(MoveOutCommand command, Actor actor) {
    return desk().handle(command, actor);
  }

  MoveIn accepted(MoveInCommand command, Actor actor) {
    return acceptedAnswer(command, send(command, actor));
  }

  RenewalVisit accepted(RenewalVisitCommand command, Actor actor) {
    return acceptedAnswer(command, send(command, actor));
  }

  MoveOut accepted(MoveOutCommand command, Actor actor) {
    return acceptedAnswer(command, send(command, actor));
  }

  private <T> T acceptedAnswer(Object command, Either<Rejection, T> answer) {
    clock.advance(Duration.ofMinutes(5));
    assertTrue(answer.isRight(), () -> "expected " + command + " to be accepted, got " + answer.getLeft().code() + ": "
        + answer.getLeft().message(Messages.EN));
    return answer.get();
  }

  /** The rejection of {@code command}, having checked that it wrote nothing at all, not even a receipt of its own. */
  Rejection rejected(Object command, Actor actor) {
    return NothingWritten.rejection(command, () -> sendAny(command, actor), this::snapshot, storage);
  }

  private Either<Rejection, ?> sendAny(Object command, Actor actor) {
    if (command instanceof MoveOutCommand c) {
      return send(c, actor);
    }
    if (command instanceof RenewalVisitCommand c) {
      return send(c, actor);
    }
    return send((MoveInCommand) command, actor);
  }

  /** The field errors of a command refused as bad input (GS-1), having checked code, clause and both languages. */
  Map<String, FieldError.Problem> fieldErrors(Object command, Actor actor) {
    return Rejections.fieldErrorsOf(rejected(command, actor));
  }

  // ---- reading back

  MoveIn stored(MoveInId id) {
    return desk().find(serviceClerk, TOWER, id).get();
  }

  MoveOut stored(MoveOutId id) {
    return desk().find(serviceClerk, TOWER, id).get();
  }

  RenewalVisit stored(RenewalVisitId id) {
    return desk().find(serviceClerk, TOWER, id).get();
  }

  List<AuditEntry> trail(MoveInId id) {
    return desk().trail(serviceClerk, TOWER, id).get();
  }

  List<AgendaItem> agendaOf(Actor actor, String caseId) {
    CenterId where = actor.worksFor(TOWER) ? TOWER : HARBOUR;
    return center.agenda().dueBy(actor, where, FAR_FUTURE).stream().filter(i -> i.caseId().equals(caseId)).toList();
  }

  List<String> actionsOf(Actor actor, String caseId) {
    return agendaOf(actor, caseId).stream().flatMap(i -> i.actions().stream()).toList();
  }

  /** Hands the outbox to the notifier; answers the notices delivered now, in order. */
  List<OutboxNotice> deliver() {
    int before = notifier.delivered().size();
    center.notices().deliverPending(1000);
    List<OutboxNotice> all = notifier.delivered();
    return all.subList(before, all.size());
  }

  static List<String> toldWhat(List<OutboxNotice> notices) {
    return notices.stream().map(n -> n.notice().to() + " " + n.notice().code()).toList();
  }

  static Money yuan(String amount) {
    return Money.yuan(amount);
  }

  /** Everything a command could write, in both centers, the notices delivered and the renewals sent to contract signing. */
  StoreSnapshot snapshot() {
    return parts.snapshot(List.of(TOWER, HARBOUR), renewals);
  }

  static Optional<AgendaItem> item(List<AgendaItem> items, String action) {
    return items.stream().filter(i -> i.actions().contains(action)).findFirst();
  }
}
