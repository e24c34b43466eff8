package io.bizcenter.testkit;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
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
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.RectificationItem;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.core.tenancy.TenancyPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of tenancy commands (move-in, the lease watch, move-out): plain functions of a {@link RandomGenerator}.
 * The {@code ...For} functions make a well-formed command asking for one action, its data drawn mostly to fit the case as
 * it stands (the open rectification item, the confirmed reading, the acceptance record) and sometimes not, so that the
 * procedure's rules are seen both passing and refusing; the {@code arbitrary...} functions make anything a front end
 * could send, nulls and hostile text included.
 */
public final class TenancyCommands {
  public static final List<String> ELEVATORS = List.of("F1", "F2");
  public static final List<String> EQUIPMENT = List.of("空调", "窗帘", "门禁卡读卡器", "灯具 ×6");
  public static final String METER = "E-1";

  private TenancyCommands() {}

  /** A well-formed move-in command for any action: on one of {@code known} (now and then an id nobody issued), or a new notice. */
  public static MoveInCommand wellFormedMoveIn(RandomGenerator random, CenterId center, List<MoveInId> known, List<RoomId> rooms,
      List<TenantId> tenants, Instant now, StaffId renovationManager) {
    // the import is a batch's, not a clerk's: drawn from the clerk's actions only
    MoveInAction action = pick(random, Arrays.copyOf(MoveInAction.values(), MoveInAction.IMPORT_TENANCY.ordinal()));
    MoveInId on = known.isEmpty() || random.nextInt(20) == 0 ? MoveInId.of("unknown-" + random.nextInt(50)) : known.get(random.nextInt(known.size()));
    return moveInFor(random, center, on, action, rooms, tenants, now, null, renovationManager);
  }

  /**
   * A well-formed move-in command asking for {@code action}, on {@code on} (ignored for a notice); {@code current} (may be
   * null) is the case as it stands, from which the data are drawn most of the time.
   */
  public static MoveInCommand moveInFor(RandomGenerator random, CenterId center, MoveInId on, MoveInAction action, List<RoomId> rooms,
      List<TenantId> tenants, Instant now, MoveIn current, StaffId renovationManager) {
    return moveIn(random, center, on, action, rooms, tenants, now, current, renovationManager, random.nextInt(6) != 0);
  }

  /** As {@link #moveInFor}, its data always drawn to fit {@code current}: for walking a move-in along its main line. */
  public static MoveInCommand fittingMoveInFor(RandomGenerator random, CenterId center, MoveInId on, MoveInAction action, List<RoomId> rooms,
      List<TenantId> tenants, Instant now, MoveIn current, StaffId renovationManager) {
    return moveIn(random, center, on, action, rooms, tenants, now, current, renovationManager, true);
  }

