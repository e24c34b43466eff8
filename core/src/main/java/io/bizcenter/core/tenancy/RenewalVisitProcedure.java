package io.bizcenter.core.tenancy;

import static io.bizcenter.core.tenancy.RenewalVisitAction.*;
import static io.bizcenter.core.tenancy.RenewalVisitState.*;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.vavr.control.Option;
import java.util.Optional;

/**
 * The lease watch and its renewal visit (租户退租规程 1. 退租准备, MO-1.1), declared once: Service always knows when
 * every lease expires, visits the client two months before to learn whether it will renew or leave, and reminds it to
 * negotiate.
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>One watch per move-in, opened by the desk in the transaction that completes the move-in, from the expiry on
 *       Administration's notice; it runs term after term.
 *   <li>The visit falls due on the policy's lead (two months) before the last day of the term, counted on the
 *       calendar in the property's zone ({@link TenancyPolicy#renewalVisitDue}): expiry 30 April 2028 falls due on
 *       29 February 2028, 30 April 2027 on 28 February 2027, 31 December on 31 October. A day the earlier month lacks
 *       falls back to its last day, so the client always gets at least the lead. From 00:00 of that day the visit
 *       stands on Service's agenda, overdue after the policy's visit time; the day is fixed under the policy of the step
 *       that set the term.
 *   <li>The client's answer is recorded as an intent: undecided (reminded to negotiate; Service owes an answer before
 *       the lease ends), renew, or leave. An answer may be recorded before the visit falls due: a client may say early.
 *   <li>Renew: the renewal is handed to contract signing through {@link Renewals} (the contracts desk, issue 6, will be
 *       wired there in {@code BusinessCenter}; until then the default does nothing and the watch's trail records the
 *       hand-over). The watch waits for the new term, which Service or Operations records once the contract is signed;
 *       talks that fail end in a departure like any other.
 *   <li>Leave: the desk opens the move-out ({@link MoveOutProcedure}) in the same transaction, unless one is open already
 *       (a client that gave notice early); the watch waits on it and owes nothing on the agenda. When the client leaves
 *       (the move-out is vacated, MO-3.3) the desk ends the watch; when the client stays after all (the move-out is
 *       called off) the desk watches the lease again, as it stood: the visit falls due as before, overdue at once if
 *       that day has passed, since the client who meant to leave has not agreed a renewal. A watch left in LEAVING by a
 *       move-out completed before the watch could end stays there, owing nothing.
 * </ul>
 */
public final class RenewalVisitProcedure {
  /** The name of the procedure in receipts, the audit trail and the agenda. */
  public static final String NAME = "renewal-visits";

  static final Who SERVICE = Who.anyOf(Seat.in(Department.SERVICE));
  /** The new term comes from contract signing, Operations &amp; Leasing's (CS), or from Service, which watches the lease. */
  static final Who NEW_TERM = Who.anyOf(Seat.in(Department.SERVICE), Seat.in(Department.OPERATIONS));

  private RenewalVisitProcedure() {}

  static ProcedureDefinition<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> declare(TenancyRecords records) {
    return ProcedureDefinition.<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand>declare(NAME, RenewalVisitState.class,
            RenewalVisitAction.class)
        .opens(WATCH_LEASE, WATCHED, SERVICE, "MO-1.1", moveInCompleted(records), notWatchedYet(records))
        .step(WATCHED, RECORD_UNDECIDED, VISITED, SERVICE, "MO-1.1")
        .step(WATCHED, RECORD_RENEWAL, RENEWING, SERVICE, "MO-1.1")
        .step(WATCHED, RECORD_DEPARTURE, LEAVING, SERVICE, "MO-1.1")
        .step(VISITED, RECORD_UNDECIDED, VISITED, SERVICE, "MO-1.1")
        .step(VISITED, RECORD_RENEWAL, RENEWING, SERVICE, "MO-1.1")
        .step(VISITED, RECORD_DEPARTURE, LEAVING, SERVICE, "MO-1.1")
        .step(RENEWING, RECORD_NEW_TERM, WATCHED, NEW_TERM, "MO-1.1", laterThanTheTerm())
        .step(RENEWING, RECORD_DEPARTURE, LEAVING, SERVICE, "MO-1.1")
        // the move-out decides what becomes of a departure: called off, the lease is watched again; the client gone, it ends
        .step(LEAVING, RESUME_WATCH, WATCHED, SERVICE, "MO-1.1", itsMoveOut(records, MoveOutState.CALLED_OFF))
        .step(LEAVING, END_WATCH, ENDED, SERVICE, "MO-3.3", itsMoveOut(records, MoveOutState.VACATED))
        .finals(ENDED)
        .build();
  }

