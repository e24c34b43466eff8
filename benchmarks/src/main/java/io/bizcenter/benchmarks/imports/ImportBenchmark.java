package io.bizcenter.benchmarks.imports;

import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.benchmarks.Stores;
import io.bizcenter.benchmarks.jdbc.Databases;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.imports.ImportBatch;
import io.bizcenter.core.imports.ImportReport;
import io.bizcenter.core.imports.KeyRow;
import io.bizcenter.core.imports.TenancyRow;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.testkit.SequentialIds;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 20: importing a building of {@value #TENANCIES} tenancies with {@value #KEYS_PER_TENANCY} keys each (the door's two
 * backups in the box, two copies in the tenant's hands: 40,000 keys) through {@code center.imports()}, against plain
 * batched inserts of the same rows into two tables of their own, each on a new database. One shot per invocation: an
 * import is done once, so its time is the time of the whole batch, migrating and filling the database aside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBenchmark {
  public static final int TENANCIES = 10_000;
  public static final int KEYS_PER_TENANCY = 4;
  /** Rows per JDBC batch and per transaction of the plain inserts. */
  static final int BATCH = 1_000;

  private static final CenterId TOWER = CenterId.of("bench-tower");
  private static final ImportBatch IMPORT = new ImportBatch(TOWER, "bench-2026", "ImportBenchmark");
  private static final Actor SERVICE = Actor.of("svc-mgr", Role.DEPARTMENT_MANAGER, Department.SERVICE, TOWER);
  private static final Actor CONTROLLER = Actor.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, TOWER);
  private static final List<TenancyRow> TENANCY_ROWS = new ArrayList<>();
  private static final List<KeyRow> KEY_ROWS = new ArrayList<>();

  static {
    for (int t = 0; t < TENANCIES; t++) {
      TenantId tenant = TenantId.of("T-" + t);
      RoomId room = RoomId.of(String.valueOf(10_000 + t));
      TENANCY_ROWS.add(new TenancyRow(tenant, "Company " + t, List.of(room), LocalDate.of(2025, 1, 1).plusDays(t % 365),
          LocalDate.of(2027, 1, 1).plusDays(t % 730), List.of(ClientContact.of("王小明", "13800138000", "行政"))));
      KEY_ROWS.add(KeyRow.inBox(Lock.officeDoor(room)));
      KEY_ROWS.add(KeyRow.inBox(Lock.officeDoor(room)));
      KEY_ROWS.add(KeyRow.held(Lock.officeDoor(room), Holder.tenant(tenant)));
      KEY_ROWS.add(KeyRow.held(Lock.officeDoor(room), Holder.tenant(tenant)));
    }
  }

  @Param({"H2", "POSTGRESQL"})
  public String store;

  private Stores library;
  private HikariDataSource plain;

  @Setup(Level.Invocation)
  public void fresh() throws SQLException {
    close();
    library = Stores.fresh(store, "import");
    plain = Databases.fresh(Databases.Kind.valueOf(store), "import_plain", 10);
    try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE plain_tenancy (center_id VARCHAR(128) NOT NULL, tenant_id VARCHAR(128) NOT NULL, company VARCHAR(200),"
          + " units VARCHAR(500), lease_start DATE, lease_expiry DATE, contacts VARCHAR(2000), PRIMARY KEY (center_id, tenant_id))");
      s.execute("CREATE TABLE plain_key (center_id VARCHAR(128) NOT NULL, key_no INT NOT NULL, category VARCHAR(32), room VARCHAR(32),"
          + " state VARCHAR(16), holder VARCHAR(200), PRIMARY KEY (center_id, key_no))");
    }
  }

  @TearDown(Level.Invocation)
  public void close() {
    if (library != null) {
      library.close();
      plain.close();
      library = null;
    }
  }

  /** The whole building through the library: every row checked, audited, on the agenda, with its receipt. */
  @Benchmark
  public long library() {
    BusinessCenter center = BusinessCenter.builder()
        .storage(library.storage())
        .notifier(notice -> { })
        .ids(new SequentialIds("I"))
        .clock(Clock.systemUTC())
        .build();
    ImportReport tenancies = center.imports().tenancies(IMPORT, TENANCY_ROWS, SERVICE);
    ImportReport keys = center.imports().keys(IMPORT, KEY_ROWS, CONTROLLER);
    if (!tenancies.refused().isEmpty() || !keys.refused().isEmpty()) {
      throw new IllegalStateException("rows refused: " + tenancies.refused().size() + " tenancies, " + keys.refused().size() + " keys; first: "
          + (tenancies.refused().isEmpty() ? keys.refused().get(0) : tenancies.refused().get(0)));
    }
    return tenancies.written() + keys.written();
  }

  /** The same rows as plain batched inserts: {@value #BATCH} rows a batch and a transaction, nothing checked. */
  @Benchmark
  public long batchedInserts() throws SQLException {
    long written = 0;
    try (Connection c = plain.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO plain_tenancy VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (TenancyRow row : TENANCY_ROWS) {
          insert.setString(1, TOWER.value());
          insert.setString(2, row.tenant().value());
          insert.setString(3, row.company());
          insert.setString(4, String.join(",", row.units().stream().map(RoomId::value).toList()));
          insert.setDate(5, Date.valueOf(row.leaseStart()));
          insert.setDate(6, Date.valueOf(row.leaseExpiry()));
          insert.setString(7, row.contacts().get(0).name().value() + " " + row.contacts().get(0).phone().value() + " " + row.contacts().get(0).role());
          insert.addBatch();
          flushed(c, insert, ++written % BATCH == 0);
        }
        flushed(c, insert, true);
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO plain_key VALUES (?, ?, ?, ?, ?, ?)")) {
        int no = 0;
        for (KeyRow row : KEY_ROWS) {
          insert.setString(1, TOWER.value());
          insert.setInt(2, ++no);
          insert.setString(3, row.lock().category().name());
          insert.setString(4, row.lock().room().value());
          insert.setString(5, row.state().name());
          insert.setString(6, row.holder() == null ? null : row.holder().reference());
          insert.addBatch();
          flushed(c, insert, no % BATCH == 0);
        }
        flushed(c, insert, true);
        written += no;
      }
    }
    return written;
  }

  /** Sends the batch and commits, when {@code now}. */
  private static void flushed(Connection c, PreparedStatement insert, boolean now) throws SQLException {
    if (now) {
      insert.executeBatch();
      c.commit();
    }
  }
}
