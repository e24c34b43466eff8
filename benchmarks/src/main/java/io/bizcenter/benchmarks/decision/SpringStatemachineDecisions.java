package io.bizcenter.benchmarks.decision;

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
import java.util.EnumSet;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * Peer (c): Spring Statemachine 4, built with {@link StateMachineBuilder} and no Spring context, for the same states
 * and steps, each guarded by the same seat check and guards; the hand-written record does the step's work. One
 * machine serves every complaint: it is reset to the opened complaint's state, as a restored machine would be, then
 * each step is an event message carrying the command and the actor. A refused event is DENIED, not thrown: it is
 * checked after every event, and the final state after every complaint.
 */
final class SpringStatemachineDecisions implements ComplaintHandling<PlainComplaint> {
  private static final String COMMAND = "command";
  private static final String ACTOR = "actor";

  private final StateMachine<ComplaintState, ComplaintAction> machine;
  private final Instant now;
  private Blackhole sink;

  SpringStatemachineDecisions(Instant now) {
    this.now = now;
    try {
      StateMachineBuilder.Builder<ComplaintState, ComplaintAction> builder = StateMachineBuilder.builder();
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder.configureStates().withStates()
          .initial(ComplaintState.PHONE_RECEIVED)
          // CLOSED has no way out, but is not declared end(): a machine that completed ignores events after a reset, while
          // answering ACCEPTED (spring-statemachine issue 966); the workload's final-state check caught it
          .states(EnumSet.allOf(ComplaintState.class));
      StateMachineTransitionConfigurer<ComplaintState, ComplaintAction> transitions = builder.configureTransitions();
      for (ComplaintState from : ComplaintState.values()) {
        for (ComplaintAction action : ComplaintAction.values()) {
          ComplaintState to = PlainRules.next(from, action);
          if (to != null) {
            transitions.withExternal().source(from).target(to).event(action).guard(SpringStatemachineDecisions::allowed);
          }
        }
      }
      this.machine = builder.build();
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the configuration", e);
    }
  }

  SpringStatemachineDecisions sinkInto(Blackhole sink) {
    this.sink = sink;
    return this;
  }

  private static boolean allowed(StateContext<ComplaintState, ComplaintAction> context) {
    ComplaintCommand command = context.getMessageHeaders().get(COMMAND, ComplaintCommand.class);
    Actor actor = context.getMessageHeaders().get(ACTOR, Actor.class);
    return PlainRules.mayTake(PlainRules.actionOf(command), actor) && PlainRules.broken(context.getSource().getId(), command) == null;
  }

  @Override
  public PlainComplaint open(ComplaintCommand.Opening command, Actor actor) {
    ComplaintState to = PlainRules.opening(PlainRules.actionOf(command));
    if (to == null || !PlainRules.mayTake(PlainRules.actionOf(command), actor)) {
      throw new IllegalStateException("refused: " + PlainRules.actionOf(command) + " by " + actor.department());
    }
    machine.stopReactively().block();
    machine.getStateMachineAccessor().doWithAllRegions(region ->
        region.resetStateMachineReactively(new DefaultStateMachineContext<>(to, null, null, null)).block());
    machine.startReactively().block();
    PlainComplaint.Outcome outcome = PlainComplaint.opened(command, "C-1", actor.staff(), now, to, ComplaintPolicy.DEFAULT_VERSION);
    sink.consume(outcome.events());
    return outcome.complaint();
  }

  @Override
  public PlainComplaint step(PlainComplaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
    ComplaintState from = machine.getState().getId();
    Message<ComplaintAction> event = MessageBuilder.withPayload(PlainRules.actionOf(command)).setHeader(COMMAND, command).setHeader(ACTOR, actor).build();
    StateMachineEventResult<ComplaintState, ComplaintAction> result = machine.sendEvent(Mono.just(event)).blockLast();
    if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
      throw new IllegalStateException("refused: " + PlainRules.actionOf(command) + " in " + from + " (" + (result == null ? "no result" : result.getResultType()) + ")");
    }
    ComplaintState to = machine.getState().getId();
    PlainComplaint.Outcome outcome = complaint.after(command, to, PlainRules.clause(from, to), now);
    sink.consume(outcome.events());
    sink.consume(outcome.notices());
    return outcome.complaint();
  }

  @Override
  public ComplaintId id(PlainComplaint complaint) {
    return ComplaintId.of(complaint.id());
  }

  /** Where the machine says the complaint stands, checked against the record's own state. */
  @Override
  public ComplaintState state(PlainComplaint complaint) {
    ComplaintState machineState = machine.getState().getId();
    return machineState == complaint.state() ? machineState : null;
  }

  @Override
  public String toString() {
    return "Spring Statemachine";
  }
}
