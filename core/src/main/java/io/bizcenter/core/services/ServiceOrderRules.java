package io.bizcenter.core.services;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.procedure.DeclaredDuties;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.bizcenter.core.procedure.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Plugs clients' service orders into the one command path: declaration, field checks, decisions, duties. */
final class ServiceOrderRules implements ProcedureRules<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> {
  private final ProcedureDefinition<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> definition;
  private final Bookings bookings;
  private final Function<CenterId, ServicePolicy> policies;
  // asked after every decision: built once
  private final DeclaredDuties<ServiceOrderState, ServiceOrderAction, ServiceOrder> declared;

  ServiceOrderRules(Bookings bookings, StaffSkills skills, Function<CenterId, ServicePolicy> policies) {
    this.definition = ServiceOrderProcedure.declare(bookings, skills, policies);
    this.bookings = bookings;
    this.policies = policies;
    this.declared = new DeclaredDuties<>(definition, (center, state) -> policies.apply(center).orderTimeAllowed(state));
  }

  public ProcedureDefinition<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> definition() {
    return definition;
  }

  public Class<ServiceOrder> caseType() {
    return ServiceOrder.class;
  }

  public Validation<Seq<FieldError>, ServiceOrderCommand> validate(ServiceOrderCommand command) {
    return command.check();
  }

  public ServiceOrderAction action(ServiceOrderCommand command) {
    return command.action();
  }

  public Option<String> target(ServiceOrderCommand command) {
    return command instanceof ServiceOrderCommand.OnOrder on ? Option.of(on.orderId().value()) : Option.none();
  }

  public Either<Rejection, Decision<ServiceOrder>> open(ServiceOrderCommand command, Step<ServiceOrderState> step) {
    return Either.right(ServiceOrder.take((ServiceOrderCommand.TakeOrder) command, step));
  }

  public Either<Rejection, Decision<ServiceOrder>> decide(ServiceOrder current, ServiceOrderCommand command, Step<ServiceOrderState> step) {
    ServiceItem item = policies.apply(current.center()).catalogue().find(current.service()).orElse(null);
    return Either.right(current.decide((ServiceOrderCommand.OnOrder) command, step, item));
  }

  /**
   * Booking a device and starting a service on it hold the device: two orders cannot book one slot on two nodes,
   * and a service cannot start while a fault is being reported (SV-1.2, SV-2.2). An order's device never changes,
   * so reading it before holding it is safe.
   */
  @Override
  public List<String> exclusiveTo(ServiceOrderCommand command) {
    if (command instanceof ServiceOrderCommand.TakeOrder take) {
      return take.bookedDevice().map(d -> List.of("device:" + d.value())).orElse(List.of());
    }
    if (command instanceof ServiceOrderCommand.StartService start) {
      return bookings.order(start.center(), start.orderId().value()).flatMap(ServiceOrder::device)
          .map(d -> List.of("device:" + d.value())).orElse(List.of());
    }
    return List.of();
  }

  /**
   * The declared next steps, due by the policy's time limits; an order waiting for its service is due at the slot's
   * start, one being served at the slot's end (SV-2.3: done on time).
   */
  public Duties<ServiceOrder> duties() {
    return (order, zone) -> declared.owed(order, zone).stream().map(item -> switch (order.state()) {
      case DEPOSIT_TAKEN -> dueAt(item, order.slot().startsAt());
      case SERVING -> dueAt(item, order.slot().endsAt());
      default -> item;
    }).toList();
  }

  private static AgendaItem dueAt(AgendaItem item, Instant due) {
    return new AgendaItem(item.center(), item.procedure(), item.caseId(), item.state(), item.actions(), item.seat(), item.availableFrom(),
        due, item.clause());
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
