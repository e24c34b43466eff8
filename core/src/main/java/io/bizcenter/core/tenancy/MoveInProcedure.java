package io.bizcenter.core.tenancy;

import static io.bizcenter.core.tenancy.MoveInAction.*;
import static io.bizcenter.core.tenancy.MoveInState.*;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.core.procedure.Who;
import io.bizcenter.core.tenancy.MoveInCommand.AcceptEquipment;
import io.bizcenter.core.tenancy.MoveInCommand.AnswerQuestion;
import io.bizcenter.core.tenancy.MoveInCommand.BookMove;
import io.bizcenter.core.tenancy.MoveInCommand.CloseRectificationItem;
import io.bizcenter.core.tenancy.MoveInCommand.CompleteMoveIn;
import io.bizcenter.core.tenancy.MoveInCommand.ConfirmMeterReading;
import io.bizcenter.core.tenancy.MoveInCommand.DeliverHandbookAndGuide;
import io.bizcenter.core.tenancy.MoveInCommand.FileDocument;
import io.bizcenter.core.tenancy.MoveInCommand.HoldFirstRenovationMeeting;
import io.bizcenter.core.tenancy.MoveInCommand.ImportTenancy;
import io.bizcenter.core.tenancy.MoveInCommand.InspectUnit;
import io.bizcenter.core.tenancy.MoveInCommand.Introduce;
import io.bizcenter.core.tenancy.MoveInCommand.IntroduceRenovationManager;
import io.bizcenter.core.tenancy.MoveInCommand.Occupying;
import io.bizcenter.core.tenancy.MoveInCommand.PrepareForms;
import io.bizcenter.core.tenancy.MoveInCommand.ReceiveMoveInNotice;
import io.bizcenter.core.tenancy.MoveInCommand.RecordClientContacts;
import io.bizcenter.core.tenancy.MoveInCommand.RecordMeterReading;
import io.bizcenter.core.tenancy.MoveInCommand.SendFeeNotice;
import io.bizcenter.core.tenancy.MoveInCommand.SignKeyHandoverForm;
import io.bizcenter.core.tenancy.MoveInCommand.SignManagementAgreement;
import io.bizcenter.core.tenancy.MoveInCommand.VerifyIdentity;
import io.bizcenter.core.tenancy.MoveInCommand.WithdrawMoveIn;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Tenant move-in (客户入驻服务规程, 第1篇 一), declared once. Read top to bottom it is the source's text, section by
 * section: the notice and the forms (1), identity and fees (2), the agreement and the handbook (3), the unit's handover:
 * inspection, equipment, keys, meter (4), the orientation (5), then the move or the renovation and the client file (6).
 *
 * <p>The order of the steps, decided from the source where it gives one and written down here:
 * <ul>
 *   <li>The main line follows the source's numbering, one step after the other, each taken by Service unless the source
 *       names another department: MI-1.1, MI-1.2, MI-2.1, MI-2.2, MI-3.1 (the Management Office), MI-3.2, MI-4.1 to
 *       MI-4.4, the orientation MI-5.1 to MI-5.3, then MI-6.1 or MI-6.2, and MI-6.3 completes. The source's sections are
 *       stages of one visit and of its preparation; doing them in its order is what a clerk would check against.
 *   <li>MI-1.1: the case opens when Administration's Client Move-in Notice arrives (Service records it, or
 *       Administration files it itself), and the written notice to Engineering and Security to pre-inspect the units
 *       leaves at once, through the outbox. A unit has one tenant at a time: a notice for a unit another move-in holds
 *       (not withdrawn, not vacated by its move-out) is refused naming that move-in.
 *   <li>MI-2.2: the fee notice prices each charge item at the policy's charging standard, half-up to the fen, and names
 *       the Management Agreement template whose management-fee standard it uses, since the source sends the fee notice
 *       before the agreement is signed (MI-3.1), on that template.
 *   <li>MI-4.2 reaches the key handover: from the equipment's acceptance on, key control may cut the tenant's door and
 *       furniture keys for its units (KY-2.1, KY-2.2, through {@code center.keys()}). The Key Handover Form (MI-4.3) is
 *       signed once the key register says the client holds a door key of every unit; it lists those keys and is the
 *       file's key collection record (MI-6.3 e).
 *   <li>MI-4.4: Service confirms the initial reading with the client, and Engineering records that very reading (told
 *       in writing); MI-4.5: each rectification comment of the form becomes an item Engineering closes. Engineering's
 *       tasks run beside Service's main line, each on Engineering's agenda, and the move-in completes only when they are
 *       done.
 *   <li>MI-5: the orientation is recorded item by item (the contact card, the business center's services, each of the
 *       seven topics of the surroundings); the move is arranged (MI-6.1 or MI-6.2) only once every item was introduced.
 *       MI-5.4, answering the client's questions, may be recorded at any point of the move-in.
 *   <li>MI-6.1: the freight elevator's calendar: no two bookings of an elevator overlap (a booking ending as another
 *       starts is fine), and a move is booked for a time still to come; a clash is refused naming the other move-in.
 *       These rules span cases: the booking holds the elevator's calendar ({@code "elevator:<id>"}, declared with
 *       {@code holds}) while its guard looks for a clash. When the client moves the date, the move is booked again under
 *       the same rules; the new booking replaces the old one, whose slot is free at once, and the trail keeps both.
 *   <li>MI-6.2: on the renovation path Service introduces Engineering's renovation manager by staff id, and that manager
 *       (a renovation manager of Engineering, and the one introduced) records the first meeting. The renovation itself is
 *       Engineering's, outside the source; the move-in completes after the first meeting.
 *   <li>MI-6.3: the client file is filled along the way: the agreement, the key collection record and the contact sheet
 *       by their own steps, the copies by Service at any point. The move-in completes only with every document the
 *       policy requires; the rejection lists every missing one.
 *   <li>Administration may withdraw its notice until the equipment is accepted; after that the tenant may hold keys,
 *       and the way out is a move-out.
 *   <li>GS-6: a tenant already in occupancy when the building comes to the library is imported as a completed move-in
 *       (Service's department manager imports, from the building's records): the units must be free as for a notice
 *       (MI-1.1), the contacts are checked as the contact sheet is (MI-6.3), and nothing of the earlier steps is made up.
 *       The desk starts the lease watch in the same transaction, so the renewal visit falls due as for any completed
 *       move-in.
 *   <li>When the move-in completes, the desk starts the watch over its lease ({@link RenewalVisitProcedure}) in the same
 *       transaction.
 *   <li>Separation of duties: no step checks another member of staff's step. Identity, the agreement, the inspection,
 *       the equipment, the key handover and the meter reading are verified, signed or confirmed with the client; Service
 *       records them.
 * </ul>
 */
