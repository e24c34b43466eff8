package io.bizcenter.benchmarks.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.benchmarks.complaints.ComplaintHandling;
import io.bizcenter.benchmarks.complaints.ComplaintWorkflow;
import io.bizcenter.benchmarks.complaints.LibraryDesk;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.testkit.SequentialIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Issue 11, figure 3: the complaint workload on a database, by the library ({@code JdbcStorage}), by raw JDBC issuing
 * the same statements ({@link RawJdbcDesk}) and by Flowable ({@link FlowableDesk}), each on a new database of its own,
 * side by side: the three run at the same time (a JMH group), so that the shared machine's load, which drifts over
 * minutes, weighs on all three alike. The suite runs it with one client per variant and with eight.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcDeskBenchmark {
  @Param({"H2", "POSTGRESQL", "MARIADB"})
  public Databases.Kind database;

  private final List<HikariDataSource> pools = new ArrayList<>();
  private ComplaintHandling<?> library;
  private ComplaintHandling<?> rawJdbc;
  private FlowableDesk flowable;

  /** One client: its own command ids. */
  @State(Scope.Thread)
  public static class Client {
    CommandIds ids;

    @Setup
    public void numbered(ThreadParams thread) {
      ids = new CommandIds("client" + thread.getThreadIndex() + "-");
    }
  }

  @Setup(Level.Trial)
  public void newDatabases() {
    library = on("library", pool("library"));
    rawJdbc = on("rawJdbc", pool("raw"));
    flowable = (FlowableDesk) on("flowable", pool("flowable"));
  }

  private HikariDataSource pool(String variant) {
    HikariDataSource pool = Databases.fresh(database, "desk_" + variant, 10);
    pools.add(pool);
    return pool;
  }

  /** The variant named, on a migrated database behind {@code dataSource}. */
  public static ComplaintHandling<?> on(String variant, DataSource dataSource) {
    return switch (variant) {
      case "library" -> {
        JdbcStorage storage = JdbcStorage.on(dataSource);
        storage.migrate();
        BusinessCenter center = BusinessCenter.builder()
            .storage(storage)
            .notifier(notice -> { })
            .ids(new SequentialIds("C"))
            .clock(Clock.systemUTC())
            .build();
        yield new LibraryDesk(center, "JdbcStorage");
      }
      case "rawJdbc" -> {
        JdbcStorage.on(dataSource).migrate();
        yield new RawJdbcDesk(dataSource, Clock.systemUTC(), BusinessCenter.DEFAULT_ZONE);
      }
      case "flowable" -> new FlowableDesk(dataSource);
      default -> throw new IllegalArgumentException("no variant " + variant);
    };
  }

  @TearDown(Level.Trial)
  public void closeDatabases() {
    flowable.close();
    pools.forEach(HikariDataSource::close);
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public int library(Client client) {
    return ComplaintWorkflow.run(library, client.ids);
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public int rawJdbc(Client client) {
    return ComplaintWorkflow.run(rawJdbc, client.ids);
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public int flowable(Client client) {
    return ComplaintWorkflow.run(flowable, client.ids);
  }
}
