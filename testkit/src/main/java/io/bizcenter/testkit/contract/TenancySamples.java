package io.bizcenter.testkit.contract;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ChargedLine;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.ClientQuestion;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.ElevatorBooking;
import io.bizcenter.core.tenancy.FeeNotice;
import io.bizcenter.core.tenancy.FiledDocument;
import io.bizcenter.core.tenancy.HeldKey;
import io.bizcenter.core.tenancy.IdentityCheck;
import io.bizcenter.core.tenancy.IdentityDocument;
import io.bizcenter.core.tenancy.IdentityDocumentKind;
import io.bizcenter.core.tenancy.Introduction;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.ItemCondition;
import io.bizcenter.core.tenancy.KeyCompensation;
import io.bizcenter.core.tenancy.KeyHandover;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.ManagementAgreement;
import io.bizcenter.core.tenancy.MeterReading;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.RectificationItem;
import io.bizcenter.core.tenancy.Renovation;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.VisitNote;
import io.bizcenter.core.kernel.Department;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The tenancy suites' test data: move-ins, lease watches and move-outs with every part of their documents filled
 * (personal data, exact CNY, decimals, dates, optional parts present and absent), at whole-second instants.
 */
final class TenancySamples {
  static final TenantId ACME = TenantId.of("T-acme");
  static final TenantId BETA = TenantId.of("T-beta");
  static final RoomId ROOM_1203 = RoomId.of("1203");
  static final RoomId ROOM_1204 = RoomId.of("1204");
  static final String ELEVATOR = "F1";

  private TenancySamples() {}

  /** A move-in complete on the move path, every part filled: what an adapter must read back equal. */
  static MoveIn moveIn(CenterId center, String id, long version, Instant openedAt) {
    return moveIn(center, id, version, openedAt, ACME, List.of(ROOM_1203, ROOM_1204), MoveInState.COMPLETED,
        Optional.of(new ElevatorBooking(ELEVATOR, openedAt.plus(Duration.ofDays(10)), openedAt.plus(Duration.ofDays(10)).plus(Duration.ofHours(3)))));
  }

  static MoveIn moveIn(CenterId center, String id, long version, Instant at, TenantId tenant, List<RoomId> units, MoveInState state,
      Optional<ElevatorBooking> move) {
    StaffId clerk = StaffId.of("sv-clk-1");
    MoveIn.Builder m = MoveIn.builder();
    m.id(MoveInId.of(id))
        .center(center)
        .version(version)
        .state(state)
        .stateEnteredAt(at.plus(Duration.ofDays(12)))
        .policy(Samples.POLICY)
        .tenant(tenant)
        .company("上海某某贸易有限公司")
        .addAllUnits(units)
        .leaseStart(LocalDate.of(2024, 5, 1))
        .leaseExpiry(LocalDate.of(2028, 2, 29))
        .noticeReference("行政-2024-031")
        .receivedAt(at)
        .receivedBy(clerk)
        .formsPreparedAt(at.plusSeconds(60))
        .identity(new IdentityCheck(new IdentityDocument(IdentityDocumentKind.RESIDENT_ID_CARD, IdentityNumber.of("310101199001011234"),
            PersonName.of("欧阳娜娜"), true), at.plusSeconds(120), clerk))
        .feeNotice(new FeeNotice(List.of(new ChargedLine(ChargeItem.MANAGEMENT_FEE, new BigDecimal("361.50"), Money.yuan("25.00"),
            Money.yuan("9037.50")), new ChargedLine(ChargeItem.UTILITY_DEPOSIT, new BigDecimal("1.00"), Money.yuan("2000.00"), Money.yuan("2000.00"))),
            Money.yuan("11037.50"), "MA-2026-1", at.plusSeconds(180)))
        .agreement(new ManagementAgreement("MA-2026-1", "MA-1203-01", PersonName.of("欧阳娜娜"), at.plusSeconds(240)))
        .handbookReceivedBy(PersonName.of("欧阳娜娜"))
        .inspectedAt(at.plusSeconds(300))
        .addAllEquipment(List.of("空调 ×2", "窗帘"))
        .addAllRectificationItems(List.of(
            new RectificationItem("R1", "窗帘轨道松动", at.plusSeconds(360), Optional.of("已修复"), Optional.of(at.plusSeconds(9000)),
                Optional.of(StaffId.of("en-stf-1"))),
            new RectificationItem("R2", "墙面裂缝 / crack", at.plusSeconds(360), Optional.empty(), Optional.empty(), Optional.empty())))
        .keyHandover(new KeyHandover(List.of(new HeldKey("K-7", ROOM_1203, KeyKind.DOOR), new HeldKey("K-8", ROOM_1204, KeyKind.FURNITURE)),
            at.plusSeconds(420)))
        .confirmedReading(new MeterReading("E-1203", new BigDecimal("1520.50"), at.plusSeconds(480), clerk))
        .recordedReading(new MeterReading("E-1203", new BigDecimal("1520.50"), at.plusSeconds(540), StaffId.of("en-stf-1")))
        .addAllOrientation(List.of(new Introduction(OrientationItem.DEPARTMENT_HEADS_AND_CONTACT_CARD, Optional.of("联系卡已递送"),
            at.plusSeconds(600), clerk), new Introduction(OrientationItem.FIRE_SAFETY, Optional.empty(), at.plusSeconds(660), clerk)))
        .addAllQuestions(List.of(new ClientQuestion("空调几点开？", "8:00-18:00", at.plusSeconds(700), clerk)))
        .move(move)
        .renovation(Optional.of(new Renovation("RA-7", StaffId.of("en-rm-1"), at.plusSeconds(720), Optional.empty(), Optional.empty())))
        .addAllDocuments(List.of(new FiledDocument(ClientDocument.MANAGEMENT_AGREEMENT, "MA-1203-01", at.plusSeconds(240), clerk),
            new FiledDocument(ClientDocument.LEASE_COPY, "ARC-A-1", at.plusSeconds(800), clerk)))
        .addAllContacts(List.of(ClientContact.of("欧阳娜娜", "13912345678", "行政经理")))
        .completedAt(at.plus(Duration.ofDays(12)));
    return m.build();
  }

