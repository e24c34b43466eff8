package io.bizcenter.core.services;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
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

/** Plugs internal use of the equipment into the one command path: declaration, field checks, decisions, duties. */
final class InternalUseRules implements ProcedureRules<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> {
  private final ProcedureDefinition<InternalUseState, InternalUseAction, InternalUse, InternalUseCommand> definition;
  private final Bookings bookings;
  private final Function<CenterId, ServicePolicy> policies;

  InternalUseRules(Bookings bookings, Function<CenterId, ServicePolicy> policies) {
    this.definition = InternalUseProcedure.declare(bookings);
    this.bookings = bookings;
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

  public InternalUseAction action(InternalUseCommand command) {
    return command.action();
  }

  public Option<String> target(InternalUseCommand command) {
    return command instanceof InternalUseCommand.OnUse on ? Option.of(on.useId().value()) : Option.none();
  }

  public Either<Rejection, Decision<InternalUse>> open(InternalUseCommand command, Step<InternalUseState> step) {
    return Either.right(InternalUse.apply((InternalUseCommand.ApplyForUse) command, step));
  }

  public Either<Rejection, Decision<InternalUse>> decide(InternalUse current, InternalUseCommand command, Step<InternalUseState> step) {
    return Either.right(current.decide((InternalUseCommand.OnUse) command, step));
  }

  /** Every step that books or uses the device holds it, as client orders and fault reports do (SV-1.2, SV-2.5). */
  @Override
  public List<String> exclusiveTo(InternalUseCommand command) {
    if (command instanceof InternalUseCommand.ApplyForUse apply) {
      return List.of("device:" + apply.device().value());
    }
    InternalUseCommand.OnUse on = (InternalUseCommand.OnUse) command;
    return bookings.use(on.center(), on.useId().value()).map(u -> List.of("device:" + u.device().value())).orElse(List.of());
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