public final class MoveInProcedure {
  /** The name of the procedure in receipts, the audit trail and the agenda. */
  public static final String NAME = "move-ins";

  static final Who SERVICE = Who.anyOf(Seat.in(Department.SERVICE));
  /** MI-1.1: the notice is Administration's; Service receives it. */
  static final Who NOTICE = Who.anyOf(Seat.in(Department.SERVICE), Seat.in(Department.ADMINISTRATION));
  static final Who MANAGEMENT_OFFICE = Who.anyOf(Seat.in(Department.MANAGEMENT_OFFICE));
  static final Who ENGINEERING = Who.anyOf(Seat.in(Department.ENGINEERING));
  /** GS-6: tenancies already in occupancy are imported by Service's department manager, who keeps the client files. */
  static final Who IMPORTERS = Who.anyOf(Seat.of(Department.SERVICE, Role.DEPARTMENT_MANAGER));
  static final Who RENOVATION_MANAGERS = Who.anyOf(Seat.of(Department.ENGINEERING, Role.RENOVATION_MANAGER));

  /** The states from which the move-in may still be withdrawn: before the key handover. */
  static final Set<MoveInState> WITHDRAWABLE = EnumSet.range(NOTICE_RECEIVED, UNIT_INSPECTED);
  /** Where Engineering records the confirmed reading: after the confirmation, until completion. */
  static final Set<MoveInState> METER_TO_RECORD = EnumSet.of(UNIT_HANDED_OVER, MOVE_BOOKED, RENOVATION_MANAGER_INTRODUCED, RENOVATION_MEETING_HELD);
  /** Where Engineering closes rectification items: after the acceptance, until completion. */
  static final Set<MoveInState> ITEMS_TO_CLOSE = EnumSet.range(EQUIPMENT_ACCEPTED, RENOVATION_MEETING_HELD);
  /** The actions that may be taken at any point and owe nothing on the agenda. */
  static final Set<MoveInAction> ANY_TIME = EnumSet.of(ANSWER_QUESTION, FILE_DOCUMENT, RECORD_CLIENT_CONTACTS, WITHDRAW);

