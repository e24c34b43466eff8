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
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.core.tenancy.MoveOutCommand.OpenMoveOut;
import io.bizcenter.core.tenancy.RenewalVisitCommand.EndWatch;
import io.bizcenter.core.tenancy.RenewalVisitCommand.RecordIntent;
import io.bizcenter.core.tenancy.RenewalVisitCommand.ResumeWatch;
import io.bizcenter.core.tenancy.RenewalVisitCommand.WatchLease;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Move-in, the lease watch and move-out for a vendor's code: {@link #handle} takes any command of the three (each record
 * of {@link MoveInCommand}, {@link RenewalVisitCommand} and {@link MoveOutCommand} is a step of the source) and answers
 * the case after the step or the typed rejection that says why not; beside it, the questions a screen asks (the Tenant
 * Directory, the freight elevator's calendar). Every command takes the same path ({@link CasePath}). Some steps carry the
 * next procedure along in the same transaction, with command ids derived from the case, so a repeat finds its first
 * answer: completing a move-in starts its lease watch; a client leaving at the renewal visit opens its move-out; a
 * move-out opened directly records the departure on the watch, and leaving or calling it off ends or resumes the watch.
 */
public final class TenancyDesk {
  private final CasePath<MoveInState, MoveInAction, MoveIn, MoveInCommand> moveIns;
  private final CasePath<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> leases;
  private final CasePath<MoveOutState, MoveOutAction, MoveOut, MoveOutCommand> moveOuts;
  private final TenancyRecords records;
  private final MoveIns moveInStore;
  private final DeskPorts ports;
  private final Renewals renewals;
  // the commands whose steps carry the next procedure along, read off the declarations: completing a move-in, the
  // client's answer at the renewal visit, a move-out opened, left or called off
  private final Set<Class<?>> completing;
  private final Set<Class<?>> answered;
  private final Set<Class<?>> departing;

  public TenancyDesk(MoveIns moveIns, MoveOuts moveOuts, RenewalVisits leases, DeskPorts ports, Function<CenterId, TenancyPolicy> policies,
      KeysHeld keysHeld, Renewals renewals) {
    this.records = new TenancyRecords(moveIns, moveOuts, leases);
    this.moveInStore = moveIns;
    this.ports = ports;
    this.renewals = renewals;
    this.moveIns = new CasePath<>(new MoveInRules(moveIns, records, keysHeld, policies, ports), moveIns, ports);
    this.leases = new CasePath<>(new RenewalVisitRules(records, policies), leases, ports);
    this.moveOuts = new CasePath<>(new MoveOutRules(moveOuts, records, keysHeld, policies), moveOuts, ports);
    this.completing = commandsInto(this.moveIns.definition(), MoveInState.COMPLETED);
    this.answered = commandsInto(this.leases.definition(), RenewalVisitState.RENEWING, RenewalVisitState.LEAVING);
    this.departing = commandsInto(this.moveOuts.definition(), MoveOutState.LEAVING, MoveOutState.VACATED, MoveOutState.CALLED_OFF);
  }

  /** The command types whose steps lead into one of {@code states}. */
  @SafeVarargs
  private static <S extends Enum<S>> Set<Class<?>> commandsInto(ProcedureDefinition<S, ?, ?, ?> definition, S... states) {
    Set<S> into = Set.of(states);
    return definition.transitions().stream().filter(t -> into.contains(t.to())).<Class<?>>map(Transition::command)
        .collect(Collectors.toUnmodifiableSet());
  }

  // ---- the three procedures' commands

  /**
   * Carries out one move-in command, named after the source's step ({@code new VerifyIdentity(...)}, {@code new
   * BookMove(...)}): the move-in after the step, or the typed rejection that says why not. A step that completes the
   * move-in (MI-6.3, or the import of a tenant already in occupancy, GS-6) starts the watch over its lease in the same
   * transaction (MO-1.1), so the renewal visit falls due as for any completed move-in. Sent again with the same command
   * id (a rerun of an import), it answers the first time and writes nothing.
   */
  public Either<Rejection, MoveIn> handle(MoveInCommand command, Actor actor) {
    if (command != null && completing.contains(command.getClass())) {
      return ports.transactions().inTransaction(() -> moveIns.handle(command, actor).flatMap(moveIn -> watched(moveIn, actor)));
    }
    return moveIns.handle(command, actor);
  }

  /** MO-1.1: the lease of a completed move-in is watched, once. */
  private Either<Rejection, MoveIn> watched(MoveIn moveIn, Actor actor) {
    if (records.leaseOf(moveIn.center(), moveIn.id()).isPresent()) {
      return Either.right(moveIn);
    }
    WatchLease watch = new WatchLease(derived("lease-of", moveIn.id().value()), moveIn.center(), moveIn.id());
    return leases.handle(watch, actor).map(lease -> moveIn);
  }

  /**
   * Carries out one command of the lease watch (MO-1.1). What the client said at the renewal visit carries its
   * consequence in the same transaction: a renewal is handed to contract signing ({@link Renewals}); a departure opens the
   * move-out, unless one is open already. A watch is opened by the desk when its move-in completes; a vendor sends
   * {@code WatchLease} only for a move-in completed before.
   */
  public Either<Rejection, RenewalVisit> handle(RenewalVisitCommand command, Actor actor) {
    if (command != null && answered.contains(command.getClass())) {
      return ports.transactions().inTransaction(() -> leases.handle(command, actor).flatMap(lease -> afterTheVisit(lease, actor)));
    }
    return leases.handle(command, actor);
  }

  /** MO-1.1: what follows the client's answer, read off the watch after it: renewing, or leaving. */
  private Either<Rejection, RenewalVisit> afterTheVisit(RenewalVisit lease, Actor actor) {
    if (lease.state() == RenewalVisitState.RENEWING) {
      renewals.handOver(new Renewal(lease.center(), lease.renewalId(), lease.id(), lease.moveIn(), lease.tenant(), lease.company(),
          lease.units(), lease.leaseExpiry(), lease.stateEnteredAt()));
    }
    if (lease.state() == RenewalVisitState.LEAVING && records.moveOutOf(lease.center(), lease.moveIn()).isEmpty()) {
      // one move-out per departure: a client that called one off and gives notice again gets a new one; its reason is
      // what the client said at this visit
      String said = lease.visits().isEmpty() ? null : lease.visits().get(lease.visits().size() - 1).note().orElse(null);
      OpenMoveOut open = new OpenMoveOut(derived("move-out-of", lease.id().value() + ":" + lease.version()), lease.center(), lease.moveIn(),
          said);
      return moveOuts.handle(open, actor).map(moveOut -> lease);
    }
    return Either.right(lease);
  }

  /**
   * Carries out one move-out command. Three steps carry the lease watch along in the same transaction: opening a move-out
   * records the departure on the watch, if still running (MO-1.1); the client leaving ends the watch (MO-3.3); calling
   * the move-out off watches the lease again (MO-1.1).
   */
  public Either<Rejection, MoveOut> handle(MoveOutCommand command, Actor actor) {
    if (command != null && departing.contains(command.getClass())) {
      return ports.transactions().inTransaction(() -> moveOuts.handle(command, actor).flatMap(moveOut -> afterTheMoveOut(moveOut, actor)));
    }
    return moveOuts.handle(command, actor);
  }

  /** The lease watch's next step, read off the move-out after its step: opened, vacated, or called off. */
  private Either<Rejection, MoveOut> afterTheMoveOut(MoveOut moveOut, Actor actor) {
    return switch (moveOut.state()) {
      case LEAVING -> departureRecorded(moveOut, actor);
      case VACATED, CALLED_OFF -> afterTheDeparture(moveOut, actor);
      default -> Either.right(moveOut);
    };
  }

  /** MO-1.1: the client of a completed move-in will leave; its lease watch, if still running, records the departure. */
  private Either<Rejection, MoveOut> departureRecorded(MoveOut moveOut, Actor actor) {
    var lease = records.leaseOf(moveOut.center(), moveOut.moveIn());
    if (lease.isEmpty() || lease.get().state() == RenewalVisitState.LEAVING) {
      return Either.right(moveOut);
    }
    RecordIntent leaving = new RecordIntent(derived("departure-of", moveOut.id().value()), moveOut.center(), lease.get().id(),
        ClientIntent.LEAVE, null);
    return leases.handle(leaving, actor).map(l -> moveOut);
  }

  /**
   * The lease watch's next step once the move-out has decided, if the watch waits on the departure: the client gone, it
   * ends (MO-3.3); the move-out called off, the lease is watched again (MO-1.1).
   */
  private Either<Rejection, MoveOut> afterTheDeparture(MoveOut moveOut, Actor actor) {
    var lease = records.leaseOf(moveOut.center(), moveOut.moveIn());
    if (lease.isEmpty() || lease.get().state() != RenewalVisitState.LEAVING) {
      return Either.right(moveOut);
    }
    RenewalVisitCommand next = moveOut.state() == MoveOutState.VACATED
        ? new EndWatch(derived("watch-end-of", moveOut.id().value()), moveOut.center(), lease.get().id(), moveOut.id())
        : new ResumeWatch(derived("watch-again-of", moveOut.id().value()), moveOut.center(), lease.get().id(), moveOut.id());
    return leases.handle(next, actor).map(l -> moveOut);
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
