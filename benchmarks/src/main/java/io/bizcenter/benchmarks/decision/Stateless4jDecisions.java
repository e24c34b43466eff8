package io.bizcenter.benchmarks.decision;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.PlainComplaint;
import io.bizcenter.benchmarks.complaints.PlainRules;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import java.time.Instant;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Peer (b): stateless4j holds the transitions, configured once for the same states and steps, each guarded by the same
 * seat check and guards; the hand-written record does the step's work. A refused trigger throws in stateless4j. Its
 * guards take no arguments, so the command being fired waits in a field, as stateless4j users do.
 */
final class Stateless4jDecisions implements ComplaintHandling<Stateless4jDecisions.Handle> {
  /** A complaint and the machine that knows its state. */
  record Handle(StateMachine<ComplaintState, ComplaintAction> machine, PlainComplaint complaint) {}

  private final StateMachineConfig<ComplaintState, ComplaintAction> config = new StateMachineConfig<>();
  private final Instant now;
  private Blackhole sink;
  private ComplaintState firingFrom;
  private ComplaintCommand firing;
  private Actor firingActor;

  Stateless4jDecisions(Instant now) {
    this.now = now;
    for (ComplaintState from : ComplaintState.values()) {
      for (ComplaintAction action : ComplaintAction.values()) {
        ComplaintState to = PlainRules.next(from, action);
        if (to != null) {
          config.configure(from).permitIf(action, to, this::allowed);
        }
      }
    }
    config.configure(ComplaintState.CLOSED);
  }

  Stateless4jDecisions sinkInto(Blackhole sink) {
    this.sink = sink;
    return this;
  }

  private boolean allowed() {
    return PlainRules.mayTake(PlainRules.actionOf(firing), firingActor) && PlainRules.broken(firingFrom, firing) == null;
  }

  @Override
  public Handle open(ComplaintCommand.Opening command, Actor actor) {
    ComplaintState to = PlainRules.opening(PlainRules.actionOf(command));
    if (to == null || !PlainRules.mayTake(PlainRules.actionOf(command), actor)) {
      throw new IllegalStateException("refused: " + PlainRules.actionOf(command) + " by " + actor.department());
    }
    PlainComplaint.Outcome outcome = PlainComplaint.opened(command, "C-1", actor.staff(), now, to, ComplaintPolicy.DEFAULT_VERSION);
    sink.consume(outcome.events());
    return new Handle(new StateMachine<>(to, config), outcome.complaint());
  }

  @Override
  public Handle step(Handle complaint, ComplaintCommand.OnComplaint command, Actor actor) {
    StateMachine<ComplaintState, ComplaintAction> machine = complaint.machine();
    ComplaintState from = machine.getState();
    firingFrom = from;
    firing = command;
    firingActor = actor;
    machine.fire(PlainRules.actionOf(command));
    ComplaintState to = machine.getState();
    PlainComplaint.Outcome outcome = complaint.complaint().after(command, to, PlainRules.clause(from, to), now);
    sink.consume(outcome.events());
    sink.consume(outcome.notices());
    return new Handle(machine, outcome.complaint());
  }

  @Override
  public ComplaintId id(Handle complaint) {
    return ComplaintId.of(complaint.complaint().id());
  }

  /** Where the machine says the complaint stands, checked against the record's own state. */
  @Override
  public ComplaintState state(Handle complaint) {
    ComplaintState machine = complaint.machine().getState();
    return machine == complaint.complaint().state() ? machine : null;
  }

  @Override
  public String toString() {
    return "stateless4j";
  }
}