  /** Steps Service may take but nobody owes: those of {@link #ANY_TIME}, and booking a booked move again (MI-6.1). */
  static boolean owedByNobody(Transition<MoveInState, MoveInAction, ?, ?> t) {
    return ANY_TIME.contains(t.action()) || (t.action() == BOOK_MOVE && t.from().equals(Optional.of(MOVE_BOOKED)));
  }
  /** Engineering's tasks beside the main line, each on the agenda with its own window. */
  static final Set<MoveInAction> ENGINEERING_TASKS = EnumSet.of(RECORD_METER_READING, CLOSE_RECTIFICATION_ITEM);

  private MoveInProcedure() {}

  /**
   * The declaration, its guards reading tenancy's records, the freight elevators' calendar (in {@code moveIns}), the key
   * register (through {@code keysHeld}), each center's policy, and the zones the steps are taken in.
   */
  static ProcedureDefinition<MoveInState, MoveInAction, MoveIn, MoveInCommand> declare(MoveIns moveIns, TenancyRecords records, KeysHeld keysHeld,
      Function<CenterId, TenancyPolicy> policies, Function<CenterId, ZoneId> zones) {
    Guard<MoveIn, BookMove> elevatorFree = elevatorFree(moveIns, zones);
    ProcedureDefinition.Builder<MoveInState, MoveInAction, MoveIn, MoveInCommand> b =
        ProcedureDefinition.<MoveInState, MoveInAction, MoveIn, MoveInCommand>declare(NAME, MoveInState.class, MoveInAction.class)
            // 1. preparation
            .opens(RECEIVE_MOVE_IN_NOTICE, ReceiveMoveInNotice.class, NOTICE_RECEIVED, NOTICE, "MI-1.1", MoveIn::receive, unitsFree(records))
            .step(NOTICE_RECEIVED, PREPARE_FORMS, PrepareForms.class, FORMS_PREPARED, SERVICE, "MI-1.2", MoveIn::prepareForms)
            // 2. identity and fees
            .step(FORMS_PREPARED, VERIFY_IDENTITY, VerifyIdentity.class, IDENTITY_VERIFIED, SERVICE, "MI-2.1", MoveIn::verifyIdentity, originalSeen())
            .step(IDENTITY_VERIFIED, SEND_FEE_NOTICE, SendFeeNotice.class, FEE_NOTICE_SENT, SERVICE, "MI-2.2",
                (moveIn, notice, step) -> moveIn.sendFeeNotice(notice, step, policies.apply(step.center())))
            // 3. the agreement and the handbook
            .step(FEE_NOTICE_SENT, SIGN_MANAGEMENT_AGREEMENT, SignManagementAgreement.class, AGREEMENT_SIGNED, MANAGEMENT_OFFICE, "MI-3.1",
                MoveIn::signManagementAgreement, templateInForce(policies))
            .step(AGREEMENT_SIGNED, DELIVER_HANDBOOK_AND_GUIDE, DeliverHandbookAndGuide.class, HANDBOOK_DELIVERED, SERVICE, "MI-3.2",
                MoveIn::deliverHandbookAndGuide)
            // 4. the unit's handover
            .step(HANDBOOK_DELIVERED, INSPECT_UNIT, InspectUnit.class, UNIT_INSPECTED, SERVICE, "MI-4.1", MoveIn::inspectUnit)
            .step(UNIT_INSPECTED, ACCEPT_EQUIPMENT, AcceptEquipment.class, EQUIPMENT_ACCEPTED, SERVICE, "MI-4.2", MoveIn::acceptEquipment)
            // the key register is asked when the form is signed: what the form lists is what it says then
            .step(EQUIPMENT_ACCEPTED, SIGN_KEY_HANDOVER_FORM, SignKeyHandoverForm.class, KEYS_HANDED_OVER, SERVICE, "MI-4.3",
                (moveIn, form, step) -> moveIn.signKeyHandoverForm(form, step, keysHeld.stillHeldBy(step.center(), moveIn.tenant())),
                doorKeyOfEveryUnit(keysHeld))
            .step(KEYS_HANDED_OVER, CONFIRM_METER_READING, ConfirmMeterReading.class, UNIT_HANDED_OVER, SERVICE, "MI-4.4", MoveIn::confirmMeterReading)
            // 5. orientation, item by item
            .step(UNIT_HANDED_OVER, INTRODUCE_CONTACTS, Introduce.class, UNIT_HANDED_OVER, SERVICE, "MI-5.1", MoveIn::introduce,
                leftToIntroduce(INTRODUCE_CONTACTS), notYetIntroduced())
            .step(UNIT_HANDED_OVER, INTRODUCE_SERVICES, Introduce.class, UNIT_HANDED_OVER, SERVICE, "MI-5.2", MoveIn::introduce,
                leftToIntroduce(INTRODUCE_SERVICES), notYetIntroduced())
            .step(UNIT_HANDED_OVER, INTRODUCE_SURROUNDINGS, Introduce.class, UNIT_HANDED_OVER, SERVICE, "MI-5.3", MoveIn::introduce,
                leftToIntroduce(INTRODUCE_SURROUNDINGS), notYetIntroduced())
            // 6. the move, or the renovation
            .step(UNIT_HANDED_OVER, BOOK_MOVE, BookMove.class, MOVE_BOOKED, SERVICE, "MI-6.1", MoveIn::bookMove, orientationComplete(), elevatorFree)
            .step(MOVE_BOOKED, BOOK_MOVE, BookMove.class, MOVE_BOOKED, SERVICE, "MI-6.1", MoveIn::bookMove, elevatorFree)
            .step(UNIT_HANDED_OVER, INTRODUCE_RENOVATION_MANAGER, IntroduceRenovationManager.class, RENOVATION_MANAGER_INTRODUCED, SERVICE, "MI-6.2",
                MoveIn::introduceRenovationManager, orientationComplete())
            .step(RENOVATION_MANAGER_INTRODUCED, HOLD_FIRST_RENOVATION_MEETING, HoldFirstRenovationMeeting.class, RENOVATION_MEETING_HELD,
                RENOVATION_MANAGERS, "MI-6.2", MoveIn::holdFirstRenovationMeeting, theIntroducedManager())
            .step(MOVE_BOOKED, COMPLETE, CompleteMoveIn.class, COMPLETED, SERVICE, "MI-6.3", MoveIn::complete,
                meterReadingRecorded(), rectificationClosed(), fileComplete(policies))
            .step(RENOVATION_MEETING_HELD, COMPLETE, CompleteMoveIn.class, COMPLETED, SERVICE, "MI-6.3", MoveIn::complete,
                meterReadingRecorded(), rectificationClosed(), fileComplete(policies));
    // a tenant already in occupancy, imported from the building's records: declared last, so COMPLETED stays MI-6.3's state
    b.opens(IMPORT_TENANCY, ImportTenancy.class, COMPLETED, IMPORTERS, "GS-6", MoveIn::imported, unitsFree(records));
    // Engineering's tasks beside the main line (MI-4.4, MI-4.5)
    for (MoveInState s : METER_TO_RECORD) {
      b.step(s, RECORD_METER_READING, RecordMeterReading.class, s, ENGINEERING, "MI-4.4", MoveIn::recordMeterReading, notYetRecorded(),
          theConfirmedReading());
    }
    for (MoveInState s : ITEMS_TO_CLOSE) {
      b.step(s, CLOSE_RECTIFICATION_ITEM, CloseRectificationItem.class, s, ENGINEERING, "MI-4.5", MoveIn::closeRectificationItem, someItemOpen(),
          theItemIsOpen());
    }
    // at any point of the move-in: the client's questions (MI-5.4) and the client file (MI-6.3)
    for (MoveInState s : EnumSet.range(NOTICE_RECEIVED, RENOVATION_MEETING_HELD)) {
      b.step(s, ANSWER_QUESTION, AnswerQuestion.class, s, SERVICE, "MI-5.4", MoveIn::answerQuestion);
      b.step(s, FILE_DOCUMENT, FileDocument.class, s, SERVICE, "MI-6.3", MoveIn::fileDocument);
      b.step(s, RECORD_CLIENT_CONTACTS, RecordClientContacts.class, s, SERVICE, "MI-6.3", MoveIn::recordClientContacts);
    }
    for (MoveInState s : WITHDRAWABLE) {
      b.step(s, WITHDRAW, WithdrawMoveIn.class, WITHDRAWN, NOTICE, "MI-1.1", MoveIn::withdraw);
    }
    return b
        // the item introduced says which step of the orientation it is
        .chooses(Introduce.class, introduce -> introduce.item().action())
        // rules that span cases: a unit has one tenant at a time (MI-1.1); no two moves hold a freight elevator at once
        // (MI-6.1); the form lists the tenant's keys, so it waits for a key being cut for the tenant (key control holds
        // the same name, Holder.reference()) and the two take place in the order of the audit trail (MI-4.3)
        .holds("units", "MI-1.1", Occupying.class, occupying -> occupying.units().stream().map(MoveInProcedure::unitResource).toList())
        .holds("freight-elevator", "MI-6.1", BookMove.class, booking -> List.of("elevator:" + booking.elevator()))
        .holds("tenant-keys", "MI-4.3", SignKeyHandoverForm.class, form -> moveIns.find(form.center(), form.moveInId().value())
            .map(m -> "keys:holder:TENANT:" + m.tenant().value()).toJavaList())
        .finals(COMPLETED, WITHDRAWN)
        .stateClause(WITHDRAWN, "MI-1.1")
        .build();
  }

