package io.bizcenter.benchmarks.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.complaints.LibraryDesk;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.testkit.SequentialIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 22, figure 5b: many nodes, one database. A node is a thread with its own HikariCP pool, its own
 * {@code JdbcStorage} and {@code BusinessCenter} and its own case and command ids, as a separate server of one
 * deployment would be; all nodes run the complaint workload on one PostgreSQL database with fsync and
 * synchronous_commit on. Commands are counted as they are accepted, so a window of time counts exactly the commands
 * inside it, and no node waits for another to finish a workload. One database, migrated once, serves every node count.
 */
public final class NodesCurve {
  /** The size of each node's pool: one client per node, one connection in use at a time. */
  static final int POOL_PER_NODE = 2;

  /** Commands per second of all nodes together, at each node count. */
  public record Point(int nodes, double commandsPerSecond) {}

  private NodesCurve() {}

  public static List<Point> measure(int[] nodeCounts, long warmMillis, long timedMillis) {
    List<Point> curve = new ArrayList<>();
    try (HikariDataSource database = Databases.fresh(Databases.Kind.POSTGRESQL_DURABLE, "nodes", 2)) {
      JdbcStorage.on(database).migrate();
      int run = 0;
      for (int nodes : nodeCounts) {
        curve.add(new Point(nodes, run(database, nodes, "r" + ++run + "n", warmMillis, timedMillis)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return curve;
  }

  private static double run(HikariDataSource database, int nodes, String prefix, long warmMillis, long timedMillis) throws InterruptedException {
    AtomicLong accepted = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    List<HikariDataSource> pools = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int no = 0; no < nodes; no++) {
      HikariDataSource pool = Databases.another(database, POOL_PER_NODE);
      pools.add(pool);
      BusinessCenter center = BusinessCenter.builder()
          .storage(JdbcStorage.on(pool))
          .notifier(notice -> { })
          .ids(new SequentialIds(prefix + no + "-"))
          .clock(Clock.systemUTC())
          .build();
      Counted desk = new Counted(new LibraryDesk(center, "JdbcStorage, node " + no), accepted);
      CommandIds ids = new CommandIds(prefix + no + "-");
      Thread node = new Thread(() -> {
        try {
          while (!stop.get()) {
            ComplaintWorkflow.run(desk, ids);
          }
        } catch (RuntimeException e) {
          failed.compareAndSet(null, e);
        }
      }, "node-" + no);
      threads.add(node);
    }
    threads.forEach(Thread::start);
    Thread.sleep(warmMillis);
    long from = accepted.get();
    long start = System.nanoTime();
    Thread.sleep(timedMillis);
    long to = accepted.get();
    long end = System.nanoTime();
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    pools.forEach(HikariDataSource::close);
    if (failed.get() != null) {
      throw new IllegalStateException("a node failed with " + nodes + " nodes", failed.get());
    }
    return (to - from) / ((end - start) / 1e9);
  }

  /** The library's desk, each accepted command counted. */
  private record Counted(LibraryDesk desk, AtomicLong accepted) implements ComplaintHandling.OfCases {
    @Override
    public Complaint open(ComplaintCommand.Opening command, Actor actor) {
      Complaint opened = desk.open(command, actor);
      accepted.incrementAndGet();
      return opened;
    }

    @Override
    public Complaint step(Complaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
      Complaint next = desk.step(complaint, command, actor);
      accepted.incrementAndGet();
      return next;
    }
  }
}
