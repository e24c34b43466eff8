package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.procedure.Step;
import io.bizcenter.core.services.ServiceOrderCommand.CancelOrder;
import io.bizcenter.core.services.ServiceOrderCommand.ExplainCharges;
import io.bizcenter.core.services.ServiceOrderCommand.FinishService;
import io.bizcenter.core.services.ServiceOrderCommand.HandOverCopy;
import io.bizcenter.core.services.ServiceOrderCommand.IssueFeeNotice;
import io.bizcenter.core.services.ServiceOrderCommand.Settle;
import io.bizcenter.core.services.ServiceOrderCommand.StartService;
import io.bizcenter.core.services.ServiceOrderCommand.TakeDeposit;
import io.bizcenter.core.services.ServiceOrderCommand.WriteFeeReceipt;
import io.bizcenter.core.services.ServiceOrderEvent.ChargesExplained;
import io.bizcenter.core.services.ServiceOrderEvent.DepositTaken;
import io.bizcenter.core.services.ServiceOrderEvent.FeeNoticeIssued;
import io.bizcenter.core.services.ServiceOrderEvent.FeeReceiptWritten;
import io.bizcenter.core.services.ServiceOrderEvent.OrderCancelled;
import io.bizcenter.core.services.ServiceOrderEvent.OrderTaken;
import io.bizcenter.core.services.ServiceOrderEvent.ReceiptCopyHandedOver;
import io.bizcenter.core.services.ServiceOrderEvent.ServiceFinished;
import io.bizcenter.core.services.ServiceOrderEvent.ServiceStarted;
import io.bizcenter.core.services.ServiceOrderEvent.SettledAtFinance;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One client's service order (SV-2.2 to SV-2.4): what the client asked for and when, the charges explained, the fee
 * notice, the deposit, the service done, the Fee Receipt with its three copies, and the settlement at Finance.
 * Which step may come next is for {@link ServiceOrderProcedure}; this class records what each allowed step does.
 */
@Value.Immutable
public abstract class ServiceOrder implements Case<ServiceOrderState, ServiceOrder> {
  @Override
  public abstract ServiceOrderId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract ServiceOrderState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  public abstract Client client();

  public abstract ServiceCode service();

  /** The units asked for (pages, hours, ...), on which the charges and deposit are explained. */
  public abstract int quantity();

  public abstract String requirements();

  /** The agreed time of the service; the device, if any, is booked for it. */
  public abstract Slot slot();

  public abstract Optional<DeviceId> device();

  /** Who does the service; holds every skill it needs (SV-2.1). */
  public abstract StaffId assignee();

  public abstract Instant takenAt();

  public abstract StaffId takenBy();

  public abstract Optional<Charges> charges();

  public abstract Optional<String> feeNotice();

  public abstract Optional<Money> deposit();

  public abstract Optional<Instant> serviceStartedAt();

  public abstract Optional<Instant> serviceFinishedAt();

  public abstract Optional<Integer> quantityServed();

  /** Whether the service was done by the agreed end (SV-2.3). */
  public abstract Optional<Boolean> onTime();

  public abstract Optional<FeeReceipt> receipt();

  public abstract Optional<Instant> settledAt();

  public abstract Optional<String> cancellation();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored order. */
  public static final class Builder extends ImmutableServiceOrder.Builder {}