  static String unitResource(RoomId unit) {
    return "unit:" + unit.value();
  }

  /** MI-1.1: a unit has one tenant at a time; the move-in that holds it is named. Also on the import (GS-6). */
  private static Guard<MoveIn, Occupying> unitsFree(TenancyRecords records) {
    return Guard.of("the units are free", "MI-1.1", (moveIn, occupying, rule) -> {
      for (RoomId unit : occupying.units()) {
        Optional<MoveIn> holder = records.holding(occupying.center(), unit);
        if (holder.isPresent()) {
          return Option.some(new TenancyRejection.UnitOccupied(unit, holder.get().id(), rule));
        }
      }
      return Option.none();
    });
  }

  private static Guard<MoveIn, VerifyIdentity> originalSeen() {
    return Guard.of("the original document was seen", (moveIn, verify, rule) -> verify.document().originalSeen()
        ? Option.none()
        : Option.some(new TenancyRejection.OriginalDocumentRequired(verify.document().kind(), rule)));
  }

  private static Guard<MoveIn, SignManagementAgreement> templateInForce(Function<CenterId, TenancyPolicy> policies) {
    return Guard.of("signed on the template in force", (moveIn, signing, rule) -> {
      String given = signing.templateVersion();
      String current = policies.apply(signing.center()).agreementTemplate();
      return given.equals(current) ? Option.none() : Option.some(new TenancyRejection.AgreementTemplateNotCurrent(given, current, rule));
    });
  }

