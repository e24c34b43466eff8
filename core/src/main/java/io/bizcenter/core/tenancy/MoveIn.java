package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.procedure.Step;
import io.bizcenter.core.tenancy.MoveInCommand.AcceptEquipment;
import io.bizcenter.core.tenancy.MoveInCommand.AnswerQuestion;
import io.bizcenter.core.tenancy.MoveInCommand.BookMove;
import io.bizcenter.core.tenancy.MoveInCommand.CloseRectificationItem;
import io.bizcenter.core.tenancy.MoveInCommand.CompleteMoveIn;
import io.bizcenter.core.tenancy.MoveInCommand.ConfirmMeterReading;
import io.bizcenter.core.tenancy.MoveInCommand.DeliverHandbookAndGuide;
import io.bizcenter.core.tenancy.MoveInCommand.FileDocument;
import io.bizcenter.core.tenancy.MoveInCommand.HoldFirstRenovationMeeting;
import io.bizcenter.core.tenancy.MoveInCommand.InspectUnit;
import io.bizcenter.core.tenancy.MoveInCommand.Introduce;
import io.bizcenter.core.tenancy.MoveInCommand.IntroduceRenovationManager;
import io.bizcenter.core.tenancy.MoveInCommand.PrepareForms;
import io.bizcenter.core.tenancy.MoveInCommand.RecordClientContacts;
import io.bizcenter.core.tenancy.MoveInCommand.RecordMeterReading;
import io.bizcenter.core.tenancy.MoveInCommand.SendFeeNotice;
import io.bizcenter.core.tenancy.MoveInCommand.SignKeyHandoverForm;
import io.bizcenter.core.tenancy.MoveInCommand.SignManagementAgreement;
import io.bizcenter.core.tenancy.MoveInCommand.VerifyIdentity;
import io.bizcenter.core.tenancy.MoveInCommand.WithdrawMoveIn;
import io.bizcenter.core.tenancy.MoveInEvent.ClientContactsRecorded;
import io.bizcenter.core.tenancy.MoveInEvent.DocumentFiled;
import io.bizcenter.core.tenancy.MoveInEvent.EquipmentAccepted;
import io.bizcenter.core.tenancy.MoveInEvent.FeeNoticeSent;
import io.bizcenter.core.tenancy.MoveInEvent.FirstRenovationMeetingHeld;
import io.bizcenter.core.tenancy.MoveInEvent.FormsPrepared;
import io.bizcenter.core.tenancy.MoveInEvent.HandbookAndGuideSignedFor;
import io.bizcenter.core.tenancy.MoveInEvent.IdentityVerified;
import io.bizcenter.core.tenancy.MoveInEvent.Introduced;
import io.bizcenter.core.tenancy.MoveInEvent.KeyHandoverFormSigned;
import io.bizcenter.core.tenancy.MoveInEvent.ManagementAgreementSigned;
import io.bizcenter.core.tenancy.MoveInEvent.MeterReadingConfirmed;
import io.bizcenter.core.tenancy.MoveInEvent.MeterReadingRecorded;
import io.bizcenter.core.tenancy.MoveInEvent.MoveBooked;
import io.bizcenter.core.tenancy.MoveInEvent.MoveInCompleted;
import io.bizcenter.core.tenancy.MoveInEvent.MoveInNoticeReceived;
import io.bizcenter.core.tenancy.MoveInEvent.MoveInWithdrawn;
import io.bizcenter.core.tenancy.MoveInEvent.QuestionAnswered;
import io.bizcenter.core.tenancy.MoveInEvent.RectificationItemClosed;
import io.bizcenter.core.tenancy.MoveInEvent.RenovationManagerIntroduced;
import io.bizcenter.core.tenancy.MoveInEvent.UnitInspected;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One tenant's move-in into its units, and everything recorded on the way: the notice, the identity check, the fee
 * notice, the agreement, the handover of equipment, keys and meter, the rectification items, the orientation, the move
 * or the renovation, and the client file. Immutable: every decision answers a new move-in and the events that led to
 * it. Which step may come next is decided by {@link MoveInProcedure}; this class only records what each allowed step
 * does.
 */
