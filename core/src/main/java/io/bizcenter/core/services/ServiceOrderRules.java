package io.bizcenter.core.services;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.procedure.DeclaredDuties;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.function.Function;

/** Plugs clients' service orders into the one command path: its declaration (steps and their decisions), field checks, duties. */
final class ServiceOrderRules implements ProcedureRules<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> {
  private final ProcedureDefinition<ServiceOrderState, ServiceOrderAction, ServiceOrder, ServiceOrderCommand> definition;
  private final Function<CenterId, ServicePolicy> policies;
  // asked after every decision: built once
  private final DeclaredDuties<ServiceOrderState, ServiceOrderAction, ServiceOrder> declared;

  ServiceOrderRules(Bookings bookings, StaffSkills skills, Function<CenterId, ServicePolicy> policies) {
    this.definition = ServiceOrderProcedure.declare(bookings, skills, policies);
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