  /**
   * MI-4.3, KY-2.1: the key register shows a door key of every unit in the client's hands. It reads another procedure's
   * cases, so it is not a guard on the case alone: the handover stays owed on the agenda while keys are being cut.
   */
  private static Guard<MoveIn, MoveInCommand> doorKeyOfEveryUnit(KeysHeld keysHeld) {
    return Guard.of("a door key of every unit is handed over", (moveIn, command, rule) -> {
      List<HeldKey> held = keysHeld.stillHeldBy(moveIn.center(), moveIn.tenant());
      List<RoomId> without = moveIn.units().stream()
          .filter(unit -> held.stream().noneMatch(k -> k.kind() == KeyKind.DOOR && k.room().equals(unit)))
          .toList();
      return without.isEmpty() ? Option.none() : Option.some(new TenancyRejection.DoorKeysNotHandedOver(without, rule));
    });
  }

  /** MI-5.1 to MI-5.3: a step of the orientation is offered while one of its items is left to introduce. */
  private static Guard<MoveIn, MoveInCommand> leftToIntroduce(MoveInAction action) {
    return Guard.onCase("an item of this step is left to introduce", (moveIn, actor, rule) -> {
      List<OrientationItem> ofStep = List.of(OrientationItem.values()).stream().filter(i -> i.action() == action).toList();
      return ofStep.stream().allMatch(moveIn::introduced)
          ? Option.some(new TenancyRejection.AlreadyIntroduced(ofStep.get(0), rule))
          : Option.none();
    });
  }

