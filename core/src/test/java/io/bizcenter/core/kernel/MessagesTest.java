package io.bizcenter.core.kernel;

import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.IdentityDocumentKind;
import io.bizcenter.core.tenancy.ItemCondition;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.HeldKey;
import io.bizcenter.core.tenancy.TenancyRejection;
import java.math.BigDecimal;
import java.time.LocalDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintRejection;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.services.DeviceAction;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.FeeUnit;
import io.bizcenter.core.services.InternalUseAction;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceOrderAction;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.core.meetings.Device;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.meetings.TaskStatus;
import io.bizcenter.core.keys.ChargeKind;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.HolderKind;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Deviation;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.PaymentNotice;
import io.bizcenter.core.contracts.ReviewCapacity;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import io.bizcenter.core.Procedures;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GS-1: every label, rejection and notice exists in zh-CN and en, and the Chinese is Chinese. */
class MessagesTest {
  /** The kernel, every procedure's package (from the descriptors, so a new procedure's bundles are checked too), privacy. */
  private static final List<String> PACKAGES = java.util.stream.Stream.of(List.of("kernel"),
      Procedures.packages().stream().map(p -> p.substring("io.bizcenter.core.".length())).toList(), List.of("privacy"))
      .flatMap(List::stream).toList();

  @Test
  @DisplayName("GS-1 each package's English and Chinese messages have exactly the same keys")
  void both_languages_have_the_same_keys() throws IOException {
    for (String pkg : PACKAGES) {
      Properties en = load(pkg, "messages.properties");
      Properties zh = load(pkg, "messages_zh.properties");
      assertEquals(en.stringPropertyNames(), zh.stringPropertyNames(), pkg);
      for (String key : zh.stringPropertyNames()) {
        assertTrue(zh.getProperty(key).codePoints().anyMatch(MessagesTest::isHan), pkg + " " + key + " is not Chinese");
        assertFalse(en.getProperty(key).codePoints().anyMatch(MessagesTest::isHan), pkg + " " + key + " is not English");
      }
    }
  }

