package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.CasePath;
import io.bizcenter.core.procedure.DeskPorts;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
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
import io.bizcenter.core.tenancy.MoveInCommand.ReceiveMoveInNotice;
import io.bizcenter.core.tenancy.MoveInCommand.RecordClientContacts;
import io.bizcenter.core.tenancy.MoveInCommand.SendFeeNotice;
import io.bizcenter.core.tenancy.MoveInCommand.SignKeyHandoverForm;
import io.bizcenter.core.tenancy.MoveInCommand.SignManagementAgreement;
import io.bizcenter.core.tenancy.MoveInCommand.VerifyIdentity;
import io.bizcenter.core.tenancy.MoveInCommand.WithdrawMoveIn;
import io.bizcenter.core.tenancy.MoveOutCommand.ArchiveClientFile;
import io.bizcenter.core.tenancy.MoveOutCommand.AssessDamage;
import io.bizcenter.core.tenancy.MoveOutCommand.CallOff;
import io.bizcenter.core.tenancy.MoveOutCommand.OpenMoveOut;
import io.bizcenter.core.tenancy.MoveOutCommand.TakeJointInventory;
import io.bizcenter.core.tenancy.MoveOutCommand.UpdateDirectoryAndNameplate;
import io.bizcenter.core.tenancy.MoveOutCommand.Vacate;
import io.bizcenter.core.tenancy.RenewalVisitCommand.EndWatch;
import io.bizcenter.core.tenancy.RenewalVisitCommand.RecordIntent;
import io.bizcenter.core.tenancy.RenewalVisitCommand.RecordNewTerm;
import io.bizcenter.core.tenancy.RenewalVisitCommand.ResumeWatch;
import io.bizcenter.core.tenancy.RenewalVisitCommand.WatchLease;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Move-in, the lease watch and move-out for a vendor's code: one method per step of the source, each answering the case
 * after the step or the typed rejection that says why not, and the questions a screen asks (the Tenant Directory, the
 * freight elevator's calendar). Every command takes the same path ({@link CasePath}). Three steps carry the next
 * procedure along in the same transaction, with command ids derived from the case, so a repeat finds its first answer:
 * completing a move-in starts its lease watch; a client leaving at the renewal visit opens its move-out; a move-out
 * opened directly ends the lease watch.
 */
public final class TenancyDesk {
  private final CasePath<MoveInState, MoveInAction, MoveIn, MoveInCommand> moveIns;
  private final CasePath<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> leases;
  private final CasePath<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> moveOuts;
  private final TenancyRecords records;
  private final MoveIns moveInStore;
  private final DeskPorts ports;
  private final Renewals renewals;

  public TenancyDesk(MoveIns moveIns, MoveOuts moveOuts, RenewalVisits leases, DeskPorts ports, Function<CenterId, TenancyPolicy> policies,
      KeysHeld keysHeld, Renewals renewals) {
    this.records = new TenancyRecords(moveIns, moveOuts, leases);
    this.moveInStore = moveIns;
    this.ports = ports;
    this.renewals = renewals;
    this.moveIns = new CasePath<>(new MoveInRules(moveIns, records, keysHeld, policies, ports.zones()), moveIns, ports);
    this.leases = new CasePath<>(new RenewalVisitRules(records, policies), leases, ports);
    this.moveOuts = new CasePath<>(new MoveOutRules(moveOuts, records, keysHeld, policies), moveOuts, ports);
  }

  // ---- move-in (MI-1.1 to MI-6.3)

  /** Any move-in command; the methods below are this, named after the source's steps. */
  public Either<Rejection, MoveIn> handle(MoveInCommand command, Actor actor) {
    if (command instanceof MoveInCommand.ImportTenancy imported) {
      return importTenancy(imported, actor);
    }
    return command instanceof CompleteMoveIn complete ? complete(complete, actor) : moveIns.handle(command, actor);
  }

  /**
   * GS-6, MO-1.1: a tenant already in occupancy, imported as a completed move-in; its lease is watched from the same
   * transaction on, so the renewal visit falls due as for a tenant who moved in through the library. Sent again with the
   * same command id (a rerun of the import), it answers the first import and writes nothing.
   */
  public Either<Rejection, MoveIn> importTenancy(MoveInCommand.ImportTenancy command, Actor actor) {
    return ports.transactions().inTransaction(() -> moveIns.handle(command, actor).flatMap(moveIn -> watched(moveIn, actor)));
  }

  public Either<Rejection, MoveIn> receiveMoveInNotice(ReceiveMoveInNotice command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> prepareForms(PrepareForms command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> verifyIdentity(VerifyIdentity command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> sendFeeNotice(SendFeeNotice command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> signManagementAgreement(SignManagementAgreement command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> deliverHandbookAndGuide(DeliverHandbookAndGuide command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> inspectUnit(InspectUnit command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> acceptEquipment(AcceptEquipment command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> signKeyHandoverForm(SignKeyHandoverForm command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> confirmMeterReading(ConfirmMeterReading command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> recordMeterReading(MoveInCommand.RecordMeterReading command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> closeRectificationItem(CloseRectificationItem command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> introduce(Introduce command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> answerQuestion(AnswerQuestion command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> bookMove(BookMove command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> introduceRenovationManager(IntroduceRenovationManager command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> holdFirstRenovationMeeting(HoldFirstRenovationMeeting command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> fileDocument(FileDocument command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveIn> recordClientContacts(RecordClientContacts command, Actor actor) {
    return handle(command, actor);
  }

  /** MI-6.3, MO-1.1: completes the move-in and, in the same transaction, starts the watch over its lease. */
  public Either<Rejection, MoveIn> complete(CompleteMoveIn command, Actor actor) {
    return ports.transactions().inTransaction(() -> moveIns.handle(command, actor).flatMap(moveIn -> watched(moveIn, actor)));
  }

  /** MO-1.1: the lease of a completed move-in is watched, once. */
  private Either<Rejection, MoveIn> watched(MoveIn moveIn, Actor actor) {
    if (records.leaseOf(moveIn.center(), moveIn.id()).isPresent()) {
      return Either.right(moveIn);
    }
    WatchLease watch = new WatchLease(derived("lease-of", moveIn.id().value()), moveIn.center(), moveIn.id());
    return leases.handle(watch, actor).map(lease -> moveIn);
  }

  public Either<Rejection, MoveIn> withdraw(WithdrawMoveIn command, Actor actor) {
    return handle(command, actor);
  }

  // ---- the lease watch (MO-1.1)

  /** Any lease watch command; recording the client's intent carries its consequence ({@link #recordIntent}). */
  public Either<Rejection, RenewalVisit> handle(RenewalVisitCommand command, Actor actor) {
    return command instanceof RecordIntent intent ? recordIntent(intent, actor) : leases.handle(command, actor);
  }

  /** MO-1.1: watches the lease of a completed move-in (done by {@link #complete}; for move-ins completed before). */
  public Either<Rejection, RenewalVisit> watchLease(WatchLease command, Actor actor) {
    return handle(command, actor);
  }

  /**
   * MO-1.1: what the client said at the renewal visit. A renewal is handed to contract signing ({@link Renewals}); a
   * departure opens the move-out, unless one is open already; both in the same transaction.
   */
  public Either<Rejection, RenewalVisit> recordIntent(RecordIntent command, Actor actor) {
    return ports.transactions().inTransaction(() -> leases.handle(command, actor).flatMap(lease -> {
      if (command.intent() == ClientIntent.RENEW && lease.state() == RenewalVisitState.RENEWING) {
        renewals.handOver(new Renewal(lease.center(), lease.renewalId(), lease.id(), lease.moveIn(), lease.tenant(), lease.company(),
            lease.units(), lease.leaseExpiry(), lease.stateEnteredAt()));
      }
      if (command.intent() == ClientIntent.LEAVE && records.moveOutOf(lease.center(), lease.moveIn()).isEmpty()) {
        // one move-out per departure: a client that called one off and gives notice again gets a new one
        OpenMoveOut open = new OpenMoveOut(derived("move-out-of", lease.id().value() + ":" + lease.version()), lease.center(), lease.moveIn(),
            command.note());
        return moveOuts.handle(open, actor).map(moveOut -> lease);
      }
      return Either.right(lease);
    }));
  }

  /** MO-1.1: the renewed term, once contract signing has signed it; the lease is watched again. */
  public Either<Rejection, RenewalVisit> recordNewTerm(RecordNewTerm command, Actor actor) {
    return handle(command, actor);
  }

  // ---- move-out (MO-1.1 to MO-3.3)

  /**
   * Any move-out command; opening one records the departure on the lease watch ({@link #openMoveOut}), vacating ends the
   * watch ({@link #vacate}), calling it off watches the lease again ({@link #callOff}).
   */
  public Either<Rejection, MoveOut> handle(MoveOutCommand command, Actor actor) {
    if (command instanceof OpenMoveOut open) {
      return openMoveOut(open, actor);
    }
    if (command instanceof Vacate leaving) {
      return vacate(leaving, actor);
    }
    if (command instanceof CallOff stay) {
      return callOff(stay, actor);
    }
    return moveOuts.handle(command, actor);
  }

  /** MO-1.1: the client of a completed move-in will leave; its lease watch, if still running, records the departure. */
  public Either<Rejection, MoveOut> openMoveOut(OpenMoveOut command, Actor actor) {
    return ports.transactions().inTransaction(() -> moveOuts.handle(command, actor).flatMap(moveOut -> {
      var lease = records.leaseOf(moveOut.center(), moveOut.moveIn());
      if (lease.isEmpty() || lease.get().state() == RenewalVisitState.LEAVING) {
        return Either.right(moveOut);
      }
      RecordIntent leaving = new RecordIntent(derived("departure-of", moveOut.id().value()), moveOut.center(), lease.get().id(),
          ClientIntent.LEAVE, null);
      return leases.handle(leaving, actor).map(l -> moveOut);
    }));
  }

  public Either<Rejection, MoveOut> takeJointInventory(TakeJointInventory command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveOut> recordMeterReading(MoveOutCommand.RecordMeterReading command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveOut> assessDamage(AssessDamage command, Actor actor) {
    return handle(command, actor);
  }

  /** MO-3.3: the client left the units; its lease watch, waiting on the departure, ends in the same transaction. */
  public Either<Rejection, MoveOut> vacate(Vacate command, Actor actor) {
    return ports.transactions().inTransaction(() -> moveOuts.handle(command, actor).flatMap(moveOut ->
        afterTheDeparture(moveOut, lease -> new EndWatch(derived("watch-end-of", moveOut.id().value()), moveOut.center(), lease.id(),
            moveOut.id()), actor)));
  }

  /** MO-1.1: the client stays after all; the move-out is called off and its lease watched again, in one transaction. */
  public Either<Rejection, MoveOut> callOff(CallOff command, Actor actor) {
    return ports.transactions().inTransaction(() -> moveOuts.handle(command, actor).flatMap(moveOut ->
        afterTheDeparture(moveOut, lease -> new ResumeWatch(derived("watch-again-of", moveOut.id().value()), moveOut.center(), lease.id(),
            moveOut.id()), actor)));
  }

  /** The lease watch's next step once the move-out has decided, if the watch waits on the departure. */
  private Either<Rejection, MoveOut> afterTheDeparture(MoveOut moveOut, Function<RenewalVisit, RenewalVisitCommand> next,
      Actor actor) {
    var lease = records.leaseOf(moveOut.center(), moveOut.moveIn());
    if (lease.isEmpty() || lease.get().state() != RenewalVisitState.LEAVING) {
      return Either.right(moveOut);
    }
    return leases.handle(next.apply(lease.get()), actor).map(l -> moveOut);
  }

  public Either<Rejection, MoveOut> archiveClientFile(ArchiveClientFile command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, MoveOut> updateDirectoryAndNameplate(UpdateDirectoryAndNameplate command, Actor actor) {
    return handle(command, actor);
  }

  // ---- finding cases, what may be done, the trail

  public Either<Rejection, MoveIn> find(Actor actor, CenterId center, MoveInId id) {
    return moveIns.find(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, RenewalVisit> find(Actor actor, CenterId center, RenewalVisitId id) {
    return leases.find(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, MoveOut> find(Actor actor, CenterId center, MoveOutId id) {
    return moveOuts.find(actor, center, id == null ? null : id.value());
  }

  /** What this actor may do on the move-in now: the answer for a vendor's screen (GS-3). */
  public Either<Rejection, List<MoveInAction>> availableActions(Actor actor, CenterId center, MoveInId id) {
    return moveIns.availableActions(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, List<RenewalVisitAction>> availableActions(Actor actor, CenterId center, RenewalVisitId id) {
    return leases.availableActions(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, List<MoveOutAction>> availableActions(Actor actor, CenterId center, MoveOutId id) {
    return moveOuts.availableActions(actor, center, id == null ? null : id.value());
  }

  /** The case's audit trail (GS-6). */
  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, MoveInId id) {
    return moveIns.trail(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, RenewalVisitId id) {
    return leases.trail(actor, center, id == null ? null : id.value());
  }

  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, MoveOutId id) {
    return moveOuts.trail(actor, center, id == null ? null : id.value());
  }

  /** The lease watch of a move-in, for an actor of its center; answered as unknown otherwise. */
  public Either<Rejection, RenewalVisit> leaseOf(Actor actor, CenterId center, MoveInId moveIn) {
    return find(actor, center, moveIn).flatMap(m -> records.leaseOf(center, m.id())
        .<Either<Rejection, RenewalVisit>>map(Either::right)
        .orElseGet(() -> Either.left(new Rejection.CaseNotFound(RenewalVisitProcedure.NAME, "lease-of:" + m.id().value())))
        .flatMap(l -> leases.definition().readBy(l, actor)));
  }

  /** The move-out of a move-in, for an actor of its center; answered as unknown otherwise. */
  public Either<Rejection, MoveOut> moveOutOf(Actor actor, CenterId center, MoveInId moveIn) {
    return find(actor, center, moveIn).flatMap(m -> records.moveOutOf(center, m.id())
        .<Either<Rejection, MoveOut>>map(Either::right)
        .orElseGet(() -> Either.left(new Rejection.CaseNotFound(MoveOutProcedure.NAME, "move-out-of:" + m.id().value())))
        .flatMap(o -> moveOuts.definition().readBy(o, actor)));
  }

  // ---- the questions of a screen

  /** MO-3.2: the Tenant Directory of the center: who occupies which unit since when, the lease's expiry, the cases' states. */
  public Either<Rejection, TenantDirectory> directory(Actor actor, CenterId center) {
    List<FieldError> missing = new ArrayList<>();
    if (actor == null) {
      missing.add(FieldError.of("actor", FieldError.Problem.MISSING));
    }
    if (center == null) {
      missing.add(FieldError.of("center", FieldError.Problem.MISSING));
    }
    if (!missing.isEmpty()) {
      return Either.left(new Rejection.InvalidInput(missing));
    }
    if (!actor.worksFor(center)) {
      return Either.left(new Rejection.NotInYourCenter(center));
    }
    return Either.right(records.directory(center));
  }

  /**
   * MI-6.1: the freight elevator's calendar: the move-ins holding {@code elevator} for some moment of [{@code from},
   * {@code to}), earliest first, for an actor of the center whose seat reads move-ins (anyone else sees an empty
   * calendar).
   */
  public List<MoveIn> elevatorBookings(Actor actor, CenterId center, String elevator, Instant from, Instant to) {
    if (actor == null || !actor.worksFor(center) || elevator == null || from == null || to == null || !from.isBefore(to)) {
      return List.of();
    }
    // a calendar reaches no further than bookings can: the store never sees an instant it cannot hold
    Instant since = from.isBefore(Checks.EARLIEST) ? Checks.EARLIEST : from;
    Instant until = to.isAfter(Checks.LATEST) ? Checks.LATEST : to;
    return since.isBefore(until) ? moveIns.readable(actor, moveInStore.elevatorBookings(center, elevator, since, until)) : List.of();
  }

  /**
   * KY-2.1: the tenant as key control needs to know it: the units it occupies, whether it reached a key handover, whether
   * it has moved out. For another procedure (wired in {@code BusinessCenter}), whose own command checked its actor.
   */
  public Occupancy occupancy(CenterId center, TenantId tenant) {
    return center == null || tenant == null ? Occupancy.NONE : records.occupancy(center, tenant);
  }

  /** With which actions this actor may open a move-in. */
  public List<MoveInAction> moveInOpeningActions(Actor actor) {
    return actor == null ? List.of() : moveIns.definition().openingActions(actor);
  }

  public ProcedureDefinition<MoveInState, MoveInAction, MoveIn, MoveInCommand> moveInDefinition() {
    return moveIns.definition();
  }

  public ProcedureDefinition<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> leaseDefinition() {
    return leases.definition();
  }

  public ProcedureDefinition<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> moveOutDefinition() {
    return moveOuts.definition();
  }

  /** What a move-in owes the agenda under each center's policy (GS-7): the duties the desk writes. */
  public Duties<MoveIn> moveInDuties() {
    return moveIns.duties();
  }

  /** What a lease watch owes the agenda: the renewal visit from its day, then the client's answer before the term ends (GS-7). */
  public Duties<RenewalVisit> leaseDuties() {
    return leases.duties();
  }

  /** What a move-out owes the agenda under each center's policy (GS-7). */
  public Duties<MoveOut> moveOutDuties() {
    return moveOuts.duties();
  }

  /** The three declarations: move-in, the lease watch, move-out. */
  public List<ProcedureDefinition<?, ?, ?, ?>> definitions() {
    return List.of(moveIns.definition(), leases.definition(), moveOuts.definition());
  }

  /** A command id derived from the case it follows, so that a repeat of the whole command finds this one's receipt. */
  private static CommandId derived(String what, String caseId) {
    return CommandId.of(what + ":" + caseId);
  }
}
