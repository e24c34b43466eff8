package io.bizcenter.core.services;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Plugs internal use of the equipment into the one command path: its declaration (steps and their decisions), field checks, duties. */
final class InternalUseRules implements ProcedureRules<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> {
  private final ProcedureDefinition<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> definition;
  private final Function<CenterId, ServicePolicy> policies;

  InternalUseRules(Bookings bookings, Function<CenterId, ServicePolicy> policies) {
    this.definition = InternalUseProcedure.declare(bookings);
    this.policies = policies;
  }

  public ProcedureDefinition<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> definition() {
    return definition;
  }

  public Class<InternalUse> caseType() {
    return InternalUse.class;
  }

  public Validation<Seq<FieldError>, InternalUseCommand> validate(InternalUseCommand command) {
    return command.check();
  }

  /**
   * SV-2.5 on the agenda: an application is owed an answer by the applicant's department manager (within the policy's
   * time, and before the slot starts); an approved use is the center's to start by the slot's start and to end by its
   * end; after use the user's department owes the signed Fee Settlement Form.
   */
  public Duties<InternalUse> duties() {
    return (use, zone) -> {
      ServicePolicy policy = policies.apply(use.center());
      Department applicant = use.application().department();
      Slot slot = use.application().slot();
      Instant since = use.stateEnteredAt();
      return switch (use.state()) {
        case APPLIED -> {
          Instant answer = policy.approvalTimeAllowed().dueFrom(since, zone);
          yield List.of(item(use, Seat.of(applicant, Role.DEPARTMENT_MANAGER), since, answer.isBefore(slot.startsAt()) ? answer : slot.startsAt(),
              InternalUseAction.APPROVE, InternalUseAction.REFUSE));
        }
        case APPROVED -> List.of(item(use, Seat.in(Department.BUSINESS_CENTER), since, slot.startsAt(), InternalUseAction.START_USE));
        case IN_USE -> List.of(item(use, Seat.in(Department.BUSINESS_CENTER), since, slot.endsAt(), InternalUseAction.FINISH_USE));
        case USED -> List.of(item(use, Seat.in(applicant), since, policy.settlementTimeAllowed().dueFrom(since, zone),
            InternalUseAction.SIGN_FEE_SETTLEMENT));
        case REFUSED, WITHDRAWN, DISPLACED, SETTLED -> List.of();
      };
    };
  }

  private AgendaItem item(InternalUse use, Seat seat, Instant from, Instant due, InternalUseAction... actions) {
    return new AgendaItem(use.center(), definition.name(), use.id().value(), use.state().name(),
        java.util.Arrays.stream(actions).map(Enum::name).toList(), seat, from, due, Clause.of("SV-2.5"));
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