  @Test
  @DisplayName("GS-1 every state, action, department, role, channel, remit and field problem has a label in both languages")
  void every_enum_has_a_label() {
    for (Class<? extends Enum<?>> type : List.of(Department.class, Role.class, ComplaintState.class, ComplaintAction.class, Channel.class,
        Remit.class,
        DeviceState.class, DeviceAction.class, ServiceOrderState.class, ServiceOrderAction.class, InternalUseState.class,
        InternalUseAction.class, EquipmentKind.class, Skill.class, FeeUnit.class, ReceiptCopy.class, StandardService.class,
        MeetingState.class, MeetingAction.class, Task.class, TaskStatus.class, Device.class, ServiceItem.class,
        KeyState.class, KeyAction.class, KeyCategory.class, FurnitureKind.class, MasterKeyPurpose.class, HolderKind.class, Employer.class,
        KeyOrigin.class, ChargeKind.class,
        ContractState.class, ContractAction.class, ContractType.class, TenantType.class, SupportingDocument.class, Signatory.Capacity.class,
        DeviationTopic.class, Deviation.Status.class, ReviewCapacity.class, ApprovalChain.ReturnTo.class, PaymentNotice.Kind.class,
        MoveInState.class, MoveInAction.class, MoveOutState.class, MoveOutAction.class, RenewalVisitState.class, RenewalVisitAction.class,
        ClientIntent.class, ChargeItem.class, IdentityDocumentKind.class, OrientationItem.class, ClientDocument.class, ItemCondition.class,
        KeyKind.class)) {

      for (Enum<?> value : type.getEnumConstants()) {
        for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
          assertFalse(Messages.label(value, locale).isBlank(), value + " " + locale);
        }
      }
    }
    for (FieldError.Problem problem : FieldError.Problem.values()) {
      assertTrue(Messages.has(FieldError.class, Messages.ZH_CN, "field." + problem), problem.name());
      assertTrue(Messages.has(FieldError.class, Messages.EN, "field." + problem), problem.name());
    }
  }

  @Test
  @DisplayName("GS-1 every kind of rejection has its message in both languages, with its arguments filled in")
  void every_rejection_has_a_message() {
    List<Rejection> all = List.of(
        new Rejection.ActionNotAllowed("complaints", ComplaintState.CLOSED, ComplaintAction.APOLOGISE, Clause.of("CP-0.1")),
        new Rejection.ActorNotPermitted(ComplaintAction.TRIAGE_HARD_CASE, Role.CLEANER, Department.SECURITY, Clause.of("CP-1.4")),
        new Rejection.CaseNotFound("complaints", "C-404"),
        new Rejection.InvalidInput(List.of(FieldError.of("content", FieldError.Problem.TOO_LONG, 2000))),
        new Rejection.VersionConflict("complaints", "C-1", 3, 4),
        new Rejection.NotInYourCenter(CenterId.of("other")),
        new Rejection.CommandIdReused(CommandId.of("cmd-1")),
        new ComplaintRejection.WrittenApologyRequired(Clause.of("CP-2.2")),
        new ComplaintRejection.DepartmentConcernedIsOperations(Department.OPERATIONS, Clause.of("CP-1.3")),
        new MeetingRejection.RoomAlreadyBooked(RoomId.of("501"), MeetingId.of("M-1"), LocalDateTime.parse("2026-03-10T09:00"),
            LocalDateTime.parse("2026-03-10T11:00"), Clause.of("MR-0.1")),
        new MeetingRejection.StartsInThePast(LocalDateTime.parse("2026-03-01T09:00"), Clause.of("MR-0.1")),
        new MeetingRejection.TaskNotOpen(Task.SET_UP_VENUE, TaskStatus.DONE),
        new MeetingRejection.TaskNotWaivable(Task.CONFIRM_AND_REQUEST_FORM),
        new MeetingRejection.PreparationIncomplete(List.of(Task.CHECK_DEVICES, Task.CLEAR_ROADS_AND_PARKING)),
        new MeetingRejection.TasksStillOpen(List.of(Task.CLEAN_VENUE)),
        new MeetingRejection.DevicesNotConfirmed(List.of(Device.PROJECTION), Clause.of("MR-1.3")),
        new MeetingRejection.TeaServiceNotRecorded(Clause.of("MR-3.1")),
        new Rejection.TimeNotKnown(CenterId.of("zz-tower"), "zone"),
        new Rejection.NotAReader("complaints", Role.STAFF, Department.SECURITY),
        new SamePerson("internal-uses", InternalUseAction.APPROVE, InternalUseAction.APPLY, Clause.of("SV-2.5")),
        new CommandExpired(CommandId.of("cmd-1")),
        new io.bizcenter.core.privacy.CasesStillOpen(List.of("complaints/C-1", "move-ins/MI-2")));
    // the sealed families are listed in full: a new kind of rejection must be added here, with its texts
    assertEquals(Set.of(Rejection.class.getPermittedSubclasses()).size(), 10);
    assertEquals(Set.of(ComplaintRejection.class.getPermittedSubclasses()).size(), 2);
    assertEquals(Set.of(MeetingRejection.class.getPermittedSubclasses()).size(), 8);
    for (Rejection r : all) {
      String zh = r.message(Messages.ZH_CN);
      String en = r.message(Messages.EN);
      assertTrue(zh.codePoints().anyMatch(MessagesTest::isHan), zh);
      assertFalse(en.codePoints().anyMatch(MessagesTest::isHan), en);
      assertFalse(zh.contains("{") || en.contains("{"), "every argument is filled: " + en);
    }
    assertEquals("案件处于“已结案”状态，不能进行“致歉”。", all.get(0).message(Messages.ZH_CN));
    assertEquals("The step \"triage: hard case\" is not for a cleaner of Security.", all.get(1).message(Messages.EN));
    assertEquals("指令有 1 处填写错误：\n- content：最多 2000 个字。", all.get(3).message(Messages.ZH_CN));
    assertEquals("以下会前准备既未完成也未经豁免，会议不能开始：确认灯光、音像、话筒、多媒体投影完好、确保大厦道路畅通，安排外来车辆停放。",
        all.get(13).message(Messages.ZH_CN));
    assertEquals("您本人已在本案件办理“申请使用设备”，不能再办理“批准申请”，须由他人办理。", all.get(all.size() - 3).message(Messages.ZH_CN));
    assertEquals("Command cmd-1 was carried out longer ago than its answer is kept, so it is not carried out again; please look the case up.",
        all.get(all.size() - 2).message(Messages.EN));
    assertEquals("The person's data cannot be erased while 2 case(s) that hold it are still open: complaints/C-1, move-ins/MI-2. Close them first.",
        all.get(all.size() - 1).message(Messages.EN));
    assertEquals("Room 501 is already booked by meeting M-1 from 2026-03-10 09:00 to 2026-03-10 11:00.", all.get(9).message(Messages.EN));
    Rejection notAReader = all.stream().filter(Rejection.NotAReader.class::isInstance).findFirst().orElseThrow();
    assertEquals("complaint cases are not for a staff of Security to read.", notAReader.message(Messages.EN));
    assertEquals("保安部的员工无权查阅投诉案件。", notAReader.message(Messages.ZH_CN));
  }

  @Test
  @DisplayName("GS-1 KY-0.1 every kind of key rejection and the key notice have their message in both languages, arguments filled in")
  void every_key_rejection_has_a_message() {
    Holder tenant = Holder.tenant(TenantId.of("T-1"));
    Holder cleaner = Holder.staff(StaffId.of("s-1"), Role.CLEANER, Department.SERVICE, Employer.CENTER_STAFF);
    List<Rejection> all = List.of(
        new KeyRejection.MasterKeyHolderNotAuthorized(cleaner, Clause.of("KY-1.1")),
        new KeyRejection.MasterKeyCountReached(3, Clause.of("KY-1.4")),
        new KeyRejection.UseLogIsForMasterKeys(KeyCategory.OFFICE_DOOR, Clause.of("KY-1.2")),
        new KeyRejection.ClientKeyForTenantsOnly(cleaner, Clause.of("KY-2.1")),
        new KeyRejection.KeyHandoverNotReached(TenantId.of("T-1"), Clause.of("KY-2.1")),
        new KeyRejection.TenantMovedOut(TenantId.of("T-1"), Clause.of("KY-2.4")),
        new KeyRejection.RoomNotRented(TenantId.of("T-1"), RoomId.of("1203"), Clause.of("KY-2.1")),
        new KeyRejection.LockKeyCountReached(Lock.officeDoor(RoomId.of("1203")), 2, Clause.of("KY-2.2")),
        new KeyRejection.NoBackupInTheBox(Lock.furniture(RoomId.of("1203"), FurnitureKind.DESK, "A"), Clause.of("KY-3.1")),
        new KeyRejection.BackupStaysInTheBox(KeyId.of("K-1"), Lock.officeDoor(RoomId.of("1203")), Clause.of("KY-2.3")),
        new KeyRejection.BackupStillNeeded(KeyId.of("K-1"), Lock.furniture(RoomId.of("1203"), FurnitureKind.DESK, "A"), Clause.of("KY-3.1")),
        new KeyRejection.WorkstationKeyForBusinessCenterStaffOnly(tenant, Clause.of("KY-3.2")),
        new KeyRejection.AlreadyHoldsAWorkstationKey(cleaner, Clause.of("KY-3.2")),
        new KeyRejection.PublicDoorKeyForTheSupervisorOnly(cleaner, Clause.of("KY-4.1")),
        new KeyRejection.StaysWithAHolder(KeyCategory.WORKSTATION, Clause.of("KY-3.2")),
        new KeyRejection.AlreadyItsHolder(tenant, Clause.of("KY-3.2")),
        new KeyRejection.MasterKeyForCenterStaffOnly(Holder.staff(StaffId.of("s-2"), Role.CLEANER, Department.BUSINESS_CENTER, Employer.CONTRACTOR), Clause.of("KY-1.1")));
    assertEquals(Set.of(KeyRejection.class.getPermittedSubclasses()).size(), all.size(), "every kind is listed");
    for (Rejection r : all) {
      String zh = r.message(Messages.ZH_CN);
      String en = r.message(Messages.EN);
      assertTrue(zh.codePoints().anyMatch(MessagesTest::isHan), zh);
      assertFalse(en.codePoints().anyMatch(MessagesTest::isHan), en);
      assertFalse(zh.contains("{") || en.contains("{"), "every argument is filled: " + en);
      assertTrue(r.clause().id().startsWith("KY-"), r.code());
    }
    assertEquals("There are already 2 office door key(s) for 1203; no more may be made.", all.get(7).message(Messages.EN));
    assertEquals("租户 T-1 未租用房间 1203，其钥匙只能打开自己租用的房间。", all.get(6).message(Messages.ZH_CN));
    // a piece of furniture and a holder in a clerk's words, not by their internal names (FurnitureKind.DESK, STAFF:s-1)
    assertEquals("钥匙须以服务台钥匙箱中的备用钥匙配制，而钥匙箱中没有 1203 桌子 A 的客户家具钥匙备用钥匙。", all.get(8).message(Messages.ZH_CN));
    assertEquals("万能钥匙只能由商务中心的部门经理、客服主管或清洁工持有，服务部员工 s-1 不能持有。", all.get(0).message(Messages.ZH_CN));
    assertEquals("This is the backup office door key for 1203: it stays in the desk key box and leaves it only on loan.",
        all.get(9).message(Messages.EN));
    Notice lost = Notice.to(Department.MANAGEMENT_OFFICE, "KY_MASTER_KEY_LOST", Clause.of("KY-1.3"), "K-7", "bc-cln-1");
    assertEquals("万能钥匙 K-7 已登记遗失，持有人为员工 bc-cln-1。按钥匙管理规程上报管理处。", lost.message(Messages.ZH_CN));
    assertFalse(lost.message(Messages.EN).codePoints().anyMatch(MessagesTest::isHan));
  }

  @Test
  @DisplayName("GS-1 CS-2.2 CS-3.1 every kind of contract-signing rejection has its message in both languages")
  void every_contract_rejection_has_a_message() {
    List<Rejection> all = List.of(
        new ContractRejection.DocumentsMissing(TenantType.OVERSEAS_OR_FORMING_COMPANY,
            List.of(SupportingDocument.AUTHORISATION_LETTER, SupportingDocument.PARENT_COMPANY_REGISTRATION_COPY)),
        new ContractRejection.CompanySealRequired(Clause.of("CS-2.2")),
        new ContractRejection.SignatoryDoesNotFit(TenantType.INDIVIDUAL, Signatory.Capacity.REPRESENTATIVE),
        new ContractRejection.DeviationsUnconfirmed(List.of(1, 3), Clause.of("CS-1.1")),
        new ContractRejection.NoSuchDeviation(4, Clause.of("CS-1.1")),
        new ContractRejection.DeviationNotAwaitingYou(2, Department.ENGINEERING, Clause.of("CS-1.1")),
        new ContractRejection.NoDeviationAwaitsYou(Role.DEPARTMENT_MANAGER, Department.AUDIT, Clause.of("CS-1.1")),
        new ContractRejection.SignatureOutOfOrder(ReviewCapacity.AUDIT, ReviewCapacity.FINANCE, Clause.of("CS-3.1")),
        new ContractRejection.NotInTheChain(ReviewCapacity.AUDIT, Role.STAFF, Department.SECURITY, Clause.of("CS-3.1")),
        new ContractRejection.SignedAlready(StaffId.of("op-mgr"), ReviewCapacity.HANDLER, Clause.of("CS-3.1")),
        new ContractRejection.ChainComplete(Clause.of("CS-3.1")),
        new ContractRejection.NothingToReturn(Clause.of("CS-3.1")),
        new ContractRejection.ChainIncomplete(ReviewCapacity.LEGAL, Clause.of("CS-4.1")),
        new ContractRejection.NoDeliveryAwaitsYou(Department.SECURITY, Clause.of("CS-4.1")),
        new ContractRejection.DeliveriesPending(2, Clause.of("CS-4.1")),
        new ContractRejection.NotALease(ContractType.PARKING, Clause.of("CS-5.1")),
        new ContractRejection.LeaseCopyGoesToTenantFile(Clause.of("CS-5.2")),
        new ContractRejection.RelatedContractsPending(List.of("K-2", "K-3"), Clause.of("CS-5.1")),
        new ContractRejection.NoSuchLease("K-9", Clause.of("CS-5.1")));
    assertEquals(Set.of(ContractRejection.class.getPermittedSubclasses()).size(), all.size(), "every kind is listed");
    for (Rejection r : all) {
      String zh = r.message(Messages.ZH_CN);
      String en = r.message(Messages.EN);
      assertTrue(zh.codePoints().anyMatch(MessagesTest::isHan), zh);
      assertFalse(en.codePoints().anyMatch(MessagesTest::isHan), en);
      assertFalse(zh.contains("{") || en.contains("{"), "every argument is filled: " + en);
    }
  }

  @Test
  @DisplayName("GS-1 MI-6.3 MO-3.3 every kind of tenancy rejection and notice has its message in both languages, arguments filled in")
  void every_tenancy_rejection_has_a_message() {
    MoveInId moveIn = MoveInId.of("MI-1");
    List<Rejection> all = List.of(
        new TenancyRejection.UnitOccupied(RoomId.of("1203"), moveIn, Clause.of("MI-1.1")),
        new TenancyRejection.OriginalDocumentRequired(IdentityDocumentKind.BUSINESS_LICENCE, Clause.of("MI-2.1")),
        new TenancyRejection.AgreementTemplateNotCurrent("MA-2025-3", "MA-2026-1", Clause.of("MI-3.1")),
        new TenancyRejection.DoorKeysNotHandedOver(List.of(RoomId.of("1203"), RoomId.of("1204")), Clause.of("MI-4.3")),
        new TenancyRejection.MeterReadingDiffers("E-1203", new BigDecimal("1520.50"), "E-1203", new BigDecimal("1502.50"), Clause.of("MI-4.4")),
        new TenancyRejection.MeterReadingAlreadyRecorded(Clause.of("MI-4.4")),
        new TenancyRejection.MeterReadingNotRecorded(Clause.of("MI-4.4")),
        new TenancyRejection.RectificationItemNotOpen("R7", Clause.of("MI-4.5")),
        new TenancyRejection.NoRectificationItemOpen(Clause.of("MI-4.5")),
        new TenancyRejection.RectificationItemsOpen(List.of("R1", "R3"), Clause.of("MI-4.5")),
        new TenancyRejection.AlreadyIntroduced(OrientationItem.FIRE_SAFETY, Clause.of("MI-5.3")),
        new TenancyRejection.OrientationIncomplete(List.of(OrientationItem.HOSPITALS, OrientationItem.ELEVATOR_USE), Clause.of("MI-5.3")),
        new TenancyRejection.FreightElevatorAlreadyBooked("F1", MoveInId.of("MI-2"), LocalDateTime.parse("2026-03-10T09:00"),
            LocalDateTime.parse("2026-03-10T12:00"), Clause.of("MI-6.1")),
        new TenancyRejection.MoveStartsInThePast(LocalDateTime.parse("2026-03-01T09:00"), Clause.of("MI-6.1")),
        new TenancyRejection.NotTheIntroducedRenovationManager(StaffId.of("en-rm-1"), Clause.of("MI-6.2")),
        new TenancyRejection.ClientFileIncomplete(List.of(ClientDocument.ID_COPY, ClientDocument.LEASE_COPY), Clause.of("MI-6.3")),
        new TenancyRejection.MoveInNotCompleted(moveIn, MoveInState.MOVE_BOOKED, Clause.of("MO-1.1")),
        new TenancyRejection.LeaseAlreadyWatched(moveIn, RenewalVisitId.of("L-1"), Clause.of("MO-1.1")),
        new TenancyRejection.MoveOutAlreadyOpen(moveIn, MoveOutId.of("MO-1"), Clause.of("MO-1.1")),
        new TenancyRejection.NewTermNotLater(LocalDate.parse("2027-04-30"), LocalDate.parse("2027-01-31"), Clause.of("MO-1.1")),
        new TenancyRejection.InventoryDoesNotMatchAcceptanceRecord(List.of("air-conditioner"), List.of("fridge"), Clause.of("MO-2.1")),
        new TenancyRejection.CompensationDoesNotMatchDamage(List.of("carpet"), List.of(), Clause.of("MO-2.3")),
        new TenancyRejection.MoveOutNotCalledOff(MoveOutId.of("MO-1"), MoveOutState.INVENTORIED, Clause.of("MO-1.1")),
        new TenancyRejection.ClientNotLeft(MoveOutId.of("MO-1"), MoveOutState.DAMAGE_ASSESSED, Clause.of("MO-3.3")),
        new TenancyRejection.MoveOutNotOfThisLease(MoveOutId.of("MO-2"), moveIn, Clause.of("MO-1.1")),
        new TenancyRejection.KeysStillHeld(List.of(new HeldKey("K-3", RoomId.of("1203"), KeyKind.DOOR), new HeldKey("K-4", RoomId.of("1203"), KeyKind.FURNITURE)), Clause.of("MO-3.3")));
    assertEquals(Set.of(TenancyRejection.class.getPermittedSubclasses()).size(), all.size(), "every kind is listed");
    for (Rejection r : all) {
      String zh = r.message(Messages.ZH_CN);
      String en = r.message(Messages.EN);
      assertTrue(zh.codePoints().anyMatch(MessagesTest::isHan), zh);
      assertFalse(en.codePoints().anyMatch(MessagesTest::isHan), r.code() + " " + en);
      assertFalse(zh.contains("{") || en.contains("{"), "every argument is filled: " + en);
      assertTrue(r.clause().id().startsWith("MI-") || r.clause().id().startsWith("MO-"), r.code());
    }
    assertEquals("The move-in completes with a complete client file; 2 document(s) missing: identity document copy, lease copy.",
        all.get(15).message(Messages.EN));
    assertEquals("客户档案齐全后入驻方可完成；尚缺2份：身份证明复印件、租赁合同复印件。", all.get(15).message(Messages.ZH_CN));
    // the keys still out by their room and kind, the id only to find them in the register
    assertEquals("钥匙管理显示客户仍持有该单元的2把钥匙：1203 的门锁钥匙（K-3）、1203 的家具钥匙（K-4）；须先交回或登记遗失。",
        all.get(all.size() - 1).message(Messages.ZH_CN));
    for (Notice notice : List.of(
        Notice.to(Department.ENGINEERING, "MI_PRE_INSPECTION", Clause.of("MI-1.1"), "MI-1", "1203, 1204"),
        Notice.to(Department.ADMINISTRATION, "MI_FEE_NOTICE", Clause.of("MI-2.2"), "MI-1", "5012.50", "MA-2026-1"),
        Notice.to(Department.ENGINEERING, "MI_RECTIFICATION_ITEMS", Clause.of("MI-4.5"), "MI-1", "2", "1203"),
        Notice.to(Department.ENGINEERING, "MI_METER_READING_TO_RECORD", Clause.of("MI-4.4"), "MI-1", "E-1203", "1520.50"),
        Notice.to(Department.SERVICE, "MO_METER_READING_COPY", Clause.of("MO-2.2"), "MO-1", "E-1203", "2890.00"))) {
      assertTrue(notice.message(Messages.ZH_CN).codePoints().anyMatch(MessagesTest::isHan), notice.code());
      assertFalse(notice.message(Messages.EN).codePoints().anyMatch(MessagesTest::isHan), notice.code());
      assertFalse(notice.message(Messages.EN).contains("{"), notice.code());
    }
  }

  @Test
  @DisplayName("GS-1 a German server still answers a Chinese clerk in Chinese (no fallback to the JVM's locale)")
  void no_fallback_to_default_locale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("营运招商部", Messages.label(Department.OPERATIONS, Messages.ZH_CN));
      assertEquals("Operations & Leasing", Messages.label(Department.OPERATIONS, Messages.EN));
      assertEquals("Operations & Leasing", Messages.label(Department.OPERATIONS, Locale.GERMAN), "unknown languages get English");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Properties load(String pkg, String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/io/bizcenter/core/" + pkg + "/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
