package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.port.ActivityOrder;
import io.bizcenter.core.port.ActivityPage;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.privacy.Person;
import io.bizcenter.core.reports.ReportDesk;
import io.bizcenter.core.reports.ReportPeriod;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.contract.Parcels;
import io.bizcenter.testkit.contract.Parcels.Parcel;
import io.bizcenter.testkit.contract.Parcels.ParcelId;
import io.bizcenter.testkit.contract.Parcels.ParcelState;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ready to be distributed by center (docs/scaling.md): every dialect's migrations key every table by the center first,
 * so do the migrated schemas on H2, PostgreSQL and MariaDB, and every statement the adapter issued through a whole day of every
 * procedure, its relay and its reads is confined to one center, but for the documented few that span centers. The
 * checks themselves are shown to refuse a schema and statements that break them.
 */
@DisplayName("Scale-out readiness: keys and statements confined to one center")
class ScaleOutReadinessTest {
  /** Flyway's own history: written by migrations only, kept on one node as it is (docs/scaling.md). */
  private static final String HISTORY = JdbcStorage.HISTORY_TABLE;

  @Test
  @DisplayName("every dialect's migrations key every table by the center first")
  void migrationsKeyByCenter() throws IOException {
    Map<String, String> dialects = migrationFolders();
    assertTrue(dialects.keySet().containsAll(Set.of("h2", "postgresql", "mariadb")), "migration folders: " + dialects.keySet());
    dialects.forEach((dialect, scripts) -> {
      assertTrue(scripts.contains("CREATE TABLE"), dialect + " has scripts");
      assertEquals(List.of(), CenterConfinement.keyProblems(scripts), dialect);
    });
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("the migrated schema: every table has the center, every primary key and unique index starts with it")
  void migratedSchemaKeysByCenter(Dialect dialect) throws SQLException {
    DataSource database = migrated(dialect);
    List<String> problems = new ArrayList<>();
    int keys = 0;
    try (Connection c = database.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String table : tables(meta)) {
        if (!columns(meta, table).contains("center_id")) {
          problems.add(table + " has no center_id");
        }
        for (Map.Entry<String, List<String>> key : keys(meta, table).entrySet()) {
          keys++;
          if (!key.getValue().get(0).equals("center_id")) {
            problems.add(table + ": " + key.getKey() + " " + key.getValue());
          }
        }
      }
    }
    assertEquals(List.of(), problems, dialect.name());
    assertTrue(keys >= 16, "every table's primary key was read: " + keys);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("every statement of a day of every procedure, its relay and its reads names one center, or is a documented exception")
  void statementsConfinedToACenter(Dialect dialect) throws ReflectiveOperationException {
    WatchedDataSource watched = new WatchedDataSource(migrated(dialect));
    JdbcStorage storage = JdbcStorage.on(watched);
    CommandScopedIds ids = new CommandScopedIds();
    ManualClock clock = new ManualClock(EveryProcedure.START);
    BusinessCenter center = EveryProcedure.center(ids.around(storage), clock, ids, notice -> { });
    EveryProcedure.play(center, clock, EveryProcedure.Sender.accepting(ids));
    center.notices().backlog();
    clock.advance(Duration.ofHours(1));
    assertTrue(center.notices().deliverPending(1000).delivered() > 0, "the relay delivered the day's notices");
    center.agenda().openNow(Actor.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, CENTER), CENTER);
    StoreContents.cases(storage, CENTER);
    // a data-protection officer's calls: access, erasure (of a person whose cases are closed, or refused), retention
    Actor officer = Actor.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, CENTER);
    assertTrue(center.personalData().access(CENTER, Person.withPhone(EveryProcedure.COMPLAINANT_PHONE), officer).isRight());
    center.personalData().erase(CENTER, Person.withPhone(EveryProcedure.CLIENT_PHONE), officer);
    clock.advance(Duration.ofDays(4000));
    assertTrue(center.personalData().applyRetention(CENTER).isRight());
    // the questions the day's script never asks
    TenantId tenant = TenantId.of("t-scale-out");
    storage.moveOuts().ofTenant(CENTER, tenant);
    storage.renewalVisits().ofTenant(CENTER, tenant);
    storage.eventLog().pendingNotices(10);
    storage.moveIns().elevatorBookings(CENTER, "freight", EveryProcedure.START, EveryProcedure.START.plus(Duration.ofDays(1)));
    // the reports, each of which reads the stores by a query of its own
    ReportDesk reports = center.reports();
    ReportPeriod quarter = reports.quarterToDate(CENTER).get();
    assertTrue(reports.keyCustody(officer, CENTER).isRight());
    assertTrue(reports.overdueDuties(officer, CENTER).isRight());
    assertTrue(reports.complaintHandling(officer, CENTER, quarter).isRight());
    assertTrue(reports.roomUse(officer, CENTER, quarter).isRight());
    assertTrue(reports.serviceRevenue(officer, CENTER, quarter).isRight());
    // the activity log: a first page, the page after its cursor, and every filter at once
    ActivityQuery activity = ActivityQuery.of(CENTER, EveryProcedure.START, EveryProcedure.START.plus(Duration.ofDays(5000))).withPageSize(1);
    ActivityPage first = center.activity().log(officer, activity).get();
    assertTrue(first.next().isPresent(), "the day left more than one entry");
    assertTrue(center.activity().log(officer, activity.after(first.next())).isRight());
    Set<String> procedures = center.procedures().stream().map(ProcedureDefinition::name).collect(Collectors.toSet());
    storage.eventLog().activity(activity.withOrder(ActivityOrder.OLDEST_FIRST).withProcedure("complaints").withStaff(StaffId.of("bc-mgr"))
        .withDepartment(Department.BUSINESS_CENTER).withClause(Clause.of("CP-1.1")), procedures);