@Value.Immutable
public abstract class MoveIn implements Case<MoveInState, MoveIn> {
  /** The longest a move holds the freight elevator (MI-6.1); stores may rely on it to bound the elevator's calendar. */
  public static final Duration LONGEST_MOVE = Duration.ofHours(24);

  @Override
  public abstract MoveInId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract MoveInState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  public abstract TenantId tenant();

  public abstract String company();

  /** The units the tenant rents, in the notice's order. */
  public abstract List<RoomId> units();

  public abstract LocalDate leaseStart();

  /** The last day of the lease term the notice names; renewals move it on the lease watch ({@link RenewalVisit}). */
  public abstract LocalDate leaseExpiry();

  /** The number of Administration's Client Move-in Notice. */
  public abstract String noticeReference();

  public abstract Instant receivedAt();

  public abstract StaffId receivedBy();

  public abstract Optional<Instant> formsPreparedAt();

  public abstract Optional<IdentityCheck> identity();

  public abstract Optional<FeeNotice> feeNotice();

  public abstract Optional<ManagementAgreement> agreement();

  /** Who signed for the User Handbook and the Renovation Guide (MI-3.2). */
  public abstract Optional<PersonName> handbookReceivedBy();

  public abstract Optional<Instant> inspectedAt();

  /** The equipment handed over with the unit: the move-in acceptance record the move-out counts against (MO-2.1). */
  public abstract List<String> equipment();

  public abstract List<RectificationItem> rectificationItems();

  public abstract Optional<KeyHandover> keyHandover();

  /** The initial reading confirmed with the client (MI-4.4). */
  public abstract Optional<MeterReading> confirmedReading();

  /** The initial reading as Engineering recorded it (MI-4.4). */
  public abstract Optional<MeterReading> recordedReading();

  public abstract List<Introduction> orientation();

  public abstract List<ClientQuestion> questions();

  public abstract Optional<ElevatorBooking> move();

  public abstract Optional<Renovation> renovation();

  /** The documents of the client file, latest per kind (MI-6.3). */
  public abstract List<FiledDocument> documents();

  public abstract List<ClientContact> contacts();

  public abstract Optional<String> withdrawal();

  public abstract Optional<Instant> completedAt();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored move-in. */
  public static final class Builder extends ImmutableMoveIn.Builder {}

