package io.bizcenter.benchmarks.desk;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.complaints.LibraryDesk;
import io.bizcenter.benchmarks.complaints.PlainDesk;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.testkit.SequentialIds;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 11, figure 2: the complaint workload through {@code BusinessCenter} on {@code InMemoryStorage}, against
 * {@link PlainDesk} doing the same bookkeeping with maps and lists. Both start empty every iteration, so that neither
 * pays for a heap full of earlier iterations' receipts and trails.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InMemoryDeskBenchmark {
  private final CommandIds ids = new CommandIds("cmd-");
  private LibraryDesk library;
  private PlainDesk handWritten;

  @Setup(Level.Iteration)
  public void emptyStores() {
    BusinessCenter center = BusinessCenter.builder()
        .storage(new InMemoryStorage())
        .notifier(notice -> { })
        .ids(new SequentialIds("C"))
        .clock(Clock.systemUTC())
        .build();
    library = new LibraryDesk(center, "InMemoryStorage");
    handWritten = new PlainDesk(Clock.systemUTC(), BusinessCenter.DEFAULT_ZONE);
  }

  @Benchmark
  public int library() {
    return ComplaintWorkflow.run(library, ids);
  }

  @Benchmark
  public int handWritten() {
    return ComplaintWorkflow.run(handWritten, ids);
  }
}