    // in each store, a case read by its id alone (a command reads it with its receipt), and a new case over its id: the
    // read of the stored version that only a conflict issues
    for (var store : StoreContents.STORES.values()) {
      rejectedAsTaken(store.apply(storage));
    }
    // the shared table of a procedure known by its descriptor alone (bc_case): a case saved, read and taken
    CaseStore<Parcel> parcels = storage.cases(Parcels.PROCEDURE);
    storage.transactions().inTransaction(() -> Either.<Rejection, Object>right(parcels.save(new Parcel(new ParcelId("p-scale-out"), CENTER, 1,
        ParcelState.RECEIVED, clock.instant(), PolicyVersion.of("scale-out")), 0)));
    rejectedAsTaken(parcels);

    // several statements sent at once (a command's writes, a lock made and held) are checked one by one
    List<String> seen = watched.statementsSeen().stream().flatMap(sql -> Arrays.stream(sql.split(";\n"))).distinct().toList();
    Set<String> named = adapterStatements(storage);
    List<String> unseen = named.stream().filter(sql -> !seen.contains(sql)).toList();
    assertEquals(List.of(), unseen, "statements the adapter declares that the day did not issue: the check would miss them");

    List<String> problems = new ArrayList<>();
    Set<String> exceptionsUsed = new LinkedHashSet<>();
    for (String sql : seen) {
      CenterConfinement.statementProblem(sql).ifPresent(problem -> CenterConfinement.spanning(sql).ifPresentOrElse(
          reason -> exceptionsUsed.add(reason), () -> problems.add(problem + ": " + sql)));
    }
    assertEquals(List.of(), problems, dialect.name());
    assertEquals(Set.copyOf(CenterConfinement.SPANNING.values()), exceptionsUsed, "every documented exception is still needed");
    System.out.printf("[scale-out] %s: %d distinct statements issued (%d declared as constants), all confined to one center but the"
        + " relay's %s%n", dialect, seen.size(), named.size(), seen.stream().filter(s -> CenterConfinement.spanning(s).isPresent()).count());
  }

  @Test
  @DisplayName("the checks refuse a table keyed by its own id, a unique index without the center, and statements not held to one center")
  void theChecksRefuseAFixture() {
    List<String> problems = CenterConfinement.keyProblems(resource("scale-out/not-distributable.sql"));
    assertEquals(List.of(
        "bc_tag has no center_id column",
        "bc_tag: primary key tag_id does not start with center_id",
        "bc_visit: PRIMARY KEY (case_id, center_id) does not start with center_id",
        "bc_visit: UNIQUE (visitor_no) does not start with center_id",
        "bc_visit: unique index bc_visit_by_badge (badge) does not start with center_id"), problems);

    Map<String, String> refused = new TreeMap<>();
    for (String sql : List.of(
        "SELECT document FROM bc_complaint WHERE case_id = ?",
        "UPDATE bc_key SET holder = ? WHERE case_id = ?",
        "DELETE FROM bc_agenda WHERE center_id = ? OR case_id = ?",
        "SELECT m.document FROM bc_move_in_unit u JOIN bc_move_in m ON m.case_id = u.case_id WHERE u.center_id = ?",
        "INSERT INTO bc_receipt (command_id, answer) VALUES (?, ?)",
        "SELECT COUNT(*) FROM bc_key WHERE category = ?",
        "SELECT document FROM bc_complaint WHERE (center_id = ? OR case_id = ?)",
        "SELECT answer FROM bc_receipt WHERE center_id = ? AND command_id = ? UNION ALL SELECT document FROM bc_complaint WHERE case_id = ?",
        "INSERT INTO bc_key (center_id, case_id) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM bc_key WHERE case_id = ?)",
        "INSERT INTO bc_key (center_id, case_id) SELECT center_id, case_id FROM bc_key WHERE center_id = ?")) {
      refused.put(sql, CenterConfinement.statementProblem(sql).orElse("ACCEPTED"));
    }
    assertTrue(refused.values().stream().noneMatch("ACCEPTED"::equals), refused.toString());
    for (String sql : List.of(
        "SELECT document FROM bc_complaint WHERE center_id = ? AND case_id = ?",
        "SELECT m.document FROM bc_move_in_unit u JOIN bc_move_in m ON m.center_id = u.center_id AND m.case_id = u.case_id"
            + " WHERE u.center_id = ? AND u.room_id = ? ORDER BY m.opened_seq",
        "INSERT INTO bc_receipt (center_id, command_id) VALUES (?, ?)",
        "SELECT answer FROM bc_receipt WHERE center_id = ? AND command_id = ? UNION ALL SELECT document FROM bc_complaint WHERE center_id = ? AND case_id = ?",
        "INSERT INTO bc_key (center_id, case_id) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM bc_key WHERE center_id = ? AND case_id = ?)",
        "UPDATE bc_receipt SET answer = NULL WHERE center_id = ? AND (recorded_at < ? OR recorded_at IS NULL)",
        "CHECKPOINT")) {
      assertEquals(Optional.empty(), CenterConfinement.statementProblem(sql), sql);
    }
  }

  /** Each dialect's scripts, in version order, as one text. */
  private static Map<String, String> migrationFolders() throws IOException {
    Path root;
    try {
      root = Path.of(JdbcStorage.class.getResource("migration").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Map<String, String> folders = new TreeMap<>();
    try (Stream<Path> dialects = Files.list(root)) {
      for (Path folder : dialects.filter(Files::isDirectory).toList()) {
        try (Stream<Path> scripts = Files.list(folder)) {
          StringBuilder text = new StringBuilder();
          for (Path script : scripts.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
              .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
              .toList()) {
            text.append(Files.readString(script)).append('\n');
          }
          folders.put(folder.getFileName().toString(), text.toString());
        }
      }
    }
    return folders;
  }

  private static DataSource migrated(Dialect dialect) {
    DataSource database = Databases.newDatabase(dialect, "bc_scale_out_" + System.nanoTime() % 100_000);
    JdbcStorage.on(database).migrate();
    return database;
  }

  private static List<String> tables(DatabaseMetaData meta) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME");
        String schema = rows.getString("TABLE_SCHEM");
        if (table.toLowerCase(Locale.ROOT).startsWith("bc_") && !table.equalsIgnoreCase(HISTORY)
            && !"INFORMATION_SCHEMA".equalsIgnoreCase(schema) && !"pg_catalog".equals(schema)) {
          tables.add(table);
        }
      }
    }
    assertTrue(tables.size() >= 16, "the adapter's tables: " + tables);
    return tables;
  }

  private static Set<String> columns(DatabaseMetaData meta, String table) throws SQLException {
    Set<String> columns = new LinkedHashSet<>();
    try (ResultSet rows = meta.getColumns(null, null, table, "%")) {
      while (rows.next()) {
        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  /** The table's primary key and unique indexes, each by name with its columns in order. */
  private static Map<String, List<String>> keys(DatabaseMetaData meta, String table) throws SQLException {
    Map<String, TreeMap<Integer, String>> keys = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, null, table)) {
      while (rows.next()) {
        keys.computeIfAbsent("primary key", k -> new TreeMap<>())
            .put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    try (ResultSet rows = meta.getIndexInfo(null, null, table, true, false)) {
      while (rows.next()) {
        String column = rows.getString("COLUMN_NAME");
        if (column != null && !rows.getBoolean("NON_UNIQUE")) {
          keys.computeIfAbsent("unique index " + rows.getString("INDEX_NAME"), k -> new TreeMap<>())
              .put((int) rows.getShort("ORDINAL_POSITION"), column.toLowerCase(Locale.ROOT));
        }
      }
    }
    return keys.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue().values()),
        (a, b) -> a, TreeMap::new));
  }

  private static <C extends Case<?, C>> void rejectedAsTaken(CaseStore<C> store) {
    C taken = store.all(CENTER).get(0);
    assertEquals(taken, store.find(CENTER, taken.id().value()).get());
    assertTrue(store.save(taken, 0).isLeft(), () -> "a new " + taken.getClass().getSimpleName() + " over a taken id is a conflict");
  }

  /**
   * Every statement the adapter's stores hold as text (each store's SQL constants and its case table's statements), so
   * that a statement the day never issued is noticed rather than left unchecked.
   */
  private static Set<String> adapterStatements(JdbcStorage storage) throws IllegalAccessException {
    Set<String> statements = new LinkedHashSet<>();
    for (Field port : JdbcStorage.class.getDeclaredFields()) {
      if (Modifier.isStatic(port.getModifiers())) {
        continue;
      }
      port.setAccessible(true);
      Object store = port.get(storage);
      if (store == null) {
        continue;
      }
      for (Class<?> type = store.getClass(); type != null && type.getPackageName().startsWith("io.bizcenter"); type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (field.getType() == String.class) {
            field.setAccessible(true);
            Object text = field.get(Modifier.isStatic(field.getModifiers()) ? null : store);
            if (text instanceof String sql && sql.matches("(?s)\\s*(SELECT|INSERT|UPDATE|DELETE|MERGE)\\b.*")) {
              statements.add(sql);
            }
          }
        }
      }
    }
    assertTrue(statements.size() >= 30, "the stores' statements were found: " + statements.size());
    return statements;
  }

  private static String resource(String name) {
    try (InputStream in = ScaleOutReadinessTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
