package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.procedure.Step;
import io.bizcenter.core.services.InternalUseCommand.ApproveUse;
import io.bizcenter.core.services.InternalUseCommand.FinishUse;
import io.bizcenter.core.services.InternalUseCommand.GiveWayToClient;
import io.bizcenter.core.services.InternalUseCommand.RefuseUse;
import io.bizcenter.core.services.InternalUseCommand.SignFeeSettlement;
import io.bizcenter.core.services.InternalUseCommand.StartUse;
import io.bizcenter.core.services.InternalUseCommand.WithdrawUse;
import io.bizcenter.core.services.InternalUseEvent.FeeSettlementSigned;
import io.bizcenter.core.services.InternalUseEvent.UseApplied;
import io.bizcenter.core.services.InternalUseEvent.UseApproved;
import io.bizcenter.core.services.InternalUseEvent.UseDisplaced;
import io.bizcenter.core.services.InternalUseEvent.UseFinished;
import io.bizcenter.core.services.InternalUseEvent.UseRefused;
import io.bizcenter.core.services.InternalUseEvent.UseStarted;
import io.bizcenter.core.services.InternalUseEvent.UseWithdrawn;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One internal use of the center's equipment (SV-2.5): the Equipment Use Application, the department manager's
 * approval, the use itself, and the Fee Settlement Form signed after it. Which step may come next is for
 * {@link InternalUseProcedure}; this class records what each allowed step does.
 */
@Value.Immutable
public abstract class InternalUse implements Case<InternalUseState, InternalUse> {
  @Override
  public abstract InternalUseId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract InternalUseState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  public abstract EquipmentUseApplication application();

  /** The approver on the application form, once approved (SV-2.5). */
  public abstract Optional<StaffId> approvedBy();

  public abstract Optional<Instant> approvedAt();

  /** Why it was refused, withdrawn, or which client order it gave way to. */
  public abstract Optional<String> closedBecause();

  public abstract Optional<ServiceOrderId> displacedBy();

  public abstract Optional<Instant> startedAt();

  public abstract Optional<Instant> finishedAt();

  public abstract Optional<FeeSettlement> feeSettlement();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored internal use. */
  public static final class Builder extends ImmutableInternalUse.Builder {}

  @Override
  public InternalUse advancedTo(InternalUseState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  public DeviceId device() {
    return application().device();
  }

  /**
   * The time this use actually takes the device: the booked slot while it is under way, and once finished, the booked
   * slot up to the finish (never beyond the booked end); nothing before it starts.
   */
  public Optional<Slot> used() {
    Slot booked = application().slot();
    return switch (state()) {
      case IN_USE -> Optional.of(booked);
      case USED, SETTLED -> Optional.of(Slot.of(booked.startsAt(), clamp(finishedAt().orElseThrow(), booked)));
      default -> Optional.empty();
    };
  }

  /** The time this use holds the device against other internal uses: approved, under way or used (SV-2.5). */
  public Optional<Slot> holds() {
    return state() == InternalUseState.APPROVED ? Optional.of(application().slot()) : used();
  }

  /** Whether it may still give way to a client: applied or approved, not yet started (SV-2.5). */
  public boolean mayGiveWay() {
    return state() == InternalUseState.APPLIED || state() == InternalUseState.APPROVED;
  }

  public boolean inUse() {
    return state() == InternalUseState.IN_USE;
  }

  private static Instant clamp(Instant finished, Slot booked) {
    if (finished.isBefore(booked.startsAt())) {
      return booked.startsAt();
    }
    return finished.isAfter(booked.endsAt()) ? booked.endsAt() : finished;
  }

  static Decision<InternalUse> apply(InternalUseCommand.ApplyForUse c, Step<InternalUseState> step) {
    EquipmentUseApplication form = new EquipmentUseApplication(c.device(), c.slot(), c.reason(), c.content(), step.actor().staff(),
        step.actor().department(), step.at());
    InternalUse use = builder()
        .id(InternalUseId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .application(form)
        .build();
    return Decision.of(use, new UseApplied(c.device(), c.slot(), c.reason(), c.content()));
  }

  // the steps' decisions, each named in InternalUseProcedure's table beside the step it decides

  Decision<InternalUse> approve(ApproveUse c, Step<InternalUseState> step) {
    return Decision.of(copy().withApprovedBy(step.actor().staff()).withApprovedAt(step.at()), new UseApproved());
  }

  Decision<InternalUse> refuse(RefuseUse c, Step<InternalUseState> step) {
    return Decision.of(copy().withClosedBecause(c.reason()), new UseRefused(c.reason()));
  }

  Decision<InternalUse> withdraw(WithdrawUse c, Step<InternalUseState> step) {
    return Decision.of(copy().withClosedBecause(c.reason()), new UseWithdrawn(c.reason()));
  }

  /** The internal user is told in writing that a client needs the slot (SV-2.5: clients come first). */
  Decision<InternalUse> giveWay(GiveWayToClient c, Step<InternalUseState> step) {
    ServiceOrderId order = c.order();
    Slot slot = application().slot();
    Notice notice = Notice.to(application().department(), "SV_INTERNAL_USE_DISPLACED", step.clause(), id().value(),
        device().value(), slot.startsAt().toString(), slot.endsAt().toString());
    return Decision.of(copy().withDisplacedBy(order).withClosedBecause(order.value()), new UseDisplaced(order), notice);
  }

  Decision<InternalUse> startUse(StartUse c, Step<InternalUseState> step) {
    return Decision.of(copy().withStartedAt(step.at()), new UseStarted());
  }

  Decision<InternalUse> finishUse(FinishUse c, Step<InternalUseState> step) {
    ImmutableInternalUse u = copy();
    InternalUse finished = u.withFinishedAt(step.at()).withState(InternalUseState.USED);
    return Decision.of(u.withFinishedAt(step.at()), new UseFinished(finished.used().orElseThrow()));
  }

  Decision<InternalUse> signFeeSettlement(SignFeeSettlement c, Step<InternalUseState> step) {
    FeeSettlement form = new FeeSettlement(c.number(), c.amount(), step.actor().staff(), step.at());
    return Decision.of(copy().withFeeSettlement(form), new FeeSettlementSigned(c.number(), c.amount()));
  }

  private ImmutableInternalUse copy() {
    return (ImmutableInternalUse) ImmutableInternalUse.copyOf(this);
  }
}
