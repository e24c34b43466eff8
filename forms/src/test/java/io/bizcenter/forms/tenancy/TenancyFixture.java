package io.bizcenter.forms.tenancy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.ClientDocument;
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
import io.bizcenter.core.tenancy.TenancyDesk;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.core.tenancy.TenantDirectory;
import io.bizcenter.forms.Run;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One business center on the in-memory adapter running tenant move-in and move-out (MI, MO) for real, through the
 * tenancy desk and the key register, as testkit's tenancy fixture does: a manual clock from Monday 2 March 2026, 09:00
 * in Shanghai, five minutes between steps, sequential ids ({@code T-1}, ...), each step by the department the source
 * names. Its runs stop where each form can be printed; {@code company} and the client's name are the caller's, so a
 * hostile one can be printed too.
 */
public final class TenancyFixture {
  public static final CenterId TOWER = CenterId.of("zz-tower");
  static final Instant START = local("2026-03-02T09:00");
  static final TenantId ACME = TenantId.of("T-acme");
  static final TenantId BETA = TenantId.of("T-beta");
  static final RoomId ROOM_1203 = RoomId.of("1203");
  static final RoomId ROOM_1204 = RoomId.of("1204");
  static final RoomId ROOM_1501 = RoomId.of("1501");
  public static final String COMPANY = "上海某某贸易有限公司";
  static final String OTHER_COMPANY = "北京某某科技有限公司";
  static final LocalDate LEASE_START = LocalDate.of(2026, 3, 1);
  static final LocalDate LEASE_EXPIRY = LocalDate.of(2028, 4, 30);
  static final List<String> EQUIPMENT = List.of("空调 ×2", "窗帘", "门禁卡读卡器");
  static final List<String> COMMENTS = List.of("窗帘轨道松动", "北侧墙面有裂缝");
  static final String ID_NUMBER = "310101199001011234";
  static final String CONTACT_PHONE = "13912345678";

