package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.procedure.Step;
import io.bizcenter.core.tenancy.RenewalVisitCommand.EndWatch;
import io.bizcenter.core.tenancy.RenewalVisitCommand.RecordIntent;
import io.bizcenter.core.tenancy.RenewalVisitCommand.RecordNewTerm;
import io.bizcenter.core.tenancy.RenewalVisitCommand.ResumeWatch;
import io.bizcenter.core.tenancy.RenewalVisitEvent.ClientVisited;
import io.bizcenter.core.tenancy.RenewalVisitEvent.LeaseWatched;
import io.bizcenter.core.tenancy.RenewalVisitEvent.NewTermRecorded;
import io.bizcenter.core.tenancy.RenewalVisitEvent.RenewalHandedOver;
import io.bizcenter.core.tenancy.RenewalVisitEvent.WatchEnded;
import io.bizcenter.core.tenancy.RenewalVisitEvent.WatchResumed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The watch over one move-in's lease (MO-1.1: 服务部必须随时掌握各客户租赁合同到期情况), term after term: the current
 * expiry, the day its renewal visit falls due, and what the client said at each visit. Immutable; which step may come
 * next is decided by {@link RenewalVisitProcedure}.
 */
@Value.Immutable
public abstract class RenewalVisit implements Case<RenewalVisitState, RenewalVisit> {
  @Override
  public abstract RenewalVisitId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract RenewalVisitState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  public abstract MoveInId moveIn();

  public abstract TenantId tenant();

  public abstract String company();

  public abstract List<RoomId> units();

  /** The last day of the current lease term. */
  public abstract LocalDate leaseExpiry();

  /** The current term: 1 for the move-in's lease, one more for each renewal. */
  public abstract int term();

  /** The day the renewal visit of the current term falls due, under the policy that set the term ({@link TenancyPolicy#renewalVisitDue}). */
  public abstract LocalDate visitDue();

  public abstract List<VisitNote> visits();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored lease watch. */
  public static final class Builder extends ImmutableRenewalVisit.Builder {}

  @Override
  public RenewalVisit advancedTo(RenewalVisitState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  /** The id of the current term's renewal, the same every time it is handed to contract signing. */
  public String renewalId() {
    return id().value() + "/term-" + term();
  }

  /** MO-1.1: the move-in's lease is watched from its expiry on the notice. */
  static Decision<RenewalVisit> watch(MoveIn moveIn, Step<RenewalVisitState> step, TenancyPolicy policy) {
    LocalDate due = policy.renewalVisitDue(moveIn.leaseExpiry());
    RenewalVisit watched = builder()
        .id(RenewalVisitId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .moveIn(moveIn.id())
        .tenant(moveIn.tenant())
        .company(moveIn.company())
        .addAllUnits(moveIn.units())
        .leaseExpiry(moveIn.leaseExpiry())
        .term(1)
        .visitDue(due)
        .build();
    return Decision.of(watched, new LeaseWatched(moveIn.id(), moveIn.tenant(), moveIn.units(), moveIn.leaseExpiry(), due));
  }

  // the steps' decisions, each named in RenewalVisitProcedure's table beside the step it decides

  /**
   * A renewal is recorded as handed to contract signing, and Operations &amp; Leasing gets the written notice to
   * negotiate and draft the renewed lease (CS-1.1, naming the old one); the desk hands it over in the same
   * transaction.
   */
  Decision<RenewalVisit> recordIntent(RecordIntent c, Step<RenewalVisitState> step) {
    ImmutableRenewalVisit v = copy();
    List<VisitNote> visits = new ArrayList<>(v.visits());
    visits.add(new VisitNote(c.intent(), Optional.ofNullable(c.note()), step.at(), step.actor().staff()));
    ClientVisited visited = new ClientVisited(c.intent(), Optional.ofNullable(c.note()));
    ImmutableRenewalVisit next = v.withVisits(visits);
    if (c.intent() == ClientIntent.RENEW) {
      Notice toSign = Notice.to(Department.OPERATIONS, "MO_RENEWAL_TO_SIGN", step.clause(), v.id().value(), v.tenant().value(), v.company(),
          v.leaseExpiry().toString());
      return new Decision<>(next, List.of(visited, new RenewalHandedOver(v.renewalId())), List.of(toSign));
    }
    return Decision.of(next, visited);
  }

  /** The lease is watched as it was: the visit falls due as before (overdue at once if that day has passed). */
  Decision<RenewalVisit> resumeWatch(ResumeWatch c, Step<RenewalVisitState> step) {
    return Decision.of(this, new WatchResumed(c.moveOut()));
  }

  Decision<RenewalVisit> endWatch(EndWatch c, Step<RenewalVisitState> step) {
    return Decision.of(this, new WatchEnded(c.moveOut()));
  }

  /** The new term is watched like the first, its visit due under the policy in force now. */
  Decision<RenewalVisit> recordNewTerm(RecordNewTerm c, Step<RenewalVisitState> step, TenancyPolicy policy) {
    ImmutableRenewalVisit v = copy();
    LocalDate due = policy.renewalVisitDue(c.expiry());
    return Decision.of(v.withLeaseExpiry(c.expiry()).withTerm(v.term() + 1).withVisitDue(due),
        new NewTermRecorded(c.expiry(), due, c.contract()));
  }

  private ImmutableRenewalVisit copy() {
    return (ImmutableRenewalVisit) ImmutableRenewalVisit.copyOf(this);
  }
}