  @Override
  public MoveIn advancedTo(MoveInState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  /** The client file as it stands (MI-6.3). */
  public ClientFile clientFile() {
    return new ClientFile(documents(), contacts());
  }

  /** The rectification items Engineering has not closed yet, in the form's order. */
  public List<RectificationItem> openItems() {
    return rectificationItems().stream().filter(RectificationItem::open).toList();
  }

  public Optional<RectificationItem> item(String id) {
    return rectificationItems().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public boolean introduced(OrientationItem item) {
    return orientation().stream().anyMatch(i -> i.item() == item);
  }

  /** The orientation items not yet introduced, in the source's order (MI-5.1 to MI-5.3). */
  public List<OrientationItem> orientationMissing() {
    return Arrays.stream(OrientationItem.values()).filter(i -> !introduced(i)).toList();
  }

  /** Whether the move-in has reached the key handover (MI-4.3): the equipment is accepted, and it was not withdrawn. */
  public boolean keyHandoverReached() {
    return state().compareTo(MoveInState.EQUIPMENT_ACCEPTED) >= 0 && state() != MoveInState.WITHDRAWN;
  }

  /** Whether the unit is still being moved into or was moved into: anything but withdrawn. */
  public boolean live() {
    return state() != MoveInState.WITHDRAWN;
  }

  /** MI-1.1: the notice arrives; Engineering and Security are told in writing, at once, to pre-inspect the units. */
  static Decision<MoveIn> receive(MoveInCommand.ReceiveMoveInNotice c, Step<MoveInState> step) {
    MoveIn received = received(c.tenant(), c.company(), c.units(), c.leaseStart(), c.leaseExpiry(), c.noticeReference(), step).build();
    String units = unitList(c.units());
    return Decision.of(received,
        new MoveInNoticeReceived(c.tenant(), c.company(), c.units(), c.leaseStart(), c.leaseExpiry(), c.noticeReference()),
        Notice.to(Department.ENGINEERING, "MI_PRE_INSPECTION", step.clause(), step.caseId(), units),
        Notice.to(Department.SECURITY, "MI_PRE_INSPECTION", step.clause(), step.caseId(), units));
  }

  /**
   * GS-6: a tenant already in occupancy, imported as a move-in completed at the import: the notice reference names the
   * import row, and nothing of the source's earlier steps is made up (no identity check, fee notice or agreement on file).
   */
  static Decision<MoveIn> imported(MoveInCommand.ImportTenancy c, Step<MoveInState> step) {
    MoveIn imported = received(c.tenant(), c.company(), c.units(), c.leaseStart(), c.leaseExpiry(), c.source().reference(), step)
        .addAllContacts(c.contacts())
        .completedAt(step.at())
        .build();
    return Decision.of(imported,
        new MoveInEvent.TenancyImported(c.tenant(), c.company(), c.units(), c.leaseStart(), c.leaseExpiry(), c.contacts(), c.source()));
  }

  /** A move-in opened at {@code step}, from Administration's notice or by an import: what both know of it. */
  private static Builder received(TenantId tenant, String company, List<RoomId> units, LocalDate leaseStart, LocalDate leaseExpiry,
      String noticeReference, Step<MoveInState> step) {
    return builder()
        .id(MoveInId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .tenant(tenant)
        .company(company)
        .addAllUnits(units)
        .leaseStart(leaseStart)
        .leaseExpiry(leaseExpiry)
        .noticeReference(noticeReference)
        .receivedAt(step.at())
        .receivedBy(step.actor().staff());
  }

  static String unitList(Collection<RoomId> units) {
    return String.join(", ", units.stream().map(RoomId::value).toList());
  }

  // the steps' decisions, each named in MoveInProcedure's table beside the step it decides

  Decision<MoveIn> prepareForms(PrepareForms c, Step<MoveInState> step) {
    return Decision.of(copy().withFormsPreparedAt(step.at()), new FormsPrepared());
  }

  Decision<MoveIn> verifyIdentity(VerifyIdentity c, Step<MoveInState> step) {
    return Decision.of(copy().withIdentity(new IdentityCheck(c.document(), step.at(), step.actor().staff())), new IdentityVerified(c.document()));
  }

  /** MI-2.2: each line at the standard's rate, half-up to the fen; Administration is told the total in writing. */
  Decision<MoveIn> sendFeeNotice(SendFeeNotice c, Step<MoveInState> step, TenancyPolicy policy) {
    ImmutableMoveIn m = copy();
    List<ChargedLine> lines = c.lines().stream().map(l -> {
      Money rate = policy.rate(l.item());
      return new ChargedLine(l.item(), l.quantity(), rate, rate.times(l.quantity()));
    }).toList();
    Money total = lines.stream().map(ChargedLine::amount).reduce(Money.ZERO, Money::plus);
    FeeNotice notice = new FeeNotice(lines, total, policy.agreementTemplate(), step.at());
    return Decision.of(m.withFeeNotice(notice), new FeeNoticeSent(notice),
        Notice.to(Department.ADMINISTRATION, "MI_FEE_NOTICE", step.clause(), m.id().value(), total.amount().toPlainString(),
            policy.agreementTemplate()));
  }

  /** MI-3.1, MI-6.3 (c): the signed agreement goes into the client file. */
  Decision<MoveIn> signManagementAgreement(SignManagementAgreement c, Step<MoveInState> step) {
    ManagementAgreement agreement = new ManagementAgreement(c.templateVersion(), c.agreementNumber(), c.signatory(), step.at());
    return Decision.of(copy().withAgreement(agreement).withDocuments(filed(ClientDocument.MANAGEMENT_AGREEMENT, c.agreementNumber(), step)),
        new ManagementAgreementSigned(agreement));
  }

  Decision<MoveIn> deliverHandbookAndGuide(DeliverHandbookAndGuide c, Step<MoveInState> step) {
    return Decision.of(copy().withHandbookReceivedBy(c.receivedBy()), new HandbookAndGuideSignedFor(c.receivedBy()));
  }

  Decision<MoveIn> inspectUnit(InspectUnit c, Step<MoveInState> step) {
    return Decision.of(copy().withInspectedAt(step.at()), new UnitInspected(Optional.ofNullable(c.note())));
  }

  /** MI-4.2, MI-4.5: every comment becomes an item Engineering handles to closure, and Engineering is told. */
  Decision<MoveIn> acceptEquipment(AcceptEquipment c, Step<MoveInState> step) {
    ImmutableMoveIn m = copy();
    List<RectificationItem> items = new ArrayList<>();
    for (String comment : c.rectificationComments()) {
      items.add(RectificationItem.raised("R" + (items.size() + 1), comment, step.at()));
    }
    EquipmentAccepted accepted = new EquipmentAccepted(c.equipment(), items);
    ImmutableMoveIn next = m.withEquipment(c.equipment()).withRectificationItems(items);
    if (items.isEmpty()) {
      return Decision.of(next, accepted);
    }
    return Decision.of(next, accepted, Notice.to(Department.ENGINEERING, "MI_RECTIFICATION_ITEMS", Clause.of("MI-4.5"), m.id().value(),
        String.valueOf(items.size()), unitList(m.units())));
  }

  /** MI-4.3, MI-6.3 (e): the form lists the keys the register says the client holds, and is the file's key collection record. */
  Decision<MoveIn> signKeyHandoverForm(SignKeyHandoverForm c, Step<MoveInState> step, List<HeldKey> keysHeld) {
    ImmutableMoveIn m = copy();
    List<HeldKey> ofTheseUnits = keysHeld.stream().filter(k -> m.units().contains(k.room())).toList();
    KeyHandover form = new KeyHandover(ofTheseUnits, step.at());
    String reference = "KEY-HANDOVER-" + m.id().value();
    return Decision.of(m.withKeyHandover(form).withDocuments(filed(ClientDocument.KEY_COLLECTION_RECORD, reference, step)),
        new KeyHandoverFormSigned(form));
  }

  /** MI-4.4: the confirmed reading goes to Engineering, which records it. */
  Decision<MoveIn> confirmMeterReading(ConfirmMeterReading c, Step<MoveInState> step) {
    ImmutableMoveIn m = copy();
    MeterReading reading = new MeterReading(c.meter(), c.reading(), step.at(), step.actor().staff());
    return Decision.of(m.withConfirmedReading(reading), new MeterReadingConfirmed(reading),
        Notice.to(Department.ENGINEERING, "MI_METER_READING_TO_RECORD", step.clause(), m.id().value(), c.meter(),
            reading.reading().toPlainString()));
  }

  Decision<MoveIn> recordMeterReading(RecordMeterReading c, Step<MoveInState> step) {
    MeterReading reading = new MeterReading(c.meter(), c.reading(), step.at(), step.actor().staff());
    return Decision.of(copy().withRecordedReading(reading), new MeterReadingRecorded(reading));
  }

  Decision<MoveIn> closeRectificationItem(CloseRectificationItem c, Step<MoveInState> step) {
    ImmutableMoveIn m = copy();
    List<RectificationItem> items = m.rectificationItems().stream()
        .map(i -> i.id().equals(c.item()) ? i.closed(c.resolution(), step.at(), step.actor().staff()) : i)
        .toList();
    return Decision.of(m.withRectificationItems(items), new RectificationItemClosed(c.item(), c.resolution()));
  }

  Decision<MoveIn> introduce(Introduce c, Step<MoveInState> step) {
    ImmutableMoveIn m = copy();
    Introduction introduction = new Introduction(c.item(), Optional.ofNullable(c.note()), step.at(), step.actor().staff());
    return Decision.of(m.withOrientation(append(m.orientation(), introduction)), new Introduced(c.item(), Optional.ofNullable(c.note())));
  }

  Decision<MoveIn> answerQuestion(AnswerQuestion c, Step<MoveInState> step) {
    ImmutableMoveIn m = copy();
    ClientQuestion question = new ClientQuestion(c.question(), c.answer(), step.at(), step.actor().staff());
    return Decision.of(m.withQuestions(append(m.questions(), question)), new QuestionAnswered(c.question(), c.answer()));
  }

  /** MI-6.1: the slot was found free by the step's guard, while the step held the elevator's calendar. */
  Decision<MoveIn> bookMove(BookMove c, Step<MoveInState> step) {
    ElevatorBooking booking = new ElevatorBooking(c.elevator(), c.startsAt(), c.endsAt());
    return Decision.of(copy().withMove(booking), new MoveBooked(booking));
  }

  Decision<MoveIn> introduceRenovationManager(IntroduceRenovationManager c, Step<MoveInState> step) {
    Renovation renovation = new Renovation(c.application(), c.manager(), step.at(), Optional.empty(), Optional.empty());
    return Decision.of(copy().withRenovation(renovation), new RenovationManagerIntroduced(c.application(), c.manager()));
  }

  Decision<MoveIn> holdFirstRenovationMeeting(HoldFirstRenovationMeeting c, Step<MoveInState> step) {
    ImmutableMoveIn m = copy();
    Renovation met = m.renovation().orElseThrow().met(step.at(), Optional.ofNullable(c.note()));
    return Decision.of(m.withRenovation(met), new FirstRenovationMeetingHeld(Optional.ofNullable(c.note())));
  }

  Decision<MoveIn> fileDocument(FileDocument c, Step<MoveInState> step) {
    return Decision.of(copy().withDocuments(filed(c.kind(), c.reference(), step)), new DocumentFiled(c.kind(), c.reference()));
  }

  /** MI-6.3 (d): the contacts are the file's contact sheet. */
  Decision<MoveIn> recordClientContacts(RecordClientContacts c, Step<MoveInState> step) {
    ImmutableMoveIn m = copy();
    String reference = "CONTACTS-" + m.id().value();
    return Decision.of(m.withContacts(c.contacts()).withDocuments(filed(ClientDocument.CLIENT_CONTACTS, reference, step)),
        new ClientContactsRecorded(c.contacts()));
  }

  Decision<MoveIn> complete(CompleteMoveIn c, Step<MoveInState> step) {
    return Decision.of(copy().withCompletedAt(step.at()), new MoveInCompleted());
  }

  Decision<MoveIn> withdraw(WithdrawMoveIn c, Step<MoveInState> step) {
    return Decision.of(copy().withWithdrawal(c.reason()), new MoveInWithdrawn(c.reason()));
  }

  /** The file with this document filed, replacing an earlier one of its kind. */
  private List<FiledDocument> filed(ClientDocument kind, String reference, Step<MoveInState> step) {
    List<FiledDocument> documents = new ArrayList<>(documents().stream().filter(d -> d.kind() != kind).toList());
    documents.add(new FiledDocument(kind, reference, step.at(), step.actor().staff()));
    return documents;
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }

  /** Every move-in is an ImmutableMoveIn; the generated type stays hidden behind this one (ValueStyle). */
  private ImmutableMoveIn copy() {
    return (ImmutableMoveIn) ImmutableMoveIn.copyOf(this);
  }
}