  final Actor serviceClerk = Actors.of("sv-clk-1", Role.STAFF, Department.SERVICE, TOWER);
  final Actor managementOffice = Actors.of("mo-clk-1", Role.STAFF, Department.MANAGEMENT_OFFICE, TOWER);
  final Actor engineer = Actors.of("en-stf-1", Role.STAFF, Department.ENGINEERING, TOWER);
  /** Keeps the key register (KY): cuts the tenant's keys and takes them back. */
  final Actor keyDesk = Actors.of("bc-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);

  /** The policy in force; a run may put a new Management Agreement template in force halfway (MI-3.1). */
  private final AtomicReference<TenancyPolicy> policy = new AtomicReference<>(TenancyPolicy.defaults());
  final ManualClock clock = new ManualClock(START);
  final BusinessCenter center = BusinessCenter.builder()
      .storage(new InMemoryStorage())
      .notifier(new RecordingNotifier())
      .ids(new SequentialIds("T")::next)
      .clock(clock)
      .tenancyPolicies(c -> policy.get())
      .build();
  private final String company;
  private final AtomicInteger commands = new AtomicInteger();

  public TenancyFixture() {
    this(COMPANY);
  }

  /** A center whose first tenant's company is {@code company}, as Administration's notice names it. */
  public TenancyFixture(String company) {
    this.company = company;
  }

  static Instant local(String dateTime) {
    return OffsetDateTime.parse(dateTime + "+08:00").toInstant();
  }

  TenancyDesk desk() {
    return center.tenancy();
  }

  // ---- the runs the forms are printed from

  /** Administration's notice for units 1203 and 1204 received (MI-1.1): no form prepared yet. */
  public Run<MoveIn> noticed() {
    return run(notice(ACME, company, ROOM_1203, ROOM_1204).id());
  }

  /** A second tenant's notice, for unit 1501 (MI-1.1). */
  public Run<MoveIn> secondTenantNoticed() {
    return run(accepted(new MoveInCommand.ReceiveMoveInNotice(next(), TOWER, BETA, OTHER_COMPANY, List.of(ROOM_1501),
        LocalDate.of(2028, 5, 1), LocalDate.of(2030, 4, 30), "行政-2028-012"), serviceClerk).id());
  }

  /** The three forms prepared for the client (MI-1.2), nothing handed over yet. */
  public Run<MoveIn> prepared() {
    MoveIn m = notice(ACME, company, ROOM_1203, ROOM_1204);
    return run(accepted(new MoveInCommand.PrepareForms(next(), TOWER, m.id()), serviceClerk).id());
  }

  /**
   * The unit handed over to {@code client}, who showed the original of an identity card, signed the agreement and
   * wrote two rectification comments; keys cut and signed for, the initial reading confirmed (MI-1.2 to MI-4.4).
   */
  public Run<MoveIn> handedOver(String client) {
    return run(handOver(ACME, company, client, ROOM_1203, ROOM_1204).id());
  }

  /**
   * The move-in of {@code client}'s company completed: told everything (MI-5), its move booked on the freight elevator
   * (MI-6.1), the client file complete with {@code client} as contact (MI-6.3), the reading recorded and both comments
   * closed by Engineering (MI-4.4, MI-4.5).
   */
  public Run<MoveIn> movedIn(String client) {
    return run(complete(handOver(ACME, company, client, ROOM_1203, ROOM_1204), client).id());
  }

  /** Handed over, told everything, and a secondary renovation applied for: no move to register (MI-6.2). */
  public Run<MoveIn> renovating(String client) {
    MoveIn m = orientation(handOver(ACME, company, client, ROOM_1203, ROOM_1204));
    return run(accepted(new MoveInCommand.IntroduceRenovationManager(next(), TOWER, m.id(), "装修申请-2026-07",
        Actors.of("en-rm-1", Role.RENOVATION_MANAGER, Department.ENGINEERING, TOWER).staff()), serviceClerk).id());
  }

  /**
   * The fee notice sent under the Management Agreement template in force (MA-2026-1, MI-2.2); then the Management Office
   * and the developer put a new template in force, and the agreement is signed on it (MI-3.1).
   */
  public Run<MoveIn> signedOnANewTemplate(String client) {
    MoveIn m = notice(ACME, company, ROOM_1203);
    MoveInId id = m.id();
    accepted(new MoveInCommand.PrepareForms(next(), TOWER, id), serviceClerk);
    accepted(new MoveInCommand.VerifyIdentity(next(), TOWER, id, IdentityDocument.original(IdentityDocumentKind.PASSPORT, "E12345678",
        client)), serviceClerk);
    accepted(new MoveInCommand.SendFeeNotice(next(), TOWER, id, List.of(FeeLine.of(ChargeItem.MANAGEMENT_FEE, "100"))), serviceClerk);
    policy.set(policy.get().withAgreementTemplate(PolicyVersion.of("tenancy-2"), "MA-2026-2"));
    MoveInCommand sign = new MoveInCommand.SignManagementAgreement(next(), TOWER, id, "MA-2026-2", "MA-" + id.value(), PersonName.of(client));
    return run(accepted(sign, managementOffice).id());
  }

  /** The completed move-in above leaving two years on: the move-out opened (MO-1.1), nothing counted yet. */
  public Run<MoveOut> leaving(String client) {
    MoveIn m = complete(handOver(ACME, company, client, ROOM_1203, ROOM_1204), client);
    clock.set(local("2028-04-20T10:00"));
    return runOut(accepted(new MoveOutCommand.OpenMoveOut(next(), TOWER, m.id(), "租约到期退租"), serviceClerk).id());
  }

  /**
   * The client leaving: the joint inventory finds the air-conditioning damaged and the curtains missing (MO-2.1),
   * Engineering reads the meter in duplicate (MO-2.2) and assesses the damage (MO-2.3), every key comes back and the
   * unit is vacated (MO-3.3), and Service archives the client file (MO-3.1).
   */
  public Run<MoveOut> archived(String client) {
    MoveOutId id = leaving(client).kase().id();
    accepted(new MoveOutCommand.TakeJointInventory(next(), TOWER, id, engineer.staff(), List.of(
        new InventoryLine("空调 ×2", ItemCondition.DAMAGED, "一台外机损坏"),
        new InventoryLine("窗帘", ItemCondition.MISSING, null),
        new InventoryLine("门禁卡读卡器", ItemCondition.INTACT, null))), serviceClerk);
    accepted(new MoveOutCommand.RecordMeterReading(next(), TOWER, id, "E-1203", new BigDecimal("2890.25")), engineer);
    accepted(new MoveOutCommand.AssessDamage(next(), TOWER, id, List.of(new Compensation("空调 ×2", Money.yuan("800.00")),
        new Compensation("窗帘", Money.yuan("150.50")))), engineer);
    for (Key k : center.keys().stillHeldBy(TOWER, ACME)) {
      acceptedKey(new KeyCommand.ReturnKey(next(), TOWER, k.id()));
    }
    accepted(new MoveOutCommand.Vacate(next(), TOWER, id), serviceClerk);
    return runOut(accepted(new MoveOutCommand.ArchiveClientFile(next(), TOWER, id, "档案室-2028-042"), serviceClerk).id());
  }

  /**
   * The Tenant Directory of the tower (MO-3.2): {@code client}'s company in 1203 and 1204, leaving (its move-out open),
   * and a second tenant in 1501, on a lease from May 2028, that has just signed for its keys.
   */
  public TenantDirectory directory(String client) {
    leaving(client);
    keysHandedOver(secondTenantNoticed().kase(), "司马建国");
    return desk().directory(serviceClerk, TOWER).get();
  }

  /** MO-3.2: Service updates the directory and the nameplate; the move-out completes. */
  public Run<MoveOut> directoryUpdated(MoveOutId id) {
    return runOut(accepted(new MoveOutCommand.UpdateDirectoryAndNameplate(next(), TOWER, id, "铭牌已拆除"), serviceClerk).id());
  }

  public Instant now() {
    return clock.instant();
  }

  /** The move-in's run as it stands. */
  public Run<MoveIn> run(MoveInId id) {
    return new Run<>(desk().find(serviceClerk, TOWER, id).get(), desk().trail(serviceClerk, TOWER, id).get());
  }

  /** The move-out's run as it stands. */
  public Run<MoveOut> runOut(MoveOutId id) {
    return new Run<>(desk().find(serviceClerk, TOWER, id).get(), desk().trail(serviceClerk, TOWER, id).get());
  }

  /** The audit trails of a move-out and of the move-in it ends, one after the other. */
  public List<AuditEntry> trails(MoveOut out) {
    List<AuditEntry> both = new ArrayList<>(desk().trail(serviceClerk, TOWER, out.moveIn()).get());
    both.addAll(desk().trail(serviceClerk, TOWER, out.id()).get());
    return both;
  }

  // ---- the main line, each step by its department

  private MoveIn notice(TenantId tenant, String companyName, RoomId... units) {
    return accepted(new MoveInCommand.ReceiveMoveInNotice(next(), TOWER, tenant, companyName, List.of(units), LEASE_START, LEASE_EXPIRY,
        "行政-2026-031"), serviceClerk);
  }

  private MoveIn handOver(TenantId tenant, String companyName, String client, RoomId... units) {
    return keysHandedOver(notice(tenant, companyName, units), client);
  }

  /** From the notice to the confirmed initial reading (MI-1.2 to MI-4.4), {@code client} signing for the company. */
  private MoveIn keysHandedOver(MoveIn m, String client) {
    MoveInId id = m.id();
    accepted(new MoveInCommand.PrepareForms(next(), TOWER, id), serviceClerk);
    accepted(new MoveInCommand.VerifyIdentity(next(), TOWER, id, IdentityDocument.original(IdentityDocumentKind.RESIDENT_ID_CARD, ID_NUMBER,
        client)), serviceClerk);
    accepted(new MoveInCommand.SendFeeNotice(next(), TOWER, id, List.of(FeeLine.of(ChargeItem.MANAGEMENT_FEE, "361.50"),
        FeeLine.of(ChargeItem.MANAGEMENT_FEE_DEPOSIT, "120.50"), FeeLine.of(ChargeItem.UTILITY_DEPOSIT, "1"))), serviceClerk);
    accepted(new MoveInCommand.SignManagementAgreement(next(), TOWER, id, TenancyPolicy.DEFAULT_AGREEMENT_TEMPLATE, "MA-" + id.value(),
        PersonName.of(client)), managementOffice);
    accepted(new MoveInCommand.DeliverHandbookAndGuide(next(), TOWER, id, PersonName.of(client)), serviceClerk);
    accepted(new MoveInCommand.InspectUnit(next(), TOWER, id, "与客户一同验收"), serviceClerk);
    accepted(new MoveInCommand.AcceptEquipment(next(), TOWER, id, EQUIPMENT, COMMENTS), serviceClerk);
    for (RoomId unit : m.units()) {
      acceptedKey(new KeyCommand.RegisterBackup(next(), TOWER, Lock.officeDoor(unit)));
      acceptedKey(new KeyCommand.CutKey(next(), TOWER, Lock.officeDoor(unit), Holder.tenant(m.tenant())));
    }
    accepted(new MoveInCommand.SignKeyHandoverForm(next(), TOWER, id), serviceClerk);
    return accepted(new MoveInCommand.ConfirmMeterReading(next(), TOWER, id, "E-1203", new BigDecimal("1520.50")), serviceClerk);
  }

  /** MI-5.1 to MI-5.3: every orientation item introduced. */
  private MoveIn orientation(MoveIn m) {
    MoveIn current = m;
    for (OrientationItem item : OrientationItem.values()) {
      current = accepted(new MoveInCommand.Introduce(next(), TOWER, m.id(), item, null), serviceClerk);
    }
    return current;
  }

  /** MI-5 to MI-6.3: told everything, the move booked, the file complete, Engineering's work done, completed. */
  private MoveIn complete(MoveIn m, String client) {
    MoveInId id = orientation(m).id();
    accepted(new MoveInCommand.BookMove(next(), TOWER, id, "F1", local("2026-03-20T09:00"), local("2026-03-20T12:00")), serviceClerk);
    for (ClientDocument kind : List.of(ClientDocument.ID_COPY, ClientDocument.COMPANY_REGISTRATION_COPY, ClientDocument.PROPERTY_TITLE_COPY,
        ClientDocument.LEASE_COPY)) {
      accepted(new MoveInCommand.FileDocument(next(), TOWER, id, kind, "档案柜A-" + (kind.ordinal() + 1)), serviceClerk);
    }
    accepted(new MoveInCommand.RecordClientContacts(next(), TOWER, id, List.of(ClientContact.of(client, CONTACT_PHONE, "行政经理"))),
        serviceClerk);
    accepted(new MoveInCommand.RecordMeterReading(next(), TOWER, id, "E-1203", new BigDecimal("1520.50")), engineer);
    accepted(new MoveInCommand.CloseRectificationItem(next(), TOWER, id, "R1", "已紧固窗帘轨道"), engineer);
    accepted(new MoveInCommand.CloseRectificationItem(next(), TOWER, id, "R2", "已修补墙面裂缝"), engineer);
    MoveIn done = accepted(new MoveInCommand.CompleteMoveIn(next(), TOWER, id), serviceClerk);
    assertTrue(done.state() == MoveInState.COMPLETED, "the move-in completes");
    return done;
  }

  // ---- sending

  private CommandId next() {
    return CommandId.of("cmd-" + commands.incrementAndGet());
  }

  private MoveIn accepted(MoveInCommand command, Actor actor) {
    return answered(command, desk().handle(command, actor));
  }

  private MoveOut accepted(MoveOutCommand command, Actor actor) {
    return answered(command, desk().handle(command, actor));
  }

  private Key acceptedKey(KeyCommand command) {
    return answered(command, center.keys().handle(command, keyDesk));
  }

  private <T> T answered(Object command, Either<Rejection, T> answer) {
    clock.advance(Duration.ofMinutes(5));
    assertTrue(answer.isRight(), () -> command + " refused: " + answer.getLeft().code() + ": " + answer.getLeft().message(Messages.EN));
    return answer.get();
  }
}
