package io.bizcenter.benchmarks.scale;

import io.bizcenter.benchmarks.Stores;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.complaints.LibraryDesk;
import io.bizcenter.benchmarks.procedures.KeyRounds;
import io.bizcenter.benchmarks.procedures.MeetingTimelines;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.testkit.SequentialIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Issue 22, point 4: a meeting command and a key command beside a complaint command, each on its own store of the same
 * kind, and each with {@value #SMALL} and {@value #LARGE} open cases of its kind in the center, all five side by side (a
 * JMH group). Key commands are {@link KeyRounds}' (lend, log a master-key use, return, in {@value #KEY_ROOMS} rooms)
 * in a register filled by {@link KeysInTheRegister}; meeting commands are {@link MeetingTimelines}' (book to close)
 * in the rooms {@link BookedMeetings} booked every afternoon; the complaint workload runs on a store that starts empty.
 * The suite divides each by its commands: per command against a complaint command, and 100k against 1k.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MeetingsAndKeysScaleBenchmark {
  public static final int SMALL = 1_000;
  public static final int LARGE = 100_000;
  public static final int KEY_ROOMS = 100;

  @Param({Stores.MEMORY, "H2", "POSTGRESQL"})
  public String store;

  private final List<Stores> opened = new ArrayList<>();
  private final CommandIds ids = new CommandIds("cmd-");
  private LibraryDesk complaints;
  private KeyRounds keysSmall;
  private KeyRounds keysLarge;
  private MeetingTimelines meetingsSmall;
  private MeetingTimelines meetingsLarge;

  @Setup(Level.Trial)
  public void fill() {
    Stores complaintStore = open("complaints");
    complaints = new LibraryDesk(BusinessCenter.builder()
        .storage(complaintStore.storage())
        .notifier(notice -> { })
        .ids(new SequentialIds("C"))
        .clock(Clock.systemUTC())
        .build(), store);
    // the four stores are filled two at a time: a fill is one thread's work (or one database session's)
    ExecutorService fillers = Executors.newFixedThreadPool(2);
    try {
      Future<KeyRounds> largeRegister = fillers.submit(() -> keys(LARGE));
      Future<MeetingTimelines> largeCalendar = fillers.submit(() -> meetings(LARGE));
      Future<KeyRounds> smallRegister = fillers.submit(() -> keys(SMALL));
      Future<MeetingTimelines> smallCalendar = fillers.submit(() -> meetings(SMALL));
      keysSmall = smallRegister.get();
      keysLarge = largeRegister.get();
      meetingsSmall = smallCalendar.get();
      meetingsLarge = largeCalendar.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("filling the stores failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while filling the stores", e);
    } finally {
      fillers.shutdownNow();
    }
  }

  /** A register of {@code keys} keys (one more: the rounds' master key), the rounds' backups among them. */
  private KeyRounds keys(int keys) {
    Stores stores = open("keys_" + keys);
    long started = System.nanoTime();
    KeysInTheRegister.fill(stores, store, (keys - KEY_ROOMS) / KeysInTheRegister.KEYS_PER_OFFICE);
    filled(keys + " keys", started);
    return new KeyRounds(stores.storage(), KEY_ROOMS);
  }

  private MeetingTimelines meetings(int meetings) {
    Stores stores = open("meetings_" + meetings);
    long started = System.nanoTime();
    BookedMeetings.fill(stores, store, meetings);
    filled(meetings + " meetings", started);
    return new MeetingTimelines(stores.storage(), BookedMeetings.measuredRooms());
  }

  /** How long a fill took, in the run's log: it must stay seconds for the suite's time. */
  private void filled(String what, long started) {
    System.out.printf(Locale.ROOT, "[fill] %s, %s: %.1f s%n", store, what, (System.nanoTime() - started) / 1e9);
  }

  private Stores open(String purpose) {
    Stores stores = Stores.fresh(store, purpose);
    synchronized (opened) {
      opened.add(stores);
    }
    return stores;
  }

  @TearDown(Level.Trial)
  public void close() {
    opened.forEach(Stores::close);
  }

  @Benchmark
  @Group("commands")
  @GroupThreads(1)
  public int complaintWorkload() {
    return ComplaintWorkflow.run(complaints, ids);
  }

  @Benchmark
  @Group("commands")
  @GroupThreads(1)
  public int keyRound1k() {
    return keysSmall.round();
  }

  @Benchmark
  @Group("commands")
  @GroupThreads(1)
  public int keyRound100k() {
    return keysLarge.round();
  }

  @Benchmark
  @Group("commands")
  @GroupThreads(1)
  public int meetingTimeline1k() {
    return meetingsSmall.meeting();
  }

  @Benchmark
  @Group("commands")
  @GroupThreads(1)
  public int meetingTimeline100k() {
    return meetingsLarge.meeting();
  }
}
