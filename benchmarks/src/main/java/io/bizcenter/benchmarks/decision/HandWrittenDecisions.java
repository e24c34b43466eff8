package io.bizcenter.benchmarks.decision;

import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.PlainComplaint;
import io.bizcenter.benchmarks.complaints.PlainRules;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import java.time.Instant;
import org.openjdk.jmh.infra.Blackhole;

/** Baseline (a): the hand-written record, its transitions an enum switch, the same seat checks, guards, events and notices. */
final class HandWrittenDecisions implements ComplaintHandling<PlainComplaint> {
  private final Instant now;
  private Blackhole sink;

  HandWrittenDecisions(Instant now) {
    this.now = now;
  }

  HandWrittenDecisions sinkInto(Blackhole sink) {
    this.sink = sink;
    return this;
  }

  @Override
  public PlainComplaint open(ComplaintCommand.Opening command, Actor actor) {
    ComplaintState to = PlainRules.opening(PlainRules.actionOf(command));
    if (to == null || !PlainRules.mayTake(PlainRules.actionOf(command), actor)) {
      throw new IllegalStateException("refused: " + PlainRules.actionOf(command) + " by " + actor.department());
    }
    return taken(PlainComplaint.opened(command, "C-1", actor.staff(), now, to, ComplaintPolicy.DEFAULT_VERSION));
  }

  @Override
  public PlainComplaint step(PlainComplaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
    ComplaintState from = complaint.state();
    ComplaintState to = PlainRules.next(from, PlainRules.actionOf(command));
    if (to == null || !PlainRules.mayTake(PlainRules.actionOf(command), actor)) {
      throw new IllegalStateException("refused: " + PlainRules.actionOf(command) + " in " + from + " by " + actor.department());
    }
    String broken = PlainRules.broken(from, command);
    if (broken != null) {
      throw new IllegalStateException("refused: " + broken);
    }
    return taken(complaint.after(command, to, PlainRules.clause(from, to), now));
  }

  @Override
  public ComplaintId id(PlainComplaint complaint) {
    return ComplaintId.of(complaint.id());
  }

  @Override
  public ComplaintState state(PlainComplaint complaint) {
    return complaint.state();
  }

  private PlainComplaint taken(PlainComplaint.Outcome outcome) {
    sink.consume(outcome.events());
    sink.consume(outcome.notices());
    return outcome.complaint();
  }

  @Override
  public String toString() {
    return "the hand-written record";
  }
}
