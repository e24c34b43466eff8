package io.bizcenter.core.tenancy;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.bizcenter.core.procedure.Transition;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plugs the lease watch into the one command path. Its duties are its own: the renewal visit stands on Service's agenda
 * from 00:00 of the day it falls due (in the property's zone) and is overdue after the policy's visit time; once the
 * client was visited, or a renewal is under way, the next step is owed before the term's last day.
 */
final class RenewalVisitRules implements ProcedureRules<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> {
  private final Function<CenterId, TenancyPolicy> policies;
  private final ProcedureDefinition<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> definition;

  RenewalVisitRules(TenancyRecords records, Function<CenterId, TenancyPolicy> policies) {
    this.policies = policies;
    this.definition = RenewalVisitProcedure.declare(records, policies);
  }

  public ProcedureDefinition<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> definition() {
    return definition;
  }

  public Class<RenewalVisit> caseType() {
    return RenewalVisit.class;
  }

  public Validation<Seq<FieldError>, RenewalVisitCommand> validate(RenewalVisitCommand command) {
    return command.check();
  }

  public Duties<RenewalVisit> duties() {
    return (lease, zone) -> {
      // a departure waits on its move-out, whose steps are on the agenda; the desk takes the watch's next step
      if (definition.isFinal(lease.state()) || lease.state() == RenewalVisitState.LEAVING) {
        return List.of();
      }
      Instant from;
      Instant due;
      Instant lastDay = lease.leaseExpiry().atStartOfDay(zone).toInstant();
      if (lease.state() == RenewalVisitState.WATCHED) {
        from = lease.visitDue().atStartOfDay(zone).toInstant();
        due = policies.apply(lease.center()).visitTime().dueFrom(from, zone);
      } else {
        from = lease.stateEnteredAt();
        due = lastDay.isAfter(from) ? lastDay : from;
      }
      Map<Seat, List<String>> bySeat = new LinkedHashMap<>();
      for (Transition<RenewalVisitState, RenewalVisitAction, RenewalVisit, RenewalVisitCommand> t : definition.stepsFrom(lease.state())) {
        t.who().seats().forEach(seat -> bySeat.computeIfAbsent(seat, s -> new ArrayList<>()).add(t.action().name()));
      }
      List<AgendaItem> items = new ArrayList<>();
      bySeat.forEach((seat, actions) -> items.add(new AgendaItem(lease.center(), definition.name(), lease.id().value(), lease.state().name(),
          actions, seat, from, due, definition.clauseOf(lease.state()))));
      return items;
    };
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
