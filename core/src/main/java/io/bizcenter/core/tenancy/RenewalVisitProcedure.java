package io.bizcenter.core.tenancy;

import static io.bizcenter.core.tenancy.RenewalVisitAction.*;
import static io.bizcenter.core.tenancy.RenewalVisitState.*;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.bizcenter.core.tenancy.RenewalVisitCommand.EndWatch;
import io.bizcenter.core.tenancy.RenewalVisitCommand.RecordIntent;
import io.bizcenter.core.tenancy.RenewalVisitCommand.RecordNewTerm;
import io.bizcenter.core.tenancy.RenewalVisitCommand.ResumeWatch;
import io.bizcenter.core.tenancy.RenewalVisitCommand.WatchLease;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

  /** The declaration, reading tenancy's records and each center's policy (the day a visit falls due). */
  static ProcedureDefinition<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> declare(TenancyRecords records,
      Function<CenterId, TenancyPolicy> policies) {
    return ProcedureDefinition.<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand>declare(NAME, RenewalVisitState.class,
            RenewalVisitAction.class)
        .opens(WATCH_LEASE, WatchLease.class, WATCHED, SERVICE, "MO-1.1", (watch, step) -> RenewalVisit.watch(
                // the guards found the move-in there and complete
                records.moveIn(step.center(), watch.moveIn()).orElseThrow(), step, policies.apply(step.center())),
            moveInCompleted(records), notWatchedYet(records), MoveOutProcedure.moveInKnown(records, WatchLease::moveIn))
        .step(WATCHED, RECORD_UNDECIDED, RecordIntent.class, VISITED, SERVICE, "MO-1.1", RenewalVisit::recordIntent)
        .step(WATCHED, RECORD_RENEWAL, RecordIntent.class, RENEWING, SERVICE, "MO-1.1", RenewalVisit::recordIntent)
        .step(WATCHED, RECORD_DEPARTURE, RecordIntent.class, LEAVING, SERVICE, "MO-1.1", RenewalVisit::recordIntent)
        .step(VISITED, RECORD_UNDECIDED, RecordIntent.class, VISITED, SERVICE, "MO-1.1", RenewalVisit::recordIntent)
        .step(VISITED, RECORD_RENEWAL, RecordIntent.class, RENEWING, SERVICE, "MO-1.1", RenewalVisit::recordIntent)
        .step(VISITED, RECORD_DEPARTURE, RecordIntent.class, LEAVING, SERVICE, "MO-1.1", RenewalVisit::recordIntent)
        .step(RENEWING, RECORD_NEW_TERM, RecordNewTerm.class, WATCHED, NEW_TERM, "MO-1.1",
            (lease, term, step) -> lease.recordNewTerm(term, step, policies.apply(step.center())), laterThanTheTerm())
        .step(RENEWING, RECORD_DEPARTURE, RecordIntent.class, LEAVING, SERVICE, "MO-1.1", RenewalVisit::recordIntent)
        // the move-out decides what becomes of a departure: called off, the lease is watched again; the client gone, it ends
        .step(LEAVING, RESUME_WATCH, ResumeWatch.class, WATCHED, SERVICE, "MO-1.1", RenewalVisit::resumeWatch,
            itsMoveOut(records, ResumeWatch::moveOut), calledOff(records))
        .step(LEAVING, END_WATCH, EndWatch.class, ENDED, SERVICE, "MO-3.3", RenewalVisit::endWatch,
            itsMoveOut(records, EndWatch::moveOut), clientLeft(records))
        // what the client said decides the step
        .chooses(RecordIntent.class, intent -> intent.intent().action())
        // a rule that spans cases: a move-in is watched once (MO-1.1)
        .holds("lease-of-move-in", "MO-1.1", WatchLease.class, watch -> List.of("lease-of:" + watch.moveIn().value()))
        .finals(ENDED)
        .build();
  }

  /** MO-1.1: a lease is watched once its move-in is complete; an unknown move-in is answered as unknown by the opening. */
  private static Guard<RenewalVisit, WatchLease> moveInCompleted(TenancyRecords records) {
    return Guard.of("the move-in is complete", (lease, watch, rule) ->
        Option.ofOptional(records.moveIn(watch.center(), watch.moveIn()).filter(m -> m.state() != MoveInState.COMPLETED)
            .map(m -> new TenancyRejection.MoveInNotCompleted(m.id(), m.state(), rule))));
  }

  private static Guard<RenewalVisit, WatchLease> notWatchedYet(TenancyRecords records) {
    return Guard.of("one watch per move-in", (lease, watch, rule) ->
        Option.ofOptional(records.leaseOf(watch.center(), watch.moveIn())
            .map(other -> new TenancyRejection.LeaseAlreadyWatched(watch.moveIn(), other.id(), rule))));
  }

  /**
   * MO-1.1: the move-out a departure's next step names is this lease's (another move-in's is not); under MO-1.1 also
   * where the watch ends (MO-3.3).
   */
  private static <K extends RenewalVisitCommand> Guard<RenewalVisit, K> itsMoveOut(TenancyRecords records, Function<K, MoveOutId> named) {
    return Guard.of("the move-out is this lease's", "MO-1.1", (lease, step, rule) -> {
      MoveOutId moveOut = named.apply(step);
      return records.moveOut(lease.center(), moveOut).filter(o -> o.moveIn().equals(lease.moveIn())).isPresent()
          ? Option.none()
          : Option.some(new TenancyRejection.MoveOutNotOfThisLease(moveOut, lease.moveIn(), rule));
    });
  }

  /**
   * MO-1.1: the watch resumes only after the departure's move-out was called off, and while no later move-out of the
   * move-in is under way (a departure called off earlier does not resume the watch then).
   */
  private static Guard<RenewalVisit, ResumeWatch> calledOff(TenancyRecords records) {
    return Guard.of("the move-out was called off", (lease, resume, rule) -> {
      MoveOut out = records.moveOut(lease.center(), resume.moveOut()).orElseThrow();
      if (out.state() != MoveOutState.CALLED_OFF) {
        return Option.some(new TenancyRejection.MoveOutNotCalledOff(resume.moveOut(), out.state(), rule));
      }
      Optional<MoveOut> later = records.moveOutOf(lease.center(), lease.moveIn());
      return later.isPresent() ? Option.some(new TenancyRejection.MoveOutAlreadyOpen(lease.moveIn(), later.get().id(), rule)) : Option.none();
    });
  }

  /** MO-3.3: the watch ends only once the client left (vacated, archived or complete). */
  private static Guard<RenewalVisit, EndWatch> clientLeft(TenancyRecords records) {
    return Guard.of("the client left", (lease, end, rule) -> {
      MoveOut out = records.moveOut(lease.center(), end.moveOut()).orElseThrow();
      return out.vacated() ? Option.none() : Option.some(new TenancyRejection.ClientNotLeft(end.moveOut(), out.state(), rule));
    });
  }

  private static Guard<RenewalVisit, RecordNewTerm> laterThanTheTerm() {
    return Guard.of("the new term ends later", (lease, term, rule) -> term.expiry().isAfter(lease.leaseExpiry())
        ? Option.none()
        : Option.some(new TenancyRejection.NewTermNotLater(lease.leaseExpiry(), term.expiry(), rule)));
  }
}
