package io.bizcenter.benchmarks.decision;

import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 11, figure 1: the complaint workload's 36 steps decided without storage, by the library and by three others
 * that take the same steps with the same checks and produce the same events. One operation is the whole workload;
 * each variant must end every complaint CLOSED (checked on every operation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionPathBenchmark {
  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  private final CommandIds ids = new CommandIds("cmd-");
  private LibraryDecisions library;
  private HandWrittenDecisions handWritten;
  private Stateless4jDecisions stateless4j;
  private SpringStatemachineDecisions springStatemachine;

  @Setup
  public void setUp() {
    library = new LibraryDecisions(NOW);
    handWritten = new HandWrittenDecisions(NOW);
    stateless4j = new Stateless4jDecisions(NOW);
    springStatemachine = new SpringStatemachineDecisions(NOW);
  }

  @Benchmark
  public int library(Blackhole sink) {
    return ComplaintWorkflow.run(library.sinkInto(sink), ids);
  }

  @Benchmark
  public int handWritten(Blackhole sink) {
    return ComplaintWorkflow.run(handWritten.sinkInto(sink), ids);
  }

  @Benchmark
  public int stateless4j(Blackhole sink) {
    return ComplaintWorkflow.run(stateless4j.sinkInto(sink), ids);
  }

  @Benchmark
  public int springStatemachine(Blackhole sink) {
    return ComplaintWorkflow.run(springStatemachine.sinkInto(sink), ids);
  }
}
