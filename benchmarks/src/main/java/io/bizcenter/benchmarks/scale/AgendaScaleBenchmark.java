package io.bizcenter.benchmarks.scale;

import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.benchmarks.Stores;
import io.bizcenter.benchmarks.jdbc.Databases;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.Agenda;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 11, figure 4: "what is due for Engineering in the next 24 hours" ({@code center.agenda().dueBy}) with 10k,
 * 100k and 1M open cases on the agenda ({@link OpenCases}), in memory, on H2 and on PostgreSQL. The three sizes live
 * in three stores and are queried side by side (a JMH group), so the growth from 10k to 1M is measured under the same
 * load. The answer is the same {@value OpenCases#DUE_SOON} items at every size (checked on every call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AgendaScaleBenchmark {
  private static final Actor ENGINEER = Actor.of("en-01", Role.STAFF, Department.ENGINEERING, OpenCases.TOWER);
  private static final Instant UNTIL = OpenCases.NOW.plus(Duration.ofHours(24));

  @Param({Stores.MEMORY, "H2", "POSTGRESQL"})
  public String store;

  private final List<HikariDataSource> pools = new ArrayList<>();
  private Agenda tenThousand;
  private Agenda hundredThousand;
  private Agenda million;

  @Setup(Level.Trial)
  public void seed() throws SQLException {
    tenThousand = seeded(10_000);
    hundredThousand = seeded(100_000);
    million = seeded(1_000_000);
  }

  private Agenda seeded(int openCases) throws SQLException {
    Storage storage;
    if (store.equals(Stores.MEMORY)) {
      InMemoryStorage memory = new InMemoryStorage();
      OpenCases.seed(memory.agenda(), openCases);
      storage = memory;
    } else {
      Databases.Kind kind = Databases.Kind.valueOf(store);
      HikariDataSource pool = Databases.fresh(kind, "agenda_" + openCases, 2);
      pools.add(pool);
      JdbcStorage jdbc = JdbcStorage.on(pool);
      jdbc.migrate();
      OpenCases.seed(pool, kind == Databases.Kind.POSTGRESQL, openCases);
      storage = jdbc;
    }
    return BusinessCenter.builder()
        .storage(storage)
        .notifier(n -> { })
        .ids(new SequentialIds("S"))
        .clock(new ManualClock(OpenCases.NOW))
        .build()
        .agenda();
  }

  @TearDown(Level.Trial)
  public void close() {
    pools.forEach(HikariDataSource::close);
  }

  @Benchmark
  @Group("sizes")
  @GroupThreads(1)
  public List<AgendaItem> due10k() {
    return due(tenThousand);
  }

  @Benchmark
  @Group("sizes")
  @GroupThreads(1)
  public List<AgendaItem> due100k() {
    return due(hundredThousand);
  }

  @Benchmark
  @Group("sizes")
  @GroupThreads(1)
  public List<AgendaItem> due1M() {
    return due(million);
  }

  private static List<AgendaItem> due(Agenda agenda) {
    List<AgendaItem> due = agenda.dueBy(ENGINEER, OpenCases.TOWER, UNTIL);
    if (due.size() != OpenCases.DUE_SOON) {
      throw new IllegalStateException(due.size() + " items due for Engineering, not " + OpenCases.DUE_SOON);
    }
    return due;
  }
}
