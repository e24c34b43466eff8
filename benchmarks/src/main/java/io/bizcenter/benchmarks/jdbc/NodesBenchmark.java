package io.bizcenter.benchmarks.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.complaints.LibraryDesk;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Issue 22, figure 5: many nodes, one database. Each JMH thread is a node of its own: its own HikariCP pool, its own
 * {@code JdbcStorage} and {@code BusinessCenter}, its own case and command ids, as separate servers of one deployment
 * would be; all share one PostgreSQL database with fsync and synchronous_commit on. The suite runs it with 1, 2, 4 and
 * 8 threads and draws the curve.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NodesBenchmark {
  /** The size of each node's pool: one client per node, one connection in use at a time. */
  static final int POOL_PER_NODE = 2;

  private HikariDataSource database;

  /** One node of the deployment. */
  @State(Scope.Thread)
  public static class Node {
    HikariDataSource pool;
    LibraryDesk desk;
    CommandIds ids;

    @Setup(Level.Trial)
    public void start(NodesBenchmark shared, ThreadParams thread) {
      int no = thread.getThreadIndex();
      pool = Databases.another(shared.database, POOL_PER_NODE);
      BusinessCenter center = BusinessCenter.builder()
          .storage(JdbcStorage.on(pool))
          .notifier(notice -> { })
          .ids(new SequentialIds("N" + no + "-"))
          .clock(Clock.systemUTC())
          .build();
      desk = new LibraryDesk(center, "JdbcStorage, node " + no);
      ids = new CommandIds("node" + no + "-");
    }

    @TearDown(Level.Trial)
    public void stop() {
      pool.close();
    }
  }

  @Setup(Level.Trial)
  public void newDatabase() {
    database = Databases.fresh(Databases.Kind.POSTGRESQL_DURABLE, "nodes", 2);
    JdbcStorage.on(database).migrate();
  }

  @TearDown(Level.Trial)
  public void closeDatabase() {
    database.close();
  }

  @Benchmark
  public int complaintWorkload(Node node) {
    return ComplaintWorkflow.run(node.desk, node.ids);
  }
}
