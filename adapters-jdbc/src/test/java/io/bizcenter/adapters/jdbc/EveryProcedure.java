package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.core.meetings.Device;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.ServiceOrder;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StaffSkills;
import io.bizcenter.core.services.StandardService;
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
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.testkit.ManualClock;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scripted day at one business center that takes a case of every declared procedure from its opening to its end,
 * through all six desks: a meeting held and one cancelled; a printer's order that displaces an internal use, an
 * internal use settled, one refused and one withdrawn, a device retired; a tenancy from the move-in notice through the
 * renewal visit to the completed move-out, with its keys, and a move-in withdrawn; staff keys of every kind; a lease
 * from the draft through the approval chain to the tenant file, and a draft abandoned; and every branch of complaint
 * handling. Every command goes through a {@link Sender}, so that a test can fail it, repeat it or try it as someone
 * else; its command ids are "d-1", "d-2", ... in the order sent, the same in every run.
 *
 * <p>Personal data in it is distinctive ({@link #PERSONAL}), so that a leak into a log or a {@code toString} cannot be a
 * coincidence.
 */
final class EveryProcedure {
  static final CenterId CENTER = CenterId.of("day-tower");
  static final Instant START = local("2026-03-02T09:00");

  static final String COMPLAINANT = "司马相如";
  static final String COMPLAINANT_PHONE = "13987654321";
  static final String HANDLER = "诸葛孔明";
  static final String HANDLER_PHONE = "021-66668888";
  static final String TENANT_PERSON = "上官婉儿";
  static final String TENANT_PHONE = "13611223344";
  static final String ID_NUMBER = "310101198807154321";
  static final String SIGNATORY = "María Ñúñez";
  static final String PASSPORT = "E98765432";
  static final String CLIENT = "欧阳修远";
  static final String CLIENT_PHONE = "13755667788";
  /** Every name, phone number and identity number the script sends. */
  static final List<String> PERSONAL = List.of(COMPLAINANT, COMPLAINANT_PHONE, HANDLER, HANDLER_PHONE, TENANT_PERSON, TENANT_PHONE,
      ID_NUMBER, SIGNATORY, PASSPORT, CLIENT, CLIENT_PHONE);

  static final Actor OPERATIONS = Actor.of("op-1", Role.STAFF, Department.OPERATIONS, CENTER);
  static final Actor GENERAL_OFFICE = Actor.of("go-1", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, CENTER);
  static final Actor CONTRACT_HANDLER = Actor.of("opm-1", Role.OPERATIONS_MANAGER, Department.OPERATIONS, CENTER);
  static final Actor OPERATIONS_MANAGER = Actor.of("opm-1", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, CENTER);
  static final Actor DEPUTY = Actor.of("dep-1", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, CENTER);
  static final Actor ASSISTANT = Actor.of("ast-1", Role.OPERATIONS_MANAGER_ASSISTANT, Department.OPERATIONS, CENTER);
  static final Actor AUDIT = Actor.of("aud-1", Role.DEPARTMENT_MANAGER, Department.AUDIT, CENTER);
  static final Actor FINANCE_MANAGER = Actor.of("fin-1", Role.DEPARTMENT_MANAGER, Department.FINANCE, CENTER);
  static final Actor FINANCE = Actor.of("fin-2", Role.STAFF, Department.FINANCE, CENTER);
  static final Actor LEGAL = Actor.of("leg-1", Role.DEPARTMENT_MANAGER, Department.LEGAL, CENTER);
  static final Actor ADMINISTRATION = Actor.of("adm-1", Role.STAFF, Department.ADMINISTRATION, CENTER);
  static final Actor SERVICE = Actor.of("sv-1", Role.STAFF, Department.SERVICE, CENTER);
  static final Actor CLEANING = Actor.of("sc-1", Role.STAFF, Department.SERVICE_AND_CLEANING, CENTER);
  static final Actor RECEPTIONIST = Actor.of("sc-2", Role.RECEPTION_STAFF, Department.SERVICE_AND_CLEANING, CENTER);
  static final Actor ENGINEER = Actor.of("en-1", Role.STAFF, Department.ENGINEERING, CENTER);
  static final Actor ENGINEERING_MANAGER = Actor.of("en-mgr", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, CENTER);
  static final Actor RENOVATION_MANAGER = Actor.of("en-rm-1", Role.RENOVATION_MANAGER, Department.ENGINEERING, CENTER);
  static final Actor GUARD = Actor.of("se-1", Role.STAFF, Department.SECURITY, CENTER);
  static final Actor OFFICE = Actor.of("mo-1", Role.STAFF, Department.MANAGEMENT_OFFICE, CENTER);
  static final Actor BC_MANAGER = Actor.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, CENTER);
  static final Actor SUPERVISOR = Actor.of("bc-sup", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, CENTER);
  static final Actor BC_CLERK = Actor.of("bc-1", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, CENTER);
  static final Actor CLEANER = Actor.of("bc-cln", Role.CLEANER, Department.BUSINESS_CENTER, CENTER);
  /** The business center's operator, who can type and run the equipment (SV-2.1). */
  static final StaffId OPERATOR = StaffId.of("bc-operator");

  /** A desk's way of carrying out one kind of command. */
  @FunctionalInterface
  interface Desk<M extends Command, T> {
    Either<Rejection, T> handle(M command, Actor actor);
  }

  /** Carries a command of the script to its desk and answers the case it accepted. */
  interface Sender {
    <M extends Command, T> T send(M command, Actor actor, Desk<M, T> desk);

    /** Sends each command as the script wrote it, its ids scoped to it, and fails the test on any refusal. */
    static Sender accepting(CommandScopedIds ids) {
      return new Sender() {
        @Override
        public <M extends Command, T> T send(M command, Actor actor, Desk<M, T> desk) {
          ids.sending(command.commandId().value());
          return AuthorisationFromDeclarationsTest.accepted(desk.handle(command, actor), command);
        }
      };
    }
  }

  private final BusinessCenter center;
  private final ManualClock clock;
  private final Sender sender;
  private int commands;

  private EveryProcedure(BusinessCenter center, ManualClock clock, Sender sender) {
    this.center = center;
    this.clock = clock;
    this.sender = sender;
  }

  /** A center wired as the script needs (the operator's skills), on {@code storage}; its clock should start at {@link #START}. */
  static BusinessCenter center(Storage storage, Clock clock, Ids ids, Notifier notifier) {
    return BusinessCenter.builder().storage(storage).clock(clock).ids(ids).notifier(notifier)
        .staffSkills(StaffSkills.fixed(Map.of(OPERATOR, Set.of(Skill.values()))))
        .build();
  }

  /** Plays the whole day on {@code center}, every command through {@code sender}; the clock must stand at {@link #START}. */
  static void play(BusinessCenter center, ManualClock clock, Sender sender) {
    EveryProcedure day = new EveryProcedure(center, clock, sender);
    day.meetings();
    day.services();
    day.tenancyAndKeys();
    day.staffKeys();
    day.contracts();
    day.complaints();
  }

  /** Any command of any procedure, carried to the desk that takes it; the answer is the case after it, or why not. */
  static Either<Rejection, Object> handle(BusinessCenter center, Command command, Actor actor) {
    Either<Rejection, ?> answer;
    if (command instanceof ComplaintCommand c) {
      answer = center.complaints().handle(c, actor);
    } else if (command instanceof DeviceCommand c) {
      answer = center.services().handle(c, actor);
    } else if (command instanceof ServiceOrderCommand c) {
      answer = center.services().handle(c, actor);
    } else if (command instanceof InternalUseCommand c) {
      answer = center.services().handle(c, actor);
    } else if (command instanceof MeetingCommand c) {
      answer = center.meetings().handle(c, actor);
    } else if (command instanceof KeyCommand c) {
      answer = center.keys().handle(c, actor);
    } else if (command instanceof ContractCommand c) {
      answer = center.contracts().handle(c, actor);
    } else if (command instanceof MoveInCommand c) {
      answer = center.tenancy().handle(c, actor);
    } else if (command instanceof RenewalVisitCommand c) {
      answer = center.tenancy().handle(c, actor);
    } else if (command instanceof MoveOutCommand c) {
      answer = center.tenancy().handle(c, actor);
    } else {
      throw new IllegalArgumentException("no desk takes " + command);
    }
    return answer.map(Object.class::cast);
  }

  /** A local time in Shanghai, as a clerk reads it: {@code "2026-03-10T09:00"}. */
  static Instant local(String dateTime) {
    return OffsetDateTime.parse(dateTime + "+08:00").toInstant();
  }

  private CommandId id() {
    return CommandId.of("d-" + ++commands);
  }

  // ---- the desks, each command a little later than the one before (meetings keep their own times)

  private Meeting meeting(MeetingCommand command, Actor actor) {
    return sender.send(command, actor, (MeetingCommand m, Actor a) -> center.meetings().handle(m, a));
  }

  @SuppressWarnings("unchecked")
  private <T> T service(Command command, Actor actor) {
    clock.advance(Duration.ofMinutes(5));
    if (command instanceof DeviceCommand c) {
      return (T) sender.send(c, actor, (DeviceCommand m, Actor a) -> center.services().handle(m, a));
    }
    if (command instanceof ServiceOrderCommand c) {
      return (T) sender.send(c, actor, (ServiceOrderCommand m, Actor a) -> center.services().handle(m, a));
    }
    return (T) sender.send((InternalUseCommand) command, actor, (InternalUseCommand m, Actor a) -> center.services().handle(m, a));
  }

  private MoveIn moveIn(MoveInCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(5));
    return sender.send(command, actor, (MoveInCommand m, Actor a) -> center.tenancy().handle(m, a));
  }

  private RenewalVisit lease(RenewalVisitCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(5));
    return sender.send(command, actor, (RenewalVisitCommand m, Actor a) -> center.tenancy().handle(m, a));
  }

  private MoveOut moveOut(MoveOutCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(5));
    return sender.send(command, actor, (MoveOutCommand m, Actor a) -> center.tenancy().handle(m, a));
  }

  private Key key(KeyCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(5));
    return sender.send(command, actor, (KeyCommand m, Actor a) -> center.keys().handle(m, a));
  }

  private Contract contract(ContractCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(47));
    return sender.send(command, actor, (ContractCommand m, Actor a) -> center.contracts().handle(m, a));
  }

  private Complaint complaint(ComplaintCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(5));
    return sender.send(command, actor, (ComplaintCommand m, Actor a) -> center.complaints().handle(m, a));
  }

  // ---- meeting reception (MR): a meeting from the booking to the closed case, and one moved and cancelled

  private void meetings() {
    io.bizcenter.core.meetings.Client client = io.bizcenter.core.meetings.Client.of("上海某某贸易有限公司", CLIENT, CLIENT_PHONE);
    clock.set(START);
    MeetingId held = meeting(new MeetingCommand.BookMeetingRoom(id(), CENTER, RoomId.of("501"), local("2026-03-10T09:00"),
        local("2026-03-10T11:30"), client, "季度经营分析会"), SERVICE).id();
    meeting(new MeetingCommand.RecordClientContact(id(), CENTER, held, "与客户确认参会人数"), SERVICE);
    MeetingId moved = meeting(new MeetingCommand.BookMeetingRoom(id(), CENTER, RoomId.of("502"), local("2026-03-12T14:00"),
        local("2026-03-12T16:00"), client, "新品发布会 'launch'"), CLEANING).id();
    meeting(new MeetingCommand.RescheduleMeeting(id(), CENTER, moved, RoomId.of("502"), local("2026-03-13T14:00"), local("2026-03-13T16:00"),
        "客户要求改期"), SERVICE);
    meeting(new MeetingCommand.CancelMeeting(id(), CENTER, moved, "客户取消会议"), SERVICE);

    clock.set(local("2026-03-06T10:00"));
    meeting(new MeetingCommand.ConfirmMeeting(id(), CENTER, held, RequestForm.of(25,
        List.of(ServiceOrder.of(ServiceItem.MICROPHONE, 4), ServiceOrder.of(ServiceItem.PROJECTION, 1)), "主席台摆放鲜花")), CLEANING);
    clock.set(local("2026-03-09T10:00"));
    meeting(new MeetingCommand.SetUpVenue(id(), CENTER, held, "课桌式，25 座"), CLEANING);
    meeting(new MeetingCommand.CheckDevices(id(), CENTER, held, List.of(Device.values()), "全部完好"), ENGINEER);
    meeting(new MeetingCommand.CleanAndInspectVenue(id(), CENTER, held, "已清扫，主管检查合格"), SERVICE);
    clock.set(local("2026-03-10T08:10"));
    meeting(new MeetingCommand.ClearRoadsAndParking(id(), CENTER, held, "访客车位 B1 20 个"), GUARD);
    meeting(new MeetingCommand.GuideAttendees(id(), CENTER, held, null), RECEPTIONIST);
    clock.set(local("2026-03-10T09:00"));
    meeting(new MeetingCommand.StartMeeting(id(), CENTER, held), SERVICE);
    clock.advance(Duration.ofMinutes(40));
    meeting(new MeetingCommand.LogIncident(id(), CENTER, held, "投影仪闪烁，已更换备用机"), SERVICE);
    clock.set(local("2026-03-10T11:20"));
    meeting(new MeetingCommand.RecordTeaService(id(), CENTER, held, 30), SERVICE);
    meeting(new MeetingCommand.RecordSoundAndLighting(id(), CENTER, held, "开场音乐，演讲时调暗灯光"), ENGINEER);
    clock.set(local("2026-03-10T11:30"));
    meeting(new MeetingCommand.EndMeeting(id(), CENTER, held), SERVICE);
    clock.advance(Duration.ofMinutes(20));
    meeting(new MeetingCommand.SeeOffAndInvoice(id(), CENTER, held, "FP-2026-0310"), SERVICE);
    meeting(new MeetingCommand.CollectEquipment(id(), CENTER, held, "设备间 B1"), ENGINEER);
    meeting(new MeetingCommand.CleanVenue(id(), CENTER, held, null), SERVICE);
    meeting(new MeetingCommand.CloseMeeting(id(), CENTER, held), SERVICE);
  }

  // ---- business-center services (SV): equipment, a client's order first, internal uses

  private void services() {
    Instant base = clock.instant();
    DeviceId printer = this.<io.bizcenter.core.services.Device>service(
        new DeviceCommand.RegisterDevice(id(), CENTER, EquipmentKind.PRINTER, "激光打印机", 90), BC_CLERK).id();
    DeviceId camera = this.<io.bizcenter.core.services.Device>service(
        new DeviceCommand.RegisterDevice(id(), CENTER, EquipmentKind.CAMERA, "备用设备", 180), BC_CLERK).id();
    service(new DeviceCommand.RecordMaintenance(id(), CENTER, printer, "清洁，更换硒鼓"), BC_CLERK);

    Slot first = Slot.of(base.plus(Duration.ofHours(2)), base.plus(Duration.ofHours(4)));
    InternalUse displaced = service(new InternalUseCommand.ApplyForUse(id(), CENTER, printer, first, true, "季度报告", "打印"), ENGINEER);
    service(new InternalUseCommand.ApproveUse(id(), CENTER, displaced.id()), ENGINEERING_MANAGER);
    io.bizcenter.core.services.ServiceOrder order = service(new ServiceOrderCommand.TakeOrder(id(), CENTER,
        io.bizcenter.core.services.Client.of(CLIENT, CLIENT_PHONE, "ACME (Shanghai) Ltd."), ServiceCode.of(StandardService.PRINTING), 100,
        "双面", first, printer, OPERATOR), BC_CLERK);
    ServiceOrderId o = order.id();
    io.bizcenter.core.services.ServiceOrder explained = service(new ServiceOrderCommand.ExplainCharges(id(), CENTER, o), BC_CLERK);
    service(new ServiceOrderCommand.IssueFeeNotice(id(), CENTER, o, "N-1"), BC_CLERK);
    service(new ServiceOrderCommand.TakeDeposit(id(), CENTER, o, explained.charges().get().deposit()), BC_CLERK);
    service(new DeviceCommand.ReportFault(id(), CENTER, printer, "卡纸"), BC_CLERK);
    service(new DeviceCommand.RecordRepair(id(), CENTER, printer, "工程部", "更换搓纸轮"), ENGINEER);
    service(new ServiceOrderCommand.StartService(id(), CENTER, o), BC_CLERK);
    service(new ServiceOrderCommand.FinishService(id(), CENTER, o, 80), BC_CLERK);
    service(new ServiceOrderCommand.WriteFeeReceipt(id(), CENTER, o, "R-1"), BC_CLERK);
    for (ReceiptCopy copy : ReceiptCopy.values()) {
      service(new ServiceOrderCommand.HandOverCopy(id(), CENTER, o, copy), BC_CLERK);
    }
    service(new ServiceOrderCommand.Settle(id(), CENTER, o), FINANCE);
    ServiceOrderId cancelled = this.<io.bizcenter.core.services.ServiceOrder>service(new ServiceOrderCommand.TakeOrder(id(), CENTER,
        io.bizcenter.core.services.Client.of(CLIENT, CLIENT_PHONE, null), ServiceCode.of(StandardService.TRANSLATION), 3, "中译英",
        Slot.of(base.plus(Duration.ofHours(5)), base.plus(Duration.ofHours(6))), null, OPERATOR), BC_CLERK).id();
    service(new ServiceOrderCommand.CancelOrder(id(), CENTER, cancelled, "客人取消"), BC_CLERK);

    Slot later = Slot.of(base.plus(Duration.ofHours(6)), base.plus(Duration.ofHours(7)));
    InternalUse used = service(new InternalUseCommand.ApplyForUse(id(), CENTER, printer, later, true, "部门周报", "打印 20 页"), ENGINEER);
    service(new InternalUseCommand.ApproveUse(id(), CENTER, used.id()), ENGINEERING_MANAGER);
    InternalUse refused = service(new InternalUseCommand.ApplyForUse(id(), CENTER, printer,
        Slot.of(base.plus(Duration.ofHours(8)), base.plus(Duration.ofHours(9))), true, "部门资料", "打印"), ENGINEER);
    service(new InternalUseCommand.RefuseUse(id(), CENTER, refused.id(), "不属工作需要"), ENGINEERING_MANAGER);
    InternalUse withdrawn = service(new InternalUseCommand.ApplyForUse(id(), CENTER, printer,
        Slot.of(base.plus(Duration.ofHours(10)), base.plus(Duration.ofHours(11))), true, "培训资料", "打印"), ENGINEER);
    service(new InternalUseCommand.WithdrawUse(id(), CENTER, withdrawn.id(), "培训改期"), ENGINEER);
    clock.set(later.startsAt());
    service(new InternalUseCommand.StartUse(id(), CENTER, used.id()), BC_CLERK);
    clock.advance(Duration.ofMinutes(40));
    service(new InternalUseCommand.FinishUse(id(), CENTER, used.id()), BC_CLERK);
    service(new InternalUseCommand.SignFeeSettlement(id(), CENTER, used.id(), "F-2026-007", Money.yuan("12.50")), ENGINEER);
    service(new DeviceCommand.RetireDevice(id(), CENTER, camera, "型号淘汰"), BC_MANAGER);
  }

  // ---- tenancy (MI, MO) with its door keys (KY-2): a move-in to completion, the lease watch, the move-out

  private void tenancyAndKeys() {
    TenantId acme = TenantId.of("T-acme");
    RoomId unit = RoomId.of("1203");
    MoveInId m = moveIn(new MoveInCommand.ReceiveMoveInNotice(id(), CENTER, acme, "上海某某贸易有限公司", List.of(unit), LocalDate.of(2026, 3, 1),
        LocalDate.of(2028, 4, 30), "行政-031"), SERVICE).id();
    moveIn(new MoveInCommand.PrepareForms(id(), CENTER, m), SERVICE);
    moveIn(new MoveInCommand.VerifyIdentity(id(), CENTER, m, IdentityDocument.original(IdentityDocumentKind.RESIDENT_ID_CARD, ID_NUMBER,
        TENANT_PERSON)), SERVICE);
    moveIn(new MoveInCommand.SendFeeNotice(id(), CENTER, m, List.of(FeeLine.of(ChargeItem.MANAGEMENT_FEE, "361.50"))), SERVICE);
    moveIn(new MoveInCommand.SignManagementAgreement(id(), CENTER, m, TenancyPolicy.DEFAULT_AGREEMENT_TEMPLATE, "MA-1203",
        PersonName.of(TENANT_PERSON)), OFFICE);
    moveIn(new MoveInCommand.DeliverHandbookAndGuide(id(), CENTER, m, PersonName.of(TENANT_PERSON)), SERVICE);
    moveIn(new MoveInCommand.InspectUnit(id(), CENTER, m, null), SERVICE);
    moveIn(new MoveInCommand.AcceptEquipment(id(), CENTER, m, List.of("空调", "窗帘"), List.of("窗帘轨道松动")), SERVICE);
    key(new KeyCommand.RegisterBackup(id(), CENTER, Lock.officeDoor(unit)), SUPERVISOR);
    Key tenantsKey = key(new KeyCommand.CutKey(id(), CENTER, Lock.officeDoor(unit), Holder.tenant(acme)), SUPERVISOR);
    moveIn(new MoveInCommand.SignKeyHandoverForm(id(), CENTER, m), SERVICE);
    moveIn(new MoveInCommand.ConfirmMeterReading(id(), CENTER, m, "E-1203", new BigDecimal("1520.5")), SERVICE);
    moveIn(new MoveInCommand.RecordMeterReading(id(), CENTER, m, "E-1203", new BigDecimal("1520.50")), ENGINEER);
    moveIn(new MoveInCommand.CloseRectificationItem(id(), CENTER, m, "R1", "已修复"), ENGINEER);
    for (OrientationItem item : OrientationItem.values()) {
      moveIn(new MoveInCommand.Introduce(id(), CENTER, m, item, null), SERVICE);
    }
    moveIn(new MoveInCommand.AnswerQuestion(id(), CENTER, m, "访客车位怎么办理？", "到保安部登记"), SERVICE);
    moveIn(new MoveInCommand.IntroduceRenovationManager(id(), CENTER, m, "RA-1203", RENOVATION_MANAGER.staff()), SERVICE);
    moveIn(new MoveInCommand.HoldFirstRenovationMeeting(id(), CENTER, m, "装修时间：工作日 20:00 以后"), RENOVATION_MANAGER);
    for (ClientDocument kind : List.of(ClientDocument.ID_COPY, ClientDocument.COMPANY_REGISTRATION_COPY, ClientDocument.PROPERTY_TITLE_COPY,
        ClientDocument.LEASE_COPY)) {
      moveIn(new MoveInCommand.FileDocument(id(), CENTER, m, kind, "ARC-" + kind.ordinal()), SERVICE);
    }
    moveIn(new MoveInCommand.RecordClientContacts(id(), CENTER, m, List.of(ClientContact.of(TENANT_PERSON, TENANT_PHONE, "经理"))), SERVICE);
    moveIn(new MoveInCommand.CompleteMoveIn(id(), CENTER, m), SERVICE);

    RenewalVisit watched = center.tenancy().leaseOf(SERVICE, CENTER, m).get();
    lease(new RenewalVisitCommand.RecordIntent(id(), CENTER, watched.id(), ClientIntent.UNDECIDED, "客户尚在考虑"), SERVICE);
    lease(new RenewalVisitCommand.RecordIntent(id(), CENTER, watched.id(), ClientIntent.RENEW, null), SERVICE);
    lease(new RenewalVisitCommand.RecordNewTerm(id(), CENTER, watched.id(), LocalDate.of(2030, 4, 30), "C-2030"), OPERATIONS);
    lease(new RenewalVisitCommand.RecordIntent(id(), CENTER, watched.id(), ClientIntent.LEAVE, "公司搬迁"), SERVICE);

    MoveOutId out = center.tenancy().moveOutOf(SERVICE, CENTER, m).get().id();
    moveOut(new MoveOutCommand.TakeJointInventory(id(), CENTER, out, ENGINEER.staff(), List.of(
        new InventoryLine("空调", ItemCondition.DAMAGED, null), new InventoryLine("窗帘", ItemCondition.INTACT, "完好"))), SERVICE);
    moveOut(new MoveOutCommand.RecordMeterReading(id(), CENTER, out, "E-1203", new BigDecimal("2890")), ENGINEER);
    moveOut(new MoveOutCommand.AssessDamage(id(), CENTER, out, List.of(new Compensation("空调", Money.yuan("800.00")))), ENGINEER);
    key(new KeyCommand.ReportLost(id(), CENTER, tenantsKey.id(), "未交回"), BC_CLERK);
    moveOut(new MoveOutCommand.Vacate(id(), CENTER, out), SERVICE);
    moveOut(new MoveOutCommand.ArchiveClientFile(id(), CENTER, out, "档案-1"), SERVICE);
    moveOut(new MoveOutCommand.UpdateDirectoryAndNameplate(id(), CENTER, out, null), SERVICE);

    MoveInId withdrawn = moveIn(new MoveInCommand.ReceiveMoveInNotice(id(), CENTER, TenantId.of("T-beta"), "Beta GmbH", List.of(RoomId.of("1501")),
        LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "行政-032"), ADMINISTRATION).id();
    moveIn(new MoveInCommand.PrepareForms(id(), CENTER, withdrawn), SERVICE);
    moveIn(new MoveInCommand.WithdrawMoveIn(id(), CENTER, withdrawn, "客户取消入驻"), ADMINISTRATION);
  }

  // ---- key control (KY): a master key's life, a workstation key, a public door key, a furniture backup

  private void staffKeys() {
    Key master = key(new KeyCommand.CutKey(id(), CENTER, Lock.master(), Holder.staff(CLEANER, Employer.CENTER_STAFF)), SUPERVISOR);
    key(new KeyCommand.RecordUse(id(), CENTER, master.id(), MasterKeyPurpose.COLLECT_FAX, RoomId.of("1203")), CLEANER);
    key(new KeyCommand.ReturnKey(id(), CENTER, master.id()), BC_CLERK);
    key(new KeyCommand.Lend(id(), CENTER, master.id(), Holder.staff(CLEANER, Employer.CENTER_STAFF)), BC_CLERK);
    key(new KeyCommand.ReturnKey(id(), CENTER, master.id()), BC_CLERK);
    key(new KeyCommand.Issue(id(), CENTER, master.id(), Holder.staff(SUPERVISOR, Employer.CENTER_STAFF)), BC_MANAGER);
    key(new KeyCommand.HandOver(id(), CENTER, master.id(), Holder.staff(BC_MANAGER, Employer.CENTER_STAFF)), SUPERVISOR);
    key(new KeyCommand.ReportLost(id(), CENTER, master.id(), "丢失于电梯"), BC_CLERK);
    key(new KeyCommand.WriteOff(id(), CENTER, master.id(), "锁芯已更换，赔偿已结清"), BC_MANAGER);
    key(new KeyCommand.CutKey(id(), CENTER, Lock.workstation("WS-1"), Holder.staff(BC_CLERK, Employer.CENTER_STAFF)), SUPERVISOR);
    key(new KeyCommand.CutKey(id(), CENTER, Lock.publicDoor("East gate"), Holder.staff(SUPERVISOR, Employer.CENTER_STAFF)), BC_MANAGER);
    Key desk = key(new KeyCommand.RegisterBackup(id(), CENTER, Lock.furniture(RoomId.of("1203"), FurnitureKind.DESK, "A")), SUPERVISOR);
    key(new KeyCommand.Retire(id(), CENTER, desk.id(), "家具已搬走"), SUPERVISOR);
  }

  // ---- contract signing (CS): a lease from the draft to the tenant file, and a draft abandoned

  private void contracts() {
    TenantId tenant = TenantId.of("T-acme");
    Terms terms = new Terms("1203 室 / unit 1203", LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), Money.yuan("12345.67"),
        Money.yuan("24691.34"));
    ContractId lease = contract(new ContractCommand.DraftContract(id(), CENTER, ContractType.LEASE, tenant, TenantType.OVERSEAS_OR_FORMING_COMPANY,
        terms, null, null), OPERATIONS).id();
    contract(new ContractCommand.RecordDeviation(id(), CENTER, lease, DeviationTopic.USE_AND_FITTING_OUT, "第七条", "允许夜间装修 'O''Brien'"),
        OPERATIONS);
    contract(new ContractCommand.ReviewDeviation(id(), CENTER, lease, 1, true, null), ENGINEERING_MANAGER);
    contract(new ContractCommand.ReviewDeviation(id(), CENTER, lease, 1, true, "同意 😀"), LEGAL);
    contract(new ContractCommand.PrintContract(id(), CENTER, lease), OPERATIONS);
    contract(new ContractCommand.RecordTenantSignature(id(), CENTER, lease, Signatory.of(SIGNATORY, PASSPORT, Signatory.Capacity.HEAD_OF_COMPANY),
        false, List.of(SupportingDocument.REPRESENTATIVE_ID_COPY, SupportingDocument.PROOF_OF_HEAD_ROLE,
            SupportingDocument.PARENT_COMPANY_REGISTRATION_COPY)), OPERATIONS);
    List<Actor> chain = List.of(CONTRACT_HANDLER, OPERATIONS_MANAGER, AUDIT, FINANCE_MANAGER, LEGAL, GENERAL_OFFICE);
    chain.subList(0, 3).forEach(seat -> contract(new ContractCommand.Sign(id(), CENTER, lease, "同意"), seat));
    contract(new ContractCommand.ReturnForRevision(id(), CENTER, lease, "押金条款不清\n请修改"), FINANCE_MANAGER);
    chain.forEach(seat -> contract(new ContractCommand.Sign(id(), CENTER, lease, "同意 / agreed"), seat));
    contract(new ContractCommand.Issue(id(), CENTER, lease), GENERAL_OFFICE);
    for (Actor receiver : List.of(ADMINISTRATION, FINANCE_MANAGER, OPERATIONS)) {
      contract(new ContractCommand.ConfirmDelivery(id(), CENTER, lease), receiver);
    }
    contract(new ContractCommand.DraftPaymentNotice(id(), CENTER, lease, 3, LocalDate.of(2026, 4, 1)), DEPUTY);
    contract(new ContractCommand.ReturnPaymentNotice(id(), CENTER, lease, "金额有误"), OPERATIONS_MANAGER);
    contract(new ContractCommand.DraftPaymentNotice(id(), CENTER, lease, 3, LocalDate.of(2026, 4, 1)), DEPUTY);
    contract(new ContractCommand.ReviewPaymentNotice(id(), CENTER, lease), OPERATIONS_MANAGER);
    contract(new ContractCommand.StampPaymentNotice(id(), CENTER, lease), FINANCE_MANAGER);
    contract(new ContractCommand.RecordPaymentNoticeSignedFor(id(), CENTER, lease, PersonName.of(TENANT_PERSON)), OPERATIONS);
    contract(new ContractCommand.BuildTenantFile(id(), CENTER, lease, "租户档案-ACME"), ASSISTANT);

    ContractId abandoned = contract(new ContractCommand.DraftContract(id(), CENTER, ContractType.LEASE, TenantId.of("T-gamma"),
        TenantType.OVERSEAS_OR_FORMING_COMPANY, terms, null, null), OPERATIONS).id();
    contract(new ContractCommand.Abandon(id(), CENTER, abandoned, "客户另选楼宇"), CONTRACT_HANDLER);
  }

  // ---- complaint handling (CP): every branch from its opening to its end

  private void complaints() {
    Complainant caller = Complainant.of(COMPLAINANT, "上海某某贸易有限公司", COMPLAINANT_PHONE);
    Handler handler = Handler.of(HANDLER, HANDLER_PHONE);
    var within = complaint(new ComplaintCommand.RecordPhoneComplaint(id(), CENTER, caller, "办公室空调不制冷"), OPERATIONS).id();
    complaint(new ComplaintCommand.Triage(id(), CENTER, within, Remit.WITHIN), OPERATIONS);
    complaint(new ComplaintCommand.TellFix(id(), CENTER, within, "今天下午派工程部检修空调"), OPERATIONS);
    complaint(new ComplaintCommand.RecordFixed(id(), CENTER, within, "空调已修复"), OPERATIONS);
    complaint(new ComplaintCommand.Apologise(id(), CENTER, within, false, null), OPERATIONS);

    var outside = complaint(new ComplaintCommand.RecordPhoneComplaint(id(), CENTER, caller, "车库车辆被刮"), OPERATIONS).id();
    complaint(new ComplaintCommand.Triage(id(), CENTER, outside, Remit.OUTSIDE), OPERATIONS);
    complaint(new ComplaintCommand.AssureCaller(id(), CENTER, outside), OPERATIONS);
    complaint(new ComplaintCommand.ForwardToDepartment(id(), CENTER, outside, Department.SECURITY), OPERATIONS);
    complaint(new ComplaintCommand.RecordPlan(id(), CENTER, outside, "夜班增加一名保安巡逻车库", handler), OPERATIONS);
    complaint(new ComplaintCommand.InformComplainant(id(), CENTER, outside), OPERATIONS);
    complaint(new ComplaintCommand.FollowUp(id(), CENTER, outside, false, "仍有车辆被刮"), OPERATIONS);
    complaint(new ComplaintCommand.RecordPlan(id(), CENTER, outside, "车库加装摄像头", handler), OPERATIONS);
    complaint(new ComplaintCommand.InformComplainant(id(), CENTER, outside), OPERATIONS);
    complaint(new ComplaintCommand.FollowUp(id(), CENTER, outside, true, "客户确认已解决"), OPERATIONS);

    Complainant writer = Complainant.of(COMPLAINANT, "ACME (Shanghai) Ltd.", COMPLAINANT_PHONE);
    var letter = complaint(new ComplaintCommand.RecordLetterComplaint(id(), CENTER, writer, "大堂照明不足", "信件-2026-015"), OPERATIONS).id();
    complaint(new ComplaintCommand.Triage(id(), CENTER, letter, Remit.WITHIN), OPERATIONS);
    complaint(new ComplaintCommand.TellFix(id(), CENTER, letter, "电话答复：本周内更换大堂照明"), OPERATIONS);
    complaint(new ComplaintCommand.RecordFixed(id(), CENTER, letter, "照明已更换"), OPERATIONS);
    complaint(new ComplaintCommand.Apologise(id(), CENTER, letter, true, "回函-2026-031"), OPERATIONS);
    complaint(new ComplaintCommand.ArchiveLetterAndReply(id(), CENTER, letter, "档案-CP-2026-07"), OPERATIONS);

    var forwarded = complaint(new ComplaintCommand.RecordLetterComplaint(id(), CENTER, writer, "电梯常停", "信件-2026-016"), OPERATIONS).id();
    complaint(new ComplaintCommand.Triage(id(), CENTER, forwarded, Remit.OUTSIDE), OPERATIONS);
    complaint(new ComplaintCommand.ForwardToDepartment(id(), CENTER, forwarded, Department.ENGINEERING), OPERATIONS);
    complaint(new ComplaintCommand.InformComplainant(id(), CENTER, forwarded), OPERATIONS);
    complaint(new ComplaintCommand.FollowUp(id(), CENTER, forwarded, true, "电梯已恢复正常"), OPERATIONS);
    complaint(new ComplaintCommand.Apologise(id(), CENTER, forwarded, true, "回函-2026-032"), OPERATIONS);
    complaint(new ComplaintCommand.ArchiveLetterAndReply(id(), CENTER, forwarded, "档案-CP-2026-08"), OPERATIONS);

    var hard = complaint(new ComplaintCommand.RecordPhoneComplaint(id(), CENTER, caller, "租金调整和装修噪音"), OPERATIONS).id();
    complaint(new ComplaintCommand.Triage(id(), CENTER, hard, Remit.HARD_CASE), OPERATIONS);
    complaint(new ComplaintCommand.VisitCompany(id(), CENTER, hard, "客户对租金调整和装修噪音均有异议"), OPERATIONS);
    complaint(new ComplaintCommand.ContactDepartments(id(), CENTER, hard, List.of(Department.ENGINEERING, Department.FINANCE)), OPERATIONS);
    complaint(new ComplaintCommand.ReportToGeneralOffice(id(), CENTER, hard, "涉及租金与装修管理，需公司协调"), OPERATIONS);
    complaint(new ComplaintCommand.RecordResolution(id(), CENTER, hard, "总办协调后租金分期调整，装修限时施工"), GENERAL_OFFICE);
  }
}