  /** MI-5.1 to MI-5.3: under the clause of its step, which is the item's own (the item chooses the step). */
  private static Guard<MoveIn, Introduce> notYetIntroduced() {
    return Guard.of("the item is introduced once", (moveIn, introduce, rule) -> moveIn.introduced(introduce.item())
        ? Option.some(new TenancyRejection.AlreadyIntroduced(introduce.item(), rule))
        : Option.none());
  }

  /** MI-5.1 to MI-5.3, before the move or the renovation: the rejection names the clause of the first item missing. */
  private static Guard<MoveIn, MoveInCommand> orientationComplete() {
    return Guard.onCase("every orientation item introduced", "MI-5.1", (moveIn, actor, rule) -> {
      List<OrientationItem> missing = moveIn.orientationMissing();
      return missing.isEmpty()
          ? Option.none()
          : Option.<Rejection.RuleBroken>some(new TenancyRejection.OrientationIncomplete(missing, Clause.of(missing.get(0).clause())));
    });
  }

  /**
   * MI-6.1: a slot still to come, in which no other move holds the elevator (the booking's own move-in aside). The
   * booking holds the elevator's calendar while this looks, so it reads the other move-ins' bookings as they stand; "still
   * to come" is after the step's own time, judged at the step.
   */
  private static Guard<MoveIn, BookMove> elevatorFree(MoveIns moveIns, Function<CenterId, ZoneId> zones) {
    return Guard.atStep("the freight elevator is free", (moveIn, booking, step, rule) -> {
      ZoneId zone = zones.apply(booking.center());
      if (!booking.startsAt().isAfter(step.at())) {
        return Option.some(new TenancyRejection.MoveStartsInThePast(booking.startsAt().atZone(zone).toLocalDateTime(), rule));
      }
      return Option.ofOptional(moveIns.elevatorBookings(booking.center(), booking.elevator(), booking.startsAt(), booking.endsAt()).stream()
          .filter(other -> !other.id().equals(moveIn.id()))
          .findFirst()
          .map(other -> {
            ElevatorBooking held = other.move().orElseThrow();
            return new TenancyRejection.FreightElevatorAlreadyBooked(held.elevator(), other.id(), held.startsAt().atZone(zone).toLocalDateTime(),
                held.endsAt().atZone(zone).toLocalDateTime(), rule);
          }));
    });
  }

