package io.bizcenter.benchmarks.scale;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.complaints.LibraryDesk;
import io.bizcenter.benchmarks.complaints.PlainDesk;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.testkit.SequentialIds;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Heap bytes per open complaint, without an agent: the heap in use after full collections, before and after
 * {@code n} complaints are opened through a desk (each: the case, its receipt, its audit entry, its agenda items),
 * divided by {@code n}. The same for the hand-written desk, and for complaints a few steps further on (every
 * accepted command leaves a receipt and an audit entry). Exact to the extent the collector is: the JVM's own
 * bookkeeping between two readings shows up as a few bytes per case at these counts.
 */
public final class HeapPerCase {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** Bytes per complaint in the store, for complaints {@code steps} commands past recording (0: just recorded). */
  public record Measured(String desk, int complaints, int commandsEach, double bytesPerComplaint) {}

  private HeapPerCase() {}

  public static List<Measured> measure(int complaints) {
    return List.of(
        measure("library (InMemoryStorage)", complaints, 0, HeapPerCase::library),
        measure("hand-written (PlainDesk)", complaints, 0, HeapPerCase::handWritten),
        measure("library (InMemoryStorage)", complaints, 4, HeapPerCase::library),
        measure("hand-written (PlainDesk)", complaints, 4, HeapPerCase::handWritten));
  }

  private static ComplaintHandling<?> library() {
    BusinessCenter center = BusinessCenter.builder()
        .storage(new InMemoryStorage())
        .notifier(notice -> { })
        .ids(new SequentialIds("C"))
        .clock(Clock.systemUTC())
        .build();
    return new LibraryDesk(center, "InMemoryStorage");
  }

  private static ComplaintHandling<?> handWritten() {
    return new PlainDesk(Clock.systemUTC(), BusinessCenter.DEFAULT_ZONE);
  }

  private static Measured measure(String name, int complaints, int steps, Supplier<ComplaintHandling<?>> desks) {
    // a warm-up round first, so that classes and JIT caches are in the "before" reading, not in the per-case figure
    fill(desks.get(), 200, steps, new CommandIds("warm-"));
    long before = usedAfterCollection();
    ComplaintHandling<?> desk = desks.get();
    fill(desk, complaints, steps, new CommandIds("heap-"));
    long after = usedAfterCollection();
    if (desk.hashCode() == 42) {
      System.out.print("");  // keeps the desk, and all it holds, reachable until the second reading
    }
    return new Measured(name, complaints, steps, (after - before) / (double) complaints);
  }

  /** Opens {@code complaints} phone complaints, each taken {@code steps} steps down the outside-remit branch (at most 4). */
  private static <H> void fill(ComplaintHandling<H> desk, int complaints, int steps, CommandIds ids) {
    ComplaintWorkflow.Branch outside = ComplaintWorkflow.BRANCHES.get(1);
    for (int i = 0; i < complaints; i++) {
      H complaint = desk.open(outside.opening().apply(ids.next()), ComplaintWorkflow.CLERK);
      for (int s = 0; s < steps; s++) {
        BiFunction<CommandId, ComplaintId, ComplaintCommand.OnComplaint> step = outside.steps().get(s);
        complaint = desk.step(complaint, step.apply(ids.next(), desk.id(complaint)), ComplaintWorkflow.CLERK);
      }
    }
  }

  private static long usedAfterCollection() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
