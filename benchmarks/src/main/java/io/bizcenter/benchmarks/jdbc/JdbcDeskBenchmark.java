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
 * Issues 11 and 22, figure 3: the complaint workload on a database, by the library ({@code JdbcStorage}), by naive JDBC
 * writing the same rows one statement per row ({@link NaiveJdbcDesk}), by hand-tuned JDBC writing them in the fewest
 * round trips ({@link TunedJdbcDesk}) and by Flowable ({@link FlowableDesk}), each on a new database of its own, side by
 * side: the four run at the same time (a JMH group), so that the shared machine's load, which drifts over minutes,
 * weighs on all alike. The suite runs it with one client per variant and with eight.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcDeskBenchmark {
  @Param({"H2", "POSTGRESQL_DURABLE", "POSTGRESQL", "MARIADB"})
  public Databases.Kind database;

  private final List<HikariDataSource> pools = new ArrayList<>();
  private ComplaintHandling<?> library;
  private ComplaintHandling<?> naiveJdbc;
  private ComplaintHandling<?> tunedJdbc;
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
    naiveJdbc = on("naiveJdbc", pool("naive"));
    tunedJdbc = on("tunedJdbc", pool("tuned"));
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
      case "naiveJdbc" -> {
        JdbcStorage.on(dataSource).migrate();
        yield new NaiveJdbcDesk(dataSource, Clock.systemUTC(), BusinessCenter.DEFAULT_ZONE);
      }
      case "tunedJdbc" -> {
        JdbcStorage.on(dataSource).migrate();
        yield new TunedJdbcDesk(dataSource, Clock.systemUTC(), BusinessCenter.DEFAULT_ZONE);
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
  public int naiveJdbc(Client client) {
    return ComplaintWorkflow.run(naiveJdbc, client.ids);
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public int tunedJdbc(Client client) {
    return ComplaintWorkflow.run(tunedJdbc, client.ids);
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public int flowable(Client client) {
    return ComplaintWorkflow.run(flowable, client.ids);
  }
}
