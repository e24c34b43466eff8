package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written desks' decisions: the enum-switch table, seat and guards of {@link PlainRules}, then the record's
 * step; and what a complaint owes the agenda afterwards. A refused step throws: the workload never sends one.
 */
public final class PlainSteps {
  private PlainSteps() {}

  /** One step taken: which, from where to where under which clause, and what it produced. */
  public record Taken(ComplaintAction action, ComplaintState from, ComplaintState to, Clause clause, PlainComplaint complaint,
      List<DomainEvent> events, List<Notice> notices) {}

  /** What a department owes a complaint, by when (GS-7): one per seat that may take a step out of its state. */
  public record Due(CenterId center, String caseId, ComplaintState state, List<String> actions, Department department, Instant availableFrom,
      Instant dueAt, Clause clause) {}

  public static Taken open(ComplaintCommand.Opening command, Actor actor, String id, Instant at, PolicyVersion policy) {
    ComplaintAction action = PlainRules.actionOf(command);
    ComplaintState to = PlainRules.opening(action);
    if (to == null || !PlainRules.mayTake(action, actor)) {
      throw new IllegalStateException("refused: " + action + " by " + actor.department());
    }
    PlainComplaint.Outcome outcome = PlainComplaint.opened(command, id, actor.staff(), at, to, policy);
    return new Taken(action, null, to, PlainRules.clause(null, to), outcome.complaint(), outcome.events(), outcome.notices());
  }

  public static Taken step(PlainComplaint current, ComplaintCommand.OnComplaint command, Actor actor, Instant at) {
    ComplaintAction action = PlainRules.actionOf(command);
    ComplaintState from = current.state();
    ComplaintState to = PlainRules.next(from, action);
    if (to == null || !PlainRules.mayTake(action, actor)) {
      throw new IllegalStateException("refused: " + action + " in " + from + " by " + actor.department());
    }
    String broken = PlainRules.broken(from, command);
    if (broken != null) {
      throw new IllegalStateException("refused: " + broken);
    }
    Clause clause = PlainRules.clause(from, to);
    PlainComplaint.Outcome outcome = current.after(command, to, clause, at);
    return new Taken(action, from, to, clause, outcome.complaint(), outcome.events(), outcome.notices());
  }

  /** Nothing once closed; otherwise each seat owes the next step from the moment the state was entered, by the policy's limit. */
  public static List<Due> owed(PlainComplaint c, ComplaintPolicy policy, ZoneId zone) {
    if (c.state() == ComplaintState.CLOSED) {
      return List.of();
    }
    Instant due = policy.timeAllowed(c.state()).dueFrom(c.stateEnteredAt(), zone);
    List<String> actions = PlainRules.actionsFrom(c.state());
    Clause clause = PlainRules.clause(null, c.state());
    List<Due> owed = new ArrayList<>(3);
    for (Department seat : PlainRules.seatsFor(c.state())) {
      owed.add(new Due(c.center(), c.id(), c.state(), seat == Department.GENERAL_OFFICE ? List.of(ComplaintAction.RECORD_RESOLUTION.name()) : actions,
          seat, c.stateEnteredAt(), due, clause));
    }
    return owed;
  }
}
