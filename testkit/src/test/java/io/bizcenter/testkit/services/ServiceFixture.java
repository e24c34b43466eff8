package io.bizcenter.testkit.services;

import static io.bizcenter.testkit.Rejections.assertSpeaksBothLanguages;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.services.Client;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseId;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceDesk;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.ServicePolicy;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StaffSkills;
import io.bizcenter.core.services.StandardService;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One business center on the in-memory adapter for the service procedure's tests: a manual clock, sequential ids, a
 * recording notifier, the tower "zz-tower" with a business-center clerk and manager, Finance, Engineering and Security,
 * staff with known skills (SV-2.1), and a second center with its own clerk. {@link #rejected} checks that a rejection
 * wrote nothing at all.
 */
final class ServiceFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final CenterId HARBOUR = CenterId.of("zz-harbour");
  /** A Monday, 09:00 in Shanghai. */
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

  static final StaffId TRANSLATOR = StaffId.of("bc-translator");
  static final StaffId OPERATOR = StaffId.of("bc-operator");
  static final StaffId NOVICE = StaffId.of("bc-novice");
  static final Map<StaffId, Set<Skill>> SKILLS = Map.of(
      TRANSLATOR, Set.of(Skill.FOREIGN_LANGUAGE, Skill.TYPING),
      OPERATOR, Set.of(Skill.TYPING, Skill.EQUIPMENT_OPERATION, Skill.EQUIPMENT_CARE),
      NOVICE, Set.of());

  static final String CLIENT_NAME = "欧阳娜娜";
  static final String CLIENT_PHONE = "13912345678";

  final Actor clerk = Actors.of("bc-01", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
  final Actor centerManager = Actors.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, TOWER);
  final Actor finance = Actors.of("fi-02", Role.STAFF, Department.FINANCE, TOWER);
  final Actor engineer = Actors.of("en-05", Role.STAFF, Department.ENGINEERING, TOWER);
  final Actor engineeringManager = Actors.of("en-mgr", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);
  final Actor securityManager = Actors.of("se-mgr", Role.DEPARTMENT_MANAGER, Department.SECURITY, TOWER);
  final Actor operations = Actors.of("op-07", Role.STAFF, Department.OPERATIONS, TOWER);
  final Actor harbourClerk = Actors.of("hb-bc-01", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, HARBOUR);

  private final InMemoryCenter parts = new InMemoryCenter(START, "S");
  final ManualClock clock = parts.clock();
  final RecordingNotifier notifier = parts.notifier();
  final InMemoryStorage storage = parts.storage();
  final BusinessCenter center;

  ServiceFixture() {
    this(center -> ServicePolicy.defaults());
  }

  ServiceFixture(Function<CenterId, ServicePolicy> policies) {
    this.center = parts.builder().servicePolicies(policies).staffSkills(StaffSkills.fixed(SKILLS)).build();
  }

  ServiceDesk desk() {
    return center.services();
  }

  CommandId freshCommandId() {
    return parts.ids().freshCommandId();
  }

  /** From {@code from} to {@code to} hours after {@link #START}. */
  static Slot hours(int from, int to) {
    return Slot.of(START.plus(Duration.ofHours(from)), START.plus(Duration.ofHours(to)));
  }

  static Client client() {
    return Client.of(CLIENT_NAME, CLIENT_PHONE, "上海某某贸易有限公司");
  }

  // ---- sending any command of the three families

  Either<Rejection, ?> send(Command command, Actor actor) {
    return send(desk(), command, actor);
  }

  /** Sends a command of any of the three families to {@code desk}: the property test sends through here too. */
  static Either<Rejection, ?> send(ServiceDesk desk, Command command, Actor actor) {
    if (command instanceof DeviceCommand d) {
      return desk.handle(d, actor);
    }
    if (command instanceof ServiceOrderCommand o) {
      return desk.handle(o, actor);
    }
    return desk.handle((InternalUseCommand) command, actor);
  }

  @SuppressWarnings("unchecked")
  <T> T accepted(Command command, Actor actor) {
    Either<Rejection, ?> answer = send(command, actor);
    assertTrue(answer.isRight(), () -> "expected " + command + " to be accepted, got " + answer.getLeft() + " "
        + answer.getLeft().message(Messages.EN));
    return (T) answer.get();
  }

  /** The rejection of {@code command}, having checked that it wrote nothing: no case, trail, notice, agenda item or receipt. */
  Rejection rejected(Command command, Actor actor) {
    Rejection r = NothingWritten.rejection(command, () -> send(command, actor), this::snapshot, storage);
    // these tests never refuse a command under an id already used, so a refusal has no receipt at all
    if (command != null && command.center() != null && command.commandId() != null) {
      assertTrue(storage.receipts().find(command.center(), command.commandId()).isEmpty(), "a rejection leaves no receipt");
    }
    assertSpeaksBothLanguages(r.message(Messages.ZH_CN), r.message(Messages.EN));
    return r;
  }

  /** The field errors of a command refused as bad input (GS-1), having checked that nothing was written. */
  Map<String, FieldError.Problem> fieldErrors(Command command, Actor actor) {
    return Rejections.fieldErrorsOf(rejected(command, actor));
  }

  // ---- the equipment register

  Device registered(EquipmentKind kind, int maintenanceEveryDays) {
    return accepted(new DeviceCommand.RegisterDevice(freshCommandId(), TOWER, kind, kind.name().toLowerCase() + " A", maintenanceEveryDays),
        clerk);
  }

  Device reportFault(DeviceId device) {
    return accepted(new DeviceCommand.ReportFault(freshCommandId(), TOWER, device, "卡纸，无法进纸"), clerk);
  }

  Device repair(DeviceId device) {
    return accepted(new DeviceCommand.RecordRepair(freshCommandId(), TOWER, device, "工程部", "更换搓纸轮"), engineer);
  }

  // ---- orders

  ServiceOrderCommand.TakeOrder order(StandardService service, int quantity, DeviceId device, Slot slot, StaffId assignee) {
    return new ServiceOrderCommand.TakeOrder(freshCommandId(), TOWER, client(), ServiceCode.of(service), quantity, "双面打印，装订成册", slot,
        device, assignee);
  }

  ServiceOrder take(StandardService service, int quantity, DeviceId device, Slot slot, StaffId assignee) {
    return accepted(order(service, quantity, device, slot, assignee), clerk);
  }

  ServiceOrder explain(ServiceOrderId id) {
    return accepted(new ServiceOrderCommand.ExplainCharges(freshCommandId(), TOWER, id), clerk);
  }

  ServiceOrder issueFeeNotice(ServiceOrderId id) {
    return accepted(new ServiceOrderCommand.IssueFeeNotice(freshCommandId(), TOWER, id, "N-2026-031"), clerk);
  }

  ServiceOrder takeDeposit(ServiceOrderId id, Money amount) {
    return accepted(new ServiceOrderCommand.TakeDeposit(freshCommandId(), TOWER, id, amount), clerk);
  }

  ServiceOrder start(ServiceOrderId id) {
    return accepted(new ServiceOrderCommand.StartService(freshCommandId(), TOWER, id), clerk);
  }

  ServiceOrder finish(ServiceOrderId id, int served) {
    return accepted(new ServiceOrderCommand.FinishService(freshCommandId(), TOWER, id, served), clerk);
  }

  ServiceOrder writeReceipt(ServiceOrderId id) {
    return accepted(new ServiceOrderCommand.WriteFeeReceipt(freshCommandId(), TOWER, id, "R-2026-088"), clerk);
  }

  ServiceOrder handOver(ServiceOrderId id, ReceiptCopy copy) {
    return accepted(new ServiceOrderCommand.HandOverCopy(freshCommandId(), TOWER, id, copy), clerk);
  }

  ServiceOrder settle(ServiceOrderId id) {
    return accepted(new ServiceOrderCommand.Settle(freshCommandId(), TOWER, id), finance);
  }

  /** An order taken, charges explained, fee notice issued and deposit taken: ready to be served. */
  ServiceOrder readyToServe(StandardService service, int quantity, DeviceId device, Slot slot, StaffId assignee) {
    ServiceOrder order = take(service, quantity, device, slot, assignee);
    explain(order.id());
    ServiceOrder noticed = issueFeeNotice(order.id());
    return takeDeposit(order.id(), noticed.charges().orElseThrow().deposit());
  }

  // ---- internal use

  InternalUseCommand.ApplyForUse application(DeviceId device, Slot slot) {
    return new InternalUseCommand.ApplyForUse(freshCommandId(), TOWER, device, slot, true, "季度报告", "打印工程部季度报告 40 页");
  }

  InternalUse apply(DeviceId device, Slot slot) {
    return accepted(application(device, slot), engineer);
  }

  InternalUse approve(InternalUseId id) {
    return accepted(new InternalUseCommand.ApproveUse(freshCommandId(), TOWER, id), engineeringManager);
  }

  // ---- reading back

  List<AuditEntry> trail(ServiceOrderId id) {
    return desk().trail(clerk, TOWER, id).get();
  }

  List<AuditEntry> trail(InternalUseId id) {
    return desk().trail(clerk, TOWER, id).get();
  }

  List<AgendaItem> agendaOf(Actor actor, String caseId) {
    return center.agenda().dueBy(actor, TOWER, FAR_FUTURE).stream().filter(i -> i.caseId().equals(caseId)).toList();
  }

  List<OutboxNotice> deliverNotices() {
    int before = notifier.delivered().size();
    center.notices().deliverPending(100);
    List<OutboxNotice> all = notifier.delivered();
    return all.subList(before, all.size());
  }

  /** Everything a command could write, in both centers, and the notices delivered so far. */
  StoreSnapshot snapshot() {
    return parts.snapshot(List.of(TOWER, HARBOUR));
  }
}
