package io.bizcenter.core.services;

import static io.bizcenter.core.services.ServiceOrderAction.*;
import static io.bizcenter.core.services.EquipmentProcedure.ON_THE_REGISTER;
import static io.bizcenter.core.services.EquipmentProcedure.USABLE;
import static io.bizcenter.core.services.ServiceOrderState.*;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.bizcenter.core.services.ServiceOrderCommand.CancelOrder;
import io.bizcenter.core.services.ServiceOrderCommand.ExplainCharges;
import io.bizcenter.core.services.ServiceOrderCommand.FinishService;
import io.bizcenter.core.services.ServiceOrderCommand.HandOverCopy;
import io.bizcenter.core.services.ServiceOrderCommand.IssueFeeNotice;
import io.bizcenter.core.services.ServiceOrderCommand.Settle;
import io.bizcenter.core.services.ServiceOrderCommand.StartService;
import io.bizcenter.core.services.ServiceOrderCommand.TakeDeposit;
import io.bizcenter.core.services.ServiceOrderCommand.TakeOrder;
import io.bizcenter.core.services.ServiceOrderCommand.WriteFeeReceipt;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A client's service order (商务中心的工作程序, SV-2.2 to SV-2.4), declared once. Read top to bottom it is the
 * source's text: before the service, learn the items, time and requirements, explain the charges, issue the fee
 * notice and take the deposit; during it, serve on time; after it, write the Fee Receipt in triplicate and take the
 * client to Finance to settle.
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>Who: the business center takes every step, except that Finance settles (and may receive its own copy of the
 *       receipt). The order names who will do the service; a service that needs skills goes only to staff holding
 *       all of them (SV-2.1, skills from the vendor's {@link StaffSkills}).
 *   <li>Devices: a service done on equipment books one device of a suitable kind for the agreed time. Clients come
 *       first (SV-2.5): only another client order, or an internal use already under way or done, blocks the slot; an
 *       internal use that is merely applied for or approved gives way, and its user is told
 *       ({@link ServiceDesk#handle(ServiceOrderCommand, io.bizcenter.core.kernel.Actor)}).
 *   <li>The deposit is exactly the set proportion of the explained total (FeeSchedule's ratio, half-up to the fen):
 *       no service starts without it, so an order is never served without its deposit.
 *   <li>The charges are those of the catalogue when they are explained, kept on the order; the total at the end is
 *       the explained unit price times the units actually served. Balance = total − deposit: the client pays a
 *       positive balance at Finance, and gets the difference back when the deposit exceeds the total.
 *   <li>The Fee Receipt has three copies, each handed over and tracked (Finance, client, archive); Finance settles
 *       once all three are handed over, and is told in writing when the receipt is written.
 *   <li>An order may be cancelled until its service starts; a deposit taken is returned in full.
 *   <li>A device out of use (faulty or retired) takes no new order (SV-1.2), so the clerk learns it while the client is
 *       there and books another device; it cannot start a service either. An order booked before the fault stands (a
 *       repair usually comes first), and the repair is on the agenda of the center and Engineering.
 *   <li>Separation of duties: Finance settles against a receipt someone else wrote; whoever wrote the Fee Receipt on the
 *       order does not settle it (SV-2.4), read off the order's audit trail.
 * </ul>
 */
public final class ServiceOrderProcedure {
  /** The procedure's name in ids, logs, the audit trail and the agenda. */
  public static final String NAME = "service-orders";

  static final Who CENTER = Who.anyOf(Seat.in(Department.BUSINESS_CENTER));
  static final Who CENTER_OR_FINANCE = Who.anyOf(Seat.in(Department.BUSINESS_CENTER), Seat.in(Department.FINANCE));
  static final Who FINANCE = Who.anyOf(Seat.in(Department.FINANCE));

  private ServiceOrderProcedure() {}

  static ProcedureDefinition<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> declare(
      Bookings bookings, StaffSkills skills, Function<CenterId, ServicePolicy> policies) {
    return ProcedureDefinition.<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand>declare(NAME,
            ServiceOrderState.class, ServiceOrderAction.class)
        .opens(TAKE_ORDER, TakeOrder.class, REQUESTED, CENTER, "SV-2.2", ServiceOrder::take,
            serviceOffered(policies), deviceAsNeeded(bookings, policies), deviceFree(bookings), assigneeSkilled(skills, policies))
        // the charges are the catalogue's when they are explained (SV-3.1)
        .step(REQUESTED, EXPLAIN_CHARGES, ExplainCharges.class, CHARGES_EXPLAINED, CENTER, "SV-2.2",
            (order, explain, step) -> order.explainCharges(explain, step, policies.apply(order.center()).catalogue().find(order.service()).orElse(null)),
            serviceInCatalogue(policies))
        .step(CHARGES_EXPLAINED, ISSUE_FEE_NOTICE, IssueFeeNotice.class, FEE_NOTICE_ISSUED, CENTER, "SV-2.2", ServiceOrder::issueFeeNotice)
        .step(FEE_NOTICE_ISSUED, TAKE_DEPOSIT, TakeDeposit.class, DEPOSIT_TAKEN, CENTER, "SV-2.2", ServiceOrder::takeDeposit, depositAsRequired())
        .step(DEPOSIT_TAKEN, START_SERVICE, StartService.class, SERVING, CENTER, "SV-2.3", ServiceOrder::startService, deviceUsable(bookings))
        .step(SERVING, FINISH_SERVICE, FinishService.class, SERVED, CENTER, "SV-2.3", ServiceOrder::finishService)
        .step(SERVED, WRITE_FEE_RECEIPT, WriteFeeReceipt.class, RECEIPT_WRITTEN, CENTER, "SV-2.4", ServiceOrder::writeFeeReceipt)
        .step(RECEIPT_WRITTEN, HAND_OVER_COPY, HandOverCopy.class, RECEIPT_WRITTEN, CENTER_OR_FINANCE, "SV-2.4", ServiceOrder::handOverCopy,
            copyNotYetHandedOver())
        .step(RECEIPT_WRITTEN, SETTLE, Settle.class, SETTLED, FINANCE, "SV-2.4", ServiceOrder::settle, allCopiesHandedOver())
        // Finance settles against a receipt someone else wrote (SV-2.4)
        .separate(SETTLE, "SV-2.4", WRITE_FEE_RECEIPT)
        .step(REQUESTED, CANCEL, CancelOrder.class, CANCELLED, CENTER, "SV-2.2", ServiceOrder::cancel)
        .step(CHARGES_EXPLAINED, CANCEL, CancelOrder.class, CANCELLED, CENTER, "SV-2.2", ServiceOrder::cancel)
        .step(FEE_NOTICE_ISSUED, CANCEL, CancelOrder.class, CANCELLED, CENTER, "SV-2.2", ServiceOrder::cancel)
        .step(DEPOSIT_TAKEN, CANCEL, CancelOrder.class, CANCELLED, CENTER, "SV-2.2", ServiceOrder::cancel)
        // booking a device and starting a service on it hold the device: two orders cannot book one slot on two nodes
        // (SV-2.2), and a service cannot start while a fault is being reported (SV-1.2); an order's device never changes,
        // so reading it before holding it is safe
        .holds("device", "SV-2.2", TakeOrder.class, take -> take.bookedDevice().map(d -> List.of("device:" + d.value())).orElse(List.of()))
        .holds("device", "SV-1.2", StartService.class, start -> bookings.order(start.center(), start.orderId().value())
            .flatMap(ServiceOrder::device).map(d -> List.of("device:" + d.value())).orElse(List.of()))
        .finals(SETTLED, CANCELLED)
        .build();
  }

  private static Option<Rejection.RuleBroken> some(Rejection.RuleBroken r) {
    return Option.some(r);
  }

  private static Guard<ServiceOrder, TakeOrder> serviceOffered(Function<CenterId, ServicePolicy> policies) {
    return Guard.of("the service is in the catalogue and not retired", "SV-3.1", (none, take, rule) -> {
      Optional<ServiceItem> item = policies.apply(take.center()).catalogue().find(take.service());
      if (item.isEmpty()) {
        return some(new ServiceRejection.UnknownService(take.service(), rule));
      }
      return item.get().retired() ? some(new ServiceRejection.ServiceRetired(take.service(), rule)) : Option.none();
    });
  }

  /**
   * A service done on equipment books a registered, not retired device of a suitable kind; others book none. The device
   * itself answers by its own rules: on the register and suited (SV-1.1), usable (SV-1.2).
   */
  private static Guard<ServiceOrder, TakeOrder> deviceAsNeeded(Bookings bookings, Function<CenterId, ServicePolicy> policies) {
    return Guard.of("a suitable device, when the service needs one", (none, take, rule) -> {
      ServiceItem item = policies.apply(take.center()).catalogue().find(take.service()).orElseThrow();
      if (take.bookedDevice().isEmpty()) {
        return item.needsDevice() ? some(new ServiceRejection.DeviceRequired(take.service(), rule)) : Option.none();
      }
      Optional<Device> device = bookings.device(take.center(), take.device());
      if (device.isEmpty()) {
        return some(new ServiceRejection.UnknownDevice(take.device(), ON_THE_REGISTER));
      }
      // a faulty device is out of use (SV-1.2): the clerk is told now and books another, not when the service starts
      if (!device.get().usable()) {
        return some(new ServiceRejection.DeviceOutOfUse(take.device(), device.get().state(), USABLE));
      }
      return item.devices().contains(device.get().kind())
          ? Option.none()
          : some(new ServiceRejection.DeviceNotSuited(take.device(), device.get().kind(), take.service(), ON_THE_REGISTER));
    });
  }

  /** Clients come first: only another client order, or an internal use that has taken the device, blocks the slot. */
  private static Guard<ServiceOrder, TakeOrder> deviceFree(Bookings bookings) {
    return Guard.of("the device is free for the slot", (none, take, rule) -> {
      if (take.bookedDevice().isEmpty()) {
        return Option.none();
      }
      Optional<String> holder = bookings.clientOrderHolding(take.center(), take.device(), take.slot(), Optional.empty()).map(o -> o.id().value())
          .or(() -> bookings.internalUseTaking(take.center(), take.device(), take.slot()).map(u -> u.id().value()));
      return holder.isPresent()
          ? some(new ServiceRejection.DeviceBooked(take.device(), holder.get(), rule))
          : Option.none();
    });
  }

  private static Guard<ServiceOrder, TakeOrder> assigneeSkilled(StaffSkills skills, Function<CenterId, ServicePolicy> policies) {
    return Guard.of("the assignee has every skill the service needs", "SV-2.1", (none, take, rule) -> {
      Set<Skill> needed = policies.apply(take.center()).catalogue().find(take.service()).orElseThrow().skills();
      Set<Skill> has = skills.of(take.center(), take.assignee());
      List<Skill> missing = needed.stream().filter(s -> has == null || !has.contains(s)).sorted().toList();
      return missing.isEmpty() ? Option.none() : some(new ServiceRejection.SkillMissing(take.assignee().value(), missing, rule));
    });
  }

  private static Guard<ServiceOrder, ExplainCharges> serviceInCatalogue(Function<CenterId, ServicePolicy> policies) {
    return Guard.of("the service is still in the catalogue", "SV-3.1", (order, explain, rule) ->
        policies.apply(order.center()).catalogue().find(order.service()).isPresent()
            ? Option.none()
            : some(new ServiceRejection.UnknownService(order.service(), rule)));
  }

  private static Guard<ServiceOrder, TakeDeposit> depositAsRequired() {
    return Guard.of("the deposit is the set proportion", (order, deposit, rule) -> {
      Charges charges = order.charges().orElseThrow();
      return deposit.amount().equals(charges.deposit())
          ? Option.none()
          : some(new ServiceRejection.DepositNotAsRequired(charges.deposit(), deposit.amount(), rule));
    });
  }

  private static Guard<ServiceOrder, StartService> deviceUsable(Bookings bookings) {
    return Guard.of("the device is neither faulty nor retired", "SV-1.2", (order, start, rule) -> order.device()
        .flatMap(id -> bookings.device(order.center(), id).filter(d -> !d.usable()))
        .map(d -> some(new ServiceRejection.DeviceOutOfUse(d.id(), d.state(), rule)))
        .orElse(Option.none()));
  }

  private static Guard<ServiceOrder, HandOverCopy> copyNotYetHandedOver() {
    return Guard.of("each copy is handed over once", (order, handOver, rule) ->
        order.receipt().orElseThrow().copy(handOver.copy()).orElseThrow().handedOver()
            ? some(new ServiceRejection.CopyAlreadyHandedOver(handOver.copy(), rule))
            : Option.none());
  }

  private static Guard<ServiceOrder, Settle> allCopiesHandedOver() {
    return Guard.of("all three copies are handed over", (order, settle, rule) -> {
      List<ReceiptCopy> outstanding = order.receipt().orElseThrow().outstanding();
      return outstanding.isEmpty() ? Option.none() : some(new ServiceRejection.CopiesOutstanding(outstanding, rule));
    });
  }
}