  /** MI-6.2: the renovation manager who was introduced holds the first meeting, no other. */
  private static Guard<MoveIn, MoveInCommand> theIntroducedManager() {
    return Guard.withActor("the introduced renovation manager holds the meeting", (moveIn, command, actor, rule) -> {
      Renovation renovation = moveIn.renovation().orElseThrow();
      return renovation.manager().equals(actor.staff())
          ? Option.none()
          : Option.some(new TenancyRejection.NotTheIntroducedRenovationManager(renovation.manager(), rule));
    });
  }

  private static Guard<MoveIn, MoveInCommand> notYetRecorded() {
    return Guard.onCase("the initial reading is recorded once", (moveIn, actor, rule) -> moveIn.recordedReading().isPresent()
        ? Option.some(new TenancyRejection.MeterReadingAlreadyRecorded(rule))
        : Option.none());
  }

  private static Guard<MoveIn, RecordMeterReading> theConfirmedReading() {
    return Guard.of("Engineering records the confirmed reading", (moveIn, recorded, rule) -> {
      MeterReading confirmed = moveIn.confirmedReading().orElseThrow();
      return confirmed.meter().equals(recorded.meter()) && confirmed.reading().compareTo(recorded.reading()) == 0
          ? Option.none()
          : Option.some(new TenancyRejection.MeterReadingDiffers(confirmed.meter(), confirmed.reading(), recorded.meter(), recorded.reading(), rule));
    });
  }

  private static Guard<MoveIn, MoveInCommand> someItemOpen() {
    return Guard.onCase("a rectification item is open", (moveIn, actor, rule) -> moveIn.openItems().isEmpty()
        ? Option.some(new TenancyRejection.NoRectificationItemOpen(rule))
        : Option.none());
  }

  private static Guard<MoveIn, CloseRectificationItem> theItemIsOpen() {
    return Guard.of("the item is open", (moveIn, closing, rule) -> moveIn.item(closing.item()).filter(RectificationItem::open).isPresent()
        ? Option.none()
        : Option.some(new TenancyRejection.RectificationItemNotOpen(closing.item(), rule)));
  }

  /** MI-4.4, on completion (MI-6.3). */
  private static Guard<MoveIn, MoveInCommand> meterReadingRecorded() {
    return Guard.onCase("Engineering recorded the initial reading", "MI-4.4", (moveIn, actor, rule) -> moveIn.recordedReading().isPresent()
        ? Option.none()
        : Option.some(new TenancyRejection.MeterReadingNotRecorded(rule)));
  }

  /** MI-4.5, on completion (MI-6.3). */
  private static Guard<MoveIn, MoveInCommand> rectificationClosed() {
    return Guard.onCase("every rectification item closed", "MI-4.5", (moveIn, actor, rule) -> {
      List<String> open = moveIn.openItems().stream().map(RectificationItem::id).toList();
      return open.isEmpty() ? Option.none() : Option.<Rejection.RuleBroken>some(new TenancyRejection.RectificationItemsOpen(open, rule));
    });
  }

  private static Guard<MoveIn, MoveInCommand> fileComplete(Function<CenterId, TenancyPolicy> policies) {
    return Guard.onCase("the client file is complete", (moveIn, actor, rule) -> {
      List<ClientDocument> missing = moveIn.clientFile().missing(policies.apply(moveIn.center()).requiredDocuments());
      return missing.isEmpty() ? Option.none() : Option.<Rejection.RuleBroken>some(new TenancyRejection.ClientFileIncomplete(missing, rule));
    });
  }
}