  /** A lease watch visited once and renewed once. */
  static RenewalVisit lease(CenterId center, String id, long version, Instant openedAt) {
    return lease(center, id, version, openedAt, ACME, MoveInId.of("mi-1"), RenewalVisitState.VISITED);
  }

  static RenewalVisit lease(CenterId center, String id, long version, Instant at, TenantId tenant, MoveInId moveIn, RenewalVisitState state) {
    RenewalVisit.Builder l = RenewalVisit.builder();
    l.id(RenewalVisitId.of(id))
        .center(center)
        .version(version)
        .state(state)
        .stateEnteredAt(at)
        .policy(Samples.POLICY)
        .moveIn(moveIn)
        .tenant(tenant)
        .company("ACME (Shanghai) Ltd.")
        .addAllUnits(List.of(ROOM_1203))
        .leaseExpiry(LocalDate.of(2030, 4, 30))
        .term(2)
        .visitDue(LocalDate.of(2030, 2, 28))
        .addAllVisits(List.of(new VisitNote(ClientIntent.UNDECIDED, Optional.of("再考虑"), at, StaffId.of("sv-clk-1")),
            new VisitNote(ClientIntent.RENEW, Optional.empty(), at.plusSeconds(60), StaffId.of("sv-clk-1"))));
    return l.build();
  }

  /** A move-out vacated with damage and a lost key: every part of its statement filled. */
  static MoveOut moveOut(CenterId center, String id, long version, Instant openedAt) {
    return moveOut(center, id, version, openedAt, ACME, MoveInId.of("mi-1"), MoveOutState.VACATED);
  }

  static MoveOut moveOut(CenterId center, String id, long version, Instant at, TenantId tenant, MoveInId moveIn, MoveOutState state) {
    MoveOut.Builder o = MoveOut.builder();
    o.id(MoveOutId.of(id))
        .center(center)
        .version(version)
        .state(state)
        .stateEnteredAt(at.plusSeconds(600))
        .policy(Samples.POLICY)
        .moveIn(moveIn)
        .tenant(tenant)
        .company("上海某某贸易有限公司")
        .addAllUnits(List.of(ROOM_1203))
        .addAllAcceptanceRecord(List.of("空调 ×2", "窗帘"))
        .leaseExpiry(LocalDate.of(2028, 4, 30))
        .openedAt(at)
        .openedBy(StaffId.of("sv-clk-1"))
        .reason(Optional.of("续租未成"))
        .addAllInventory(List.of(new InventoryLine("空调 ×2", ItemCondition.DAMAGED, "外机损坏"), new InventoryLine("窗帘", ItemCondition.INTACT, null)))
        .inventoriedWith(StaffId.of("en-stf-1"))
        .meterReading(new MeterReading("E-1203", new BigDecimal("2890.00"), at.plusSeconds(120), StaffId.of("en-stf-1")))
        .addAllReadingCopies(List.of(Department.ENGINEERING, Department.SERVICE))
        .addAllCompensations(List.of(new Compensation("空调 ×2", Money.yuan("800.00"))))
        .addAllLostKeys(List.of(new KeyCompensation("K-8", ROOM_1203, KeyKind.DOOR, Money.yuan("200.00"))))
        .vacatedAt(at.plusSeconds(600));
    return o.build();
  }
}