  /** MO-1.1: a lease is watched once its move-in is complete; an unknown move-in is answered by the rules as unknown. */
  static Guard<RenewalVisit, RenewalVisitCommand> moveInCompleted(TenancyRecords records) {
    return Guard.of("the move-in is complete", "MO-1.1", (lease, command) -> {
      MoveInId id = ((RenewalVisitCommand.WatchLease) command).moveIn();
      return Option.ofOptional(records.moveIn(command.center(), id).filter(m -> m.state() != MoveInState.COMPLETED)
          .map(m -> new TenancyRejection.MoveInNotCompleted(m.id(), m.state())));
    });
  }

  private static Guard<RenewalVisit, RenewalVisitCommand> notWatchedYet(TenancyRecords records) {
    return Guard.of("one watch per move-in", "MO-1.1", (lease, command) -> {
      MoveInId id = ((RenewalVisitCommand.WatchLease) command).moveIn();
      return Option.ofOptional(records.leaseOf(command.center(), id).map(other -> new TenancyRejection.LeaseAlreadyWatched(id, other.id())));
    });
  }

  /**
   * MO-1.1, MO-3.3: the departure's own move-out decides: the watch resumes only after it was called off, and while no
   * later move-out of the move-in is under way; it ends only once the client left (vacated, archived or complete).
   * Another move-in's move-out is not this lease's.
   */
  private static Guard<RenewalVisit, RenewalVisitCommand> itsMoveOut(TenancyRecords records, MoveOutState settled) {
    String clause = settled == MoveOutState.CALLED_OFF ? "MO-1.1" : "MO-3.3";
    return Guard.of(settled == MoveOutState.CALLED_OFF ? "the move-out was called off" : "the client left", clause, (lease, command) -> {
      MoveOutId id = command instanceof RenewalVisitCommand.ResumeWatch resume ? resume.moveOut() : ((RenewalVisitCommand.EndWatch) command).moveOut();
      Optional<MoveOut> out = records.moveOut(lease.center(), id).filter(o -> o.moveIn().equals(lease.moveIn()));
      if (out.isEmpty()) {
        return Option.<Rejection.RuleBroken>some(new TenancyRejection.MoveOutNotOfThisLease(id, lease.moveIn()));
      }
      boolean done = settled == MoveOutState.CALLED_OFF ? out.get().state() == MoveOutState.CALLED_OFF : out.get().vacated();
      // a departure called off earlier does not resume the watch while a later one is under way
      Optional<MoveOut> later = settled == MoveOutState.CALLED_OFF ? records.moveOutOf(lease.center(), lease.moveIn()) : Optional.empty();
      if (done && later.isPresent()) {
        return Option.<Rejection.RuleBroken>some(new TenancyRejection.MoveOutAlreadyOpen(lease.moveIn(), later.get().id()));
      }
      if (done) {
        return Option.none();
      }
      return Option.<Rejection.RuleBroken>some(settled == MoveOutState.CALLED_OFF
          ? new TenancyRejection.MoveOutNotCalledOff(id, out.get().state())
          : new TenancyRejection.ClientNotLeft(id, out.get().state()));
    });
  }

  private static Guard<RenewalVisit, RenewalVisitCommand> laterThanTheTerm() {
    return Guard.of("the new term ends later", "MO-1.1", (lease, command) -> {
      java.time.LocalDate given = ((RenewalVisitCommand.RecordNewTerm) command).expiry();
      return given.isAfter(lease.leaseExpiry()) ? Option.none() : Option.some(new TenancyRejection.NewTermNotLater(lease.leaseExpiry(), given));
    });
  }
}
