package io.bizcenter.benchmarks.procedures;

import io.bizcenter.benchmarks.Stores;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.complaints.LibraryDesk;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.testkit.SequentialIds;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 11, figure 5: key control ({@link KeyRounds}: lend, log a master-key use, return, across 1,000 rooms) and a
 * meeting's timeline ({@link MeetingTimelines}: book to close), beside the complaint workload, each on its own new store
 * of the same kind, side by side (a JMH group): the suite compares their cost per command with a complaint command's.
 * In memory the stores start empty every iteration (the in-memory room calendar scans the center's meetings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProceduresBenchmark {
  @Param({Stores.MEMORY, "H2", "POSTGRESQL"})
  public String store;

  private Stores complaintStores;
  private Stores keyStores;
  private Stores meetingStores;
  private LibraryDesk complaints;
  private KeyRounds keys;
  private MeetingTimelines meetings;
  private final CommandIds ids = new CommandIds("cmd-");

  @Setup(Level.Trial)
  public void open() {
    fresh();
  }

  @Setup(Level.Iteration)
  public void emptyMemory() {
    if (store.equals(Stores.MEMORY)) {
      fresh();
    }
  }

  private void fresh() {
    close();
    complaintStores = Stores.fresh(store, "complaints");
    keyStores = Stores.fresh(store, "keys");
    meetingStores = Stores.fresh(store, "meetings");
    complaints = new LibraryDesk(BusinessCenter.builder()
        .storage(complaintStores.storage())
        .notifier(notice -> { })
        .ids(new SequentialIds("C"))
        .clock(Clock.systemUTC())
        .build(), store);
    keys = new KeyRounds(keyStores.storage());
    meetings = new MeetingTimelines(meetingStores.storage());
  }

  @TearDown(Level.Trial)
  public void close() {
    if (complaintStores != null) {
      complaintStores.close();
      keyStores.close();
      meetingStores.close();
    }
  }

  @Benchmark
  @Group("procedures")
  @GroupThreads(1)
  public int complaintWorkload() {
    return ComplaintWorkflow.run(complaints, ids);
  }

  @Benchmark
  @Group("procedures")
  @GroupThreads(1)
  public int keyRound() {
    return keys.round();
  }

  @Benchmark
  @Group("procedures")
  @GroupThreads(1)
  public int meetingTimeline() {
    return meetings.meeting();
  }
}