  private static MoveInCommand moveIn(RandomGenerator random, CenterId center, MoveInId on, MoveInAction action, List<RoomId> rooms,
      List<TenantId> tenants, Instant now, MoveIn current, StaffId renovationManager, boolean fit) {
    CommandId id = commandId(random);
    return switch (action) {
      case RECEIVE_MOVE_IN_NOTICE -> {
        List<RoomId> units = new ArrayList<>(List.of(rooms.get(random.nextInt(rooms.size()))));
        if (random.nextInt(4) == 0) {
          RoomId second = rooms.get(random.nextInt(rooms.size()));
          if (!units.contains(second)) {
            units.add(second);
          }
        }
        LocalDate start = now.atOffset(ZoneOffset.ofHours(8)).toLocalDate().minusDays(random.nextInt(30));
        LocalDate expiry = start.plusMonths(6 + random.nextInt(30)).minusDays(1);
        if (random.nextBoolean()) {
          expiry = expiry.withDayOfMonth(expiry.lengthOfMonth());
        }
        yield new MoveInCommand.ReceiveMoveInNotice(id, center, tenants.get(random.nextInt(tenants.size())), Texts.plain(random, 100), units, start,
            expiry, "N-" + random.nextInt(10_000));
      }
      case PREPARE_FORMS -> new MoveInCommand.PrepareForms(id, center, on);
      case VERIFY_IDENTITY -> new MoveInCommand.VerifyIdentity(id, center, on, new IdentityDocument(pick(random, IdentityDocumentKind.values()),
          IdentityNumber.of("3101011990" + (10_000_000 + random.nextInt(89_999_999))), PersonName.of(pick(random, "王小明", "李华", "Anna Schmidt")),
          fit));
      case SEND_FEE_NOTICE -> {
        List<FeeLine> lines = new ArrayList<>();
        for (ChargeItem item : ChargeItem.values()) {
          if (lines.isEmpty() || random.nextBoolean()) {
            lines.add(new FeeLine(item, BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(3))));
          }
        }
        yield new MoveInCommand.SendFeeNotice(id, center, on, lines);
      }
      case SIGN_MANAGEMENT_AGREEMENT -> new MoveInCommand.SignManagementAgreement(id, center, on,
          fit ? TenancyPolicy.DEFAULT_AGREEMENT_TEMPLATE : "MA-2019-" + random.nextInt(9), "MA-" + random.nextInt(10_000),
          PersonName.of(pick(random, "王小明", "李华")));
      case DELIVER_HANDBOOK_AND_GUIDE -> new MoveInCommand.DeliverHandbookAndGuide(id, center, on, PersonName.of(pick(random, "王小明", "李华")));
      case INSPECT_UNIT -> new MoveInCommand.InspectUnit(id, center, on, random.nextBoolean() ? null : Texts.plain(random, 100));
      case ACCEPT_EQUIPMENT -> {
        List<String> equipment = EQUIPMENT.stream().filter(e -> random.nextInt(3) != 0).toList();
        List<String> comments = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; i > 0; i--) {
          comments.add(Texts.plain(random, 200));
        }
        yield new MoveInCommand.AcceptEquipment(id, center, on, equipment.isEmpty() ? List.of(EQUIPMENT.get(0)) : equipment, comments);
      }
      case SIGN_KEY_HANDOVER_FORM -> new MoveInCommand.SignKeyHandoverForm(id, center, on);
      case CONFIRM_METER_READING -> new MoveInCommand.ConfirmMeterReading(id, center, on, METER, reading(random));
      case RECORD_METER_READING -> {
        boolean same = fit && current != null && current.confirmedReading().isPresent();
        yield new MoveInCommand.RecordMeterReading(id, center, on, METER, same ? current.confirmedReading().get().reading() : reading(random));
      }
      case CLOSE_RECTIFICATION_ITEM -> {
        List<RectificationItem> open = current == null ? List.of() : current.openItems();
        String item = fit && !open.isEmpty() ? open.get(random.nextInt(open.size())).id() : "R" + (1 + random.nextInt(4));
        yield new MoveInCommand.CloseRectificationItem(id, center, on, item, Texts.plain(random, 200));
      }
      case INTRODUCE_CONTACTS, INTRODUCE_SERVICES, INTRODUCE_SURROUNDINGS -> {
        List<OrientationItem> ofStep = Arrays.stream(OrientationItem.values()).filter(i -> i.action() == action).toList();
        List<OrientationItem> left = current == null ? ofStep : ofStep.stream().filter(i -> !current.introduced(i)).toList();
        List<OrientationItem> from = fit && !left.isEmpty() ? left : ofStep;
        yield new MoveInCommand.Introduce(id, center, on, from.get(random.nextInt(from.size())), random.nextBoolean() ? null : Texts.plain(random, 100));
      }
      case ANSWER_QUESTION -> new MoveInCommand.AnswerQuestion(id, center, on, Texts.plain(random, 200), Texts.plain(random, 200));
      case BOOK_MOVE -> {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Instant start = fit ? hour.plus(Duration.ofHours(1 + random.nextInt(24 * 5))) : hour.minus(Duration.ofHours(random.nextInt(48)));
        yield new MoveInCommand.BookMove(id, center, on, pick(random, ELEVATORS.toArray(String[]::new)), start,
            start.plus(Duration.ofMinutes(30L * (1 + random.nextInt(8)))));
      }
      case INTRODUCE_RENOVATION_MANAGER -> new MoveInCommand.IntroduceRenovationManager(id, center, on, "RA-" + random.nextInt(1000),
          renovationManager);
      case HOLD_FIRST_RENOVATION_MEETING -> new MoveInCommand.HoldFirstRenovationMeeting(id, center, on,
          random.nextBoolean() ? null : Texts.plain(random, 100));
      case FILE_DOCUMENT -> {
        List<ClientDocument> byHand = Arrays.stream(ClientDocument.values()).filter(k -> !k.filedByItsStep()).toList();
        List<ClientDocument> missing = current == null ? List.of()
            : current.clientFile().missing(TenancyPolicy.defaults().requiredDocuments()).stream().filter(byHand::contains).toList();
        List<ClientDocument> from = fit && !missing.isEmpty() ? missing : byHand;
        yield new MoveInCommand.FileDocument(id, center, on, from.get(random.nextInt(from.size())), "ARC-" + random.nextInt(1000));
      }
      case RECORD_CLIENT_CONTACTS -> new MoveInCommand.RecordClientContacts(id, center, on,
          List.of(ClientContact.of(pick(random, "王小明", "李华"), "139" + (10_000_000 + random.nextInt(89_999_999)), "行政")));
      case COMPLETE -> new MoveInCommand.CompleteMoveIn(id, center, on);
      case WITHDRAW -> new MoveInCommand.WithdrawMoveIn(id, center, on, Texts.plain(random, 100));
      case IMPORT_TENANCY -> {
        LocalDate start = now.atOffset(ZoneOffset.ofHours(8)).toLocalDate().minusMonths(1 + random.nextInt(24));
        yield new MoveInCommand.ImportTenancy(id, center, tenants.get(random.nextInt(tenants.size())), pick(random, "上海某某贸易有限公司", "ACME Ltd."),
            List.of(rooms.get(random.nextInt(rooms.size()))), start, start.plusYears(1 + random.nextInt(3)).minusDays(1),
            List.of(ClientContact.of(pick(random, "王小明", "李华"), "139" + (10_000_000 + random.nextInt(89_999_999)), "行政")),
            new ImportSource("batch-" + random.nextInt(5), "tenancies", 1 + random.nextInt(100), "generated"));
      }
    };
  }

  /** A well-formed lease watch command asking for {@code action}, on {@code on}, or watching {@code moveIn}. */
  public static RenewalVisitCommand leaseFor(RandomGenerator random, CenterId center, RenewalVisitId on, RenewalVisitAction action, MoveInId moveIn,
      RenewalVisit current) {
    CommandId id = commandId(random);
    String note = random.nextBoolean() ? null : Texts.plain(random, 100);
    return switch (action) {
      case WATCH_LEASE -> new RenewalVisitCommand.WatchLease(id, center, moveIn);
      case RECORD_UNDECIDED -> new RenewalVisitCommand.RecordIntent(id, center, on, ClientIntent.UNDECIDED, note);
      case RECORD_RENEWAL -> new RenewalVisitCommand.RecordIntent(id, center, on, ClientIntent.RENEW, note);
      case RECORD_DEPARTURE -> new RenewalVisitCommand.RecordIntent(id, center, on, ClientIntent.LEAVE, note);
      case RECORD_NEW_TERM -> {
        LocalDate base = current == null ? LocalDate.of(2028, 4, 30) : current.leaseExpiry();
        boolean later = random.nextInt(6) != 0;
        yield new RenewalVisitCommand.RecordNewTerm(id, center, on, later ? base.plusYears(1 + random.nextInt(3)) : base.minusDays(random.nextInt(40)),
            "C-" + random.nextInt(1000));
      }
      // the desk takes these when a move-out is called off or vacated; sent directly, they name some move-out
      case RESUME_WATCH -> new RenewalVisitCommand.ResumeWatch(id, center, on, MoveOutId.of("MO-" + random.nextInt(1000)));
      case END_WATCH -> new RenewalVisitCommand.EndWatch(id, center, on, MoveOutId.of("MO-" + random.nextInt(1000)));
    };
  }

  /** A well-formed move-out command asking for {@code action}, on {@code on}, or opening one for {@code moveIn}. */
  public static MoveOutCommand moveOutFor(RandomGenerator random, CenterId center, MoveOutId on, MoveOutAction action, MoveInId moveIn, MoveOut current,
      StaffId engineer) {
    CommandId id = commandId(random);
    boolean fit = random.nextInt(6) != 0;
    return switch (action) {
      case OPEN_MOVE_OUT -> new MoveOutCommand.OpenMoveOut(id, center, moveIn, random.nextBoolean() ? null : Texts.plain(random, 100));
      case TAKE_JOINT_INVENTORY -> {
        List<String> record = current == null ? EQUIPMENT : current.acceptanceRecord();
        List<InventoryLine> lines = new ArrayList<>();
        for (String item : record) {
          if (fit || random.nextInt(3) != 0) {
            lines.add(new InventoryLine(item, pick(random, ItemCondition.INTACT, ItemCondition.INTACT, ItemCondition.DAMAGED, ItemCondition.MISSING),
                random.nextBoolean() ? null : Texts.plain(random, 100)));
          }
        }
        if (!fit && random.nextBoolean()) {
          lines.add(new InventoryLine("冰箱", ItemCondition.INTACT, null));
        }
        yield new MoveOutCommand.TakeJointInventory(id, center, on, engineer, lines);
      }
      case RECORD_METER_READING -> new MoveOutCommand.RecordMeterReading(id, center, on, METER, reading(random));
      case ASSESS_DAMAGE -> {
        List<String> damaged = current == null ? List.of() : current.damagedItems();
        List<Compensation> charges = new ArrayList<>();
        for (String item : fit ? damaged : EQUIPMENT.subList(0, 1 + random.nextInt(EQUIPMENT.size()))) {
          charges.add(new Compensation(item, Money.yuan(BigDecimal.valueOf(random.nextInt(500_000), 2).toPlainString())));
        }
        yield new MoveOutCommand.AssessDamage(id, center, on, charges);
      }
      case VACATE -> new MoveOutCommand.Vacate(id, center, on);
      case ARCHIVE_CLIENT_FILE -> new MoveOutCommand.ArchiveClientFile(id, center, on, "ARC-" + random.nextInt(1000));
      case UPDATE_DIRECTORY_AND_NAMEPLATE -> new MoveOutCommand.UpdateDirectoryAndNameplate(id, center, on,
          random.nextBoolean() ? null : Texts.plain(random, 100));
      case CALL_OFF -> new MoveOutCommand.CallOff(id, center, on, pick(random, "客户决定续租", "公司搬迁计划取消"));
    };
  }

  /** Any move-in command at all: null fields, hostile or oversized text, any center, unknown ids. */
  public static MoveInCommand arbitraryMoveIn(RandomGenerator random, List<CenterId> centers, List<MoveInId> known) {
    CommandId id = arbitraryCommandId(random);
    CenterId center = random.nextInt(20) == 0 ? null : centers.get(random.nextInt(centers.size()));
    MoveInId on = random.nextInt(10) == 0 || known.isEmpty()
        ? (random.nextInt(3) == 0 ? null : MoveInId.of(Texts.any(random, 80)))
        : known.get(random.nextInt(known.size()));
    return switch (random.nextInt(12)) {
      case 0 -> new MoveInCommand.ReceiveMoveInNotice(id, center, random.nextInt(5) == 0 ? null : TenantId.of(Texts.any(random, 70)),
          Texts.any(random, 120), random.nextInt(5) == 0 ? null : List.of(RoomId.of(Texts.any(random, 40))), arbitraryDate(random),
          arbitraryDate(random), Texts.any(random, 70));
      case 1 -> new MoveInCommand.VerifyIdentity(id, center, on, random.nextInt(5) == 0 ? null : new IdentityDocument(
          random.nextInt(5) == 0 ? null : pick(random, IdentityDocumentKind.values()), IdentityNumber.of(Texts.any(random, 40)),
          PersonName.of(Texts.any(random, 60)), random.nextBoolean()));
      case 2 -> new MoveInCommand.SendFeeNotice(id, center, on, random.nextInt(5) == 0 ? null
          : List.of(new FeeLine(random.nextInt(5) == 0 ? null : pick(random, ChargeItem.values()), arbitraryDecimal(random))));
      case 3 -> new MoveInCommand.SignManagementAgreement(id, center, on, Texts.any(random, 70), Texts.any(random, 70),
          random.nextInt(5) == 0 ? null : PersonName.of(Texts.any(random, 60)));
      case 4 -> new MoveInCommand.AcceptEquipment(id, center, on, random.nextInt(5) == 0 ? null : Arrays.asList(Texts.any(random, 110)),
          random.nextInt(5) == 0 ? null : Arrays.asList(Texts.any(random, 1100)));
      case 5 -> new MoveInCommand.RecordMeterReading(id, center, on, Texts.any(random, 70), arbitraryDecimal(random));
      case 6 -> new MoveInCommand.CloseRectificationItem(id, center, on, Texts.any(random, 20), Texts.any(random, 1100));
      case 7 -> new MoveInCommand.Introduce(id, center, on, random.nextInt(5) == 0 ? null : pick(random, OrientationItem.values()),
          Texts.any(random, 1100));
      case 8 -> new MoveInCommand.BookMove(id, center, on, Texts.any(random, 40), arbitraryInstant(random), arbitraryInstant(random));
      case 9 -> new MoveInCommand.FileDocument(id, center, on, random.nextInt(5) == 0 ? null : pick(random, ClientDocument.values()),
          Texts.any(random, 70));
      case 10 -> new MoveInCommand.RecordClientContacts(id, center, on, random.nextInt(5) == 0 ? null : Arrays.asList(
          random.nextInt(5) == 0 ? null : new ClientContact(PersonName.of(Texts.any(random, 60)), PhoneNumber.of(Texts.any(random, 25)),
              Texts.any(random, 110))));
      default -> new MoveInCommand.IntroduceRenovationManager(id, center, on, Texts.any(random, 70),
          random.nextInt(5) == 0 ? null : StaffId.of(Texts.any(random, 70)));
    };
  }

  /** Any lease watch command at all. */
  public static RenewalVisitCommand arbitraryLease(RandomGenerator random, List<CenterId> centers, List<RenewalVisitId> known) {
    CommandId id = arbitraryCommandId(random);
    CenterId center = random.nextInt(20) == 0 ? null : centers.get(random.nextInt(centers.size()));
    RenewalVisitId on = random.nextInt(10) == 0 || known.isEmpty()
        ? (random.nextInt(3) == 0 ? null : RenewalVisitId.of(Texts.any(random, 80)))
        : known.get(random.nextInt(known.size()));
    return switch (random.nextInt(3)) {
      case 0 -> new RenewalVisitCommand.WatchLease(id, center, random.nextInt(3) == 0 ? null : MoveInId.of(Texts.any(random, 80)));
      case 1 -> new RenewalVisitCommand.RecordIntent(id, center, on, random.nextInt(5) == 0 ? null : pick(random, ClientIntent.values()),
          Texts.any(random, 1100));
      default -> new RenewalVisitCommand.RecordNewTerm(id, center, on, arbitraryDate(random), Texts.any(random, 70));
    };
  }

  /** Any move-out command at all. */
  public static MoveOutCommand arbitraryMoveOut(RandomGenerator random, List<CenterId> centers, List<MoveOutId> known) {
    CommandId id = arbitraryCommandId(random);
    CenterId center = random.nextInt(20) == 0 ? null : centers.get(random.nextInt(centers.size()));
    MoveOutId on = random.nextInt(10) == 0 || known.isEmpty()
        ? (random.nextInt(3) == 0 ? null : MoveOutId.of(Texts.any(random, 80)))
        : known.get(random.nextInt(known.size()));
    return switch (random.nextInt(5)) {
      case 0 -> new MoveOutCommand.OpenMoveOut(id, center, random.nextInt(3) == 0 ? null : MoveInId.of(Texts.any(random, 80)),
          Texts.any(random, 1100));
      case 1 -> new MoveOutCommand.TakeJointInventory(id, center, on, random.nextInt(5) == 0 ? null : StaffId.of(Texts.any(random, 70)),
          random.nextInt(5) == 0 ? null : Arrays.asList(random.nextInt(5) == 0 ? null
              : new InventoryLine(Texts.any(random, 110), random.nextInt(5) == 0 ? null : pick(random, ItemCondition.values()), Texts.any(random, 50))));
      case 2 -> new MoveOutCommand.RecordMeterReading(id, center, on, Texts.any(random, 70), arbitraryDecimal(random));
      case 3 -> new MoveOutCommand.AssessDamage(id, center, on, random.nextInt(5) == 0 ? null : Arrays.asList(random.nextInt(5) == 0 ? null
          : new Compensation(Texts.any(random, 110), random.nextInt(5) == 0 ? null
              : new Money(java.util.Objects.requireNonNullElse(arbitraryDecimal(random), BigDecimal.ONE)))));
      default -> new MoveOutCommand.ArchiveClientFile(id, center, on, Texts.any(random, 70));
    };
  }

  private static BigDecimal reading(RandomGenerator random) {
    return BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(3));
  }

  private static BigDecimal arbitraryDecimal(RandomGenerator random) {
    return switch (random.nextInt(6)) {
      case 0 -> null;
      case 1 -> new BigDecimal("-" + random.nextInt(1000));
      case 2 -> new BigDecimal("1E+12");
      case 3 -> BigDecimal.valueOf(random.nextLong(), 7);
      default -> BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3));
    };
  }

  private static LocalDate arbitraryDate(RandomGenerator random) {
    return random.nextInt(8) == 0 ? null : LocalDate.ofEpochDay(random.nextInt(200_000) - 50_000);
  }

  private static Instant arbitraryInstant(RandomGenerator random) {
    return random.nextInt(8) == 0 ? null : Instant.ofEpochSecond(random.nextLong(-10_000_000_000L, 10_000_000_000L), random.nextInt(3) == 0 ? 5 : 0);
  }

  private static CommandId arbitraryCommandId(RandomGenerator random) {
    return random.nextInt(20) == 0 ? null : new CommandId(random.nextInt(20) == 0 ? Texts.any(random, 120) : "cmd-" + random.nextLong());
  }

  private static CommandId commandId(RandomGenerator random) {
    return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
  }

  @SafeVarargs
  private static <T> T pick(RandomGenerator random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
