package io.bizcenter.benchmarks.decision;

import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintDecisions;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Rejection;
import java.time.Instant;
import org.openjdk.jmh.infra.Blackhole;

/** The library's decision path: {@code ComplaintProcedure.DEFINITION.permits} (table, seat, guards), then the aggregate's decision. */
final class LibraryDecisions implements ComplaintHandling.OfCases {
  private final Instant now;
  private Blackhole sink;

  LibraryDecisions(Instant now) {
    this.now = now;
  }

  LibraryDecisions sinkInto(Blackhole sink) {
    this.sink = sink;
    return this;
  }

  @Override
  public Complaint open(ComplaintCommand.Opening command, Actor actor) {
    return taken(ComplaintDecisions.open(command, actor, "C-1", now, ComplaintPolicy.DEFAULT_VERSION));
  }

  @Override
  public Complaint step(Complaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
    return taken(ComplaintDecisions.step(complaint, command, actor, now, ComplaintPolicy.DEFAULT_VERSION));
  }

  private Complaint taken(io.vavr.control.Either<Rejection, Decision<Complaint>> answer) {
    Decision<Complaint> decision = answer.getOrElseThrow(r -> new IllegalStateException("refused: " + r.code() + " [" + r.clause() + "]"));
    sink.consume(decision.events());
    sink.consume(decision.notices());
    return decision.state();
  }

  @Override
  public String toString() {
    return "the library's declaration and decision";
  }
}