  @Override
  public ServiceOrder advancedTo(ServiceOrderState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  /** The time this order holds its device: its slot, unless it was cancelled or books no device. */
  public Optional<Slot> holds() {
    return device().isPresent() && state() != ServiceOrderState.CANCELLED ? Optional.of(slot()) : Optional.empty();
  }

  /** Whether the service is being done now, on its device if it has one. */
  public boolean serving() {
    return state() == ServiceOrderState.SERVING;
  }

  static Decision<ServiceOrder> take(ServiceOrderCommand.TakeOrder c, Step<ServiceOrderState> step) {
    ServiceOrder order = builder()
        .id(ServiceOrderId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .client(c.client())
        .service(c.service())
        .quantity(c.quantity())
        .requirements(c.requirements())
        .slot(c.slot())
        .device(c.bookedDevice())
        .assignee(c.assignee())
        .takenAt(step.at())
        .takenBy(step.actor().staff())
        .build();
    return Decision.of(order, new OrderTaken(c.client(), c.service(), c.quantity(), c.requirements(), c.slot(), c.bookedDevice(), c.assignee()));
  }

  // the steps' decisions, each named in ServiceOrderProcedure's table beside the step it decides

  /** The charges of {@code item}, the service as the center's catalogue has it now, for the units asked for. */
  Decision<ServiceOrder> explainCharges(ExplainCharges c, Step<ServiceOrderState> step, ServiceItem item) {
    Charges charges = Charges.of(item, quantity(), step.policy());
    return Decision.of(copy().withCharges(charges), new ChargesExplained(charges));
  }

  Decision<ServiceOrder> issueFeeNotice(IssueFeeNotice c, Step<ServiceOrderState> step) {
    Charges charges = charges().orElseThrow();
    return Decision.of(copy().withFeeNotice(c.number()), new FeeNoticeIssued(c.number(), charges.total(), charges.deposit()));
  }

  Decision<ServiceOrder> takeDeposit(TakeDeposit c, Step<ServiceOrderState> step) {
    return Decision.of(copy().withDeposit(c.amount()), new DepositTaken(c.amount()));
  }

  Decision<ServiceOrder> startService(StartService c, Step<ServiceOrderState> step) {
    return Decision.of(copy().withServiceStartedAt(step.at()), new ServiceStarted());
  }

  Decision<ServiceOrder> finishService(FinishService c, Step<ServiceOrderState> step) {
    int served = c.quantityServed();
    boolean onTime = !step.at().isAfter(slot().endsAt());
    Money total = charges().orElseThrow().totalFor(served);
    return Decision.of(copy().withServiceFinishedAt(step.at()).withQuantityServed(served).withOnTime(onTime),
        new ServiceFinished(served, onTime, total));
  }

  Decision<ServiceOrder> writeFeeReceipt(WriteFeeReceipt c, Step<ServiceOrderState> step) {
    String number = c.number();
    Settlement settlement = Settlement.of(charges().orElseThrow().totalFor(quantityServed().orElseThrow()), deposit().orElseThrow());
    // the client is taken to Finance to settle (SV-2.4): Finance is told what to collect or refund
    Notice toFinance = Notice.to(Department.FINANCE, "SV_CLIENT_TO_SETTLE", step.clause(), id().value(), number,
        settlement.balanceDue().amount().toPlainString(), settlement.refund().amount().toPlainString());
    return Decision.of(copy().withReceipt(FeeReceipt.write(number, step.at(), settlement)), new FeeReceiptWritten(number, settlement),
        toFinance);
  }

  Decision<ServiceOrder> handOverCopy(HandOverCopy c, Step<ServiceOrderState> step) {
    return Decision.of(copy().withReceipt(receipt().orElseThrow().handedOver(c.copy(), step.at(), step.actor().staff())),
        new ReceiptCopyHandedOver(c.copy()));
  }

  Decision<ServiceOrder> settle(Settle c, Step<ServiceOrderState> step) {
    return Decision.of(copy().withSettledAt(step.at()), new SettledAtFinance(receipt().orElseThrow().settlement()));
  }

  Decision<ServiceOrder> cancel(CancelOrder c, Step<ServiceOrderState> step) {
    String reason = c.reason();
    return Decision.of(copy().withCancellation(reason), new OrderCancelled(reason, deposit().orElse(Money.ZERO)));
  }

  private ImmutableServiceOrder copy() {
    return (ImmutableServiceOrder) ImmutableServiceOrder.copyOf(this);
  }
}
