package io.bizcenter.examples.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.imports.ImportReport;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.testkit.SequentialIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example's reader and its sample building, imported on the in-memory store and on H2. */
class ImportABuildingTest {
  private static final AtomicInteger NAMES = new AtomicInteger();

  static Stream<Supplier<Storage>> stores() {
    return Stream.of(InMemoryStorage::new, () -> {
      JdbcStorage storage = JdbcStorage.on(JdbcConnectionPool.create("jdbc:h2:mem:import-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
          "sa", ""));
      storage.migrate();
      return storage;
    });
  }

  private static BuildingFile sample() throws IOException {
    try (InputStream in = ImportABuilding.class.getResourceAsStream("/io/bizcenter/examples/imports/harbour-tower.json")) {
      return BuildingFile.read(in);
    }
  }

  private static ImportABuilding example(Storage storage) {
    BusinessCenter center = BusinessCenter.builder().storage(storage).notifier(notice -> {}).ids(new SequentialIds("t"))
        .clock(Clock.fixed(ImportABuilding.TODAY, ZoneOffset.UTC)).build();
    return new ImportABuilding(new PrintStream(OutputStream.nullOutputStream()), center);
  }

  /** Each refused row of a report, as its number and the fields it names. */
  private static Map<Integer, List<String>> refusals(ImportReport report) {
    return report.refused().stream().collect(java.util.stream.Collectors.toMap(ImportReport.Refused::row, ImportReport.Refused::fields));
  }

  @ParameterizedTest
  @MethodSource("stores")
  @DisplayName("GS-6 MI-1.1 KY-1.4 KY-2.1 SV-1.2 CS-5.1 the sample building imports, its wrong rows refused by the rules, each naming its field; the same file again writes nothing")
  void theSampleImportsAndARerunWritesNothing(Supplier<Storage> store) throws IOException {
    BuildingFile file = sample();
    ImportABuilding example = example(store.get());

    List<ImportReport> first = example.importAll(file);

    assertEquals(Map.of(4, List.of("units")), refusals(first.get(0)), "tenancies: a unit taken");
    assertEquals(Map.of(11, List.of("holder"), 17, List.of("lock")), refusals(first.get(1)), "keys: a room not rented, a fourth master key");
    assertEquals(Map.of(4, List.of("lastMaintained"), 5, List.of("kind")), refusals(first.get(2)),
        "equipment: a maintenance to come, a kind unknown");
    assertEquals(Map.of(6, List.of("lease")), refusals(first.get(3)), "contracts: a lease that does not exist");
    assertEquals(List.of(3, 17, 4, 5), first.stream().map(r -> (int) r.written()).toList());

    List<ImportReport> again = example.importAll(file);
    assertEquals(List.of(0L, 0L, 0L, 0L), again.stream().map(ImportReport::written).toList());
    assertEquals(first.stream().map(r -> r.accepted().size()).toList(), again.stream().map(r -> r.accepted().size()).toList());
  }

  @Test
  @DisplayName("GS-1 a value the reader cannot read refuses its row with INVALID_INPUT naming the field by its JSON path, and the rows keep their numbers")
  void anUnreadableValueRefusesItsRow() throws IOException {
    String json = """
        {"batch": "b-1", "center": "tower", "source": "test",
         "importers": {"tenancies": {"staff": "svc-mgr", "role": "DEPARTMENT_MANAGER", "department": "SERVICE"}},
         "tenancies": [
           {"tenant": "T-1", "company": "A", "units": ["101"], "leaseStart": "2026-02-30", "leaseExpiry": "2027-01-31",
            "contacts": [{"name": "王小明", "phone": "13800138000", "role": "行政"}]},
           "not a row",
           {"tenant": "T-2", "company": "B", "units": ["102"], "leaseStart": "2026-01-01", "leaseExpiry": "2027-01-31",
            "contacts": [{"name": "李华", "phone": "13900139000", "role": "行政"}]},
           {"tenant": "T-3", "company": "C", "units": ["103"], "leaseStart": "2026-01-01", "leaseExpiry": "2027-01-31",
            "contacts": [{"name": "张伟", "phone": 13500135000, "role": "行政"}]},
           {"tenant": "T-4", "company": "D", "units": ["104"], "leaseStart": "2026-01-01", "leaseExpiry": "2027-01-31",
            "contacts": [{"name": "欧阳娜娜", "phone": "13600136000", "role": "总经理"}], "floor": 1}]}
        """;
    BuildingFile file = BuildingFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    ImportReport report = example(new InMemoryStorage()).importAll(file).get(0);

    assertEquals(5, report.rows().size());
    ImportReport.Refused badDate = (ImportReport.Refused) report.rows().get(0);
    assertEquals(List.of("leaseStart"), badDate.fields());
    assertEquals(new Rejection.InvalidInput(List.of(FieldError.of("leaseStart", FieldError.Problem.MALFORMED))), badDate.rejection());
    assertEquals(List.of("row"), ((ImportReport.Refused) report.rows().get(1)).fields());
    assertInstanceOf(ImportReport.Accepted.class, report.rows().get(2), "the rows after go on");
    ImportReport.Refused aNumber = (ImportReport.Refused) report.rows().get(3);
    assertEquals(new Rejection.InvalidInput(List.of(FieldError.of("contacts[0].phone", FieldError.Problem.MALFORMED))), aNumber.rejection(),
        "a phone number sent as a number, named by its path");
    ImportReport.Refused unknown = (ImportReport.Refused) report.rows().get(4);
    assertEquals(new Rejection.InvalidInput(List.of(FieldError.of("floor", FieldError.Problem.NOT_ALLOWED))), unknown.rejection(),
        "a field the row does not have");
  }

  @Test
  @DisplayName("GS-1 a file whose envelope cannot be read is refused as a whole, naming the field by its JSON path")
  void anUnreadableEnvelopeRefusesTheFile() {
    String json = """
        {"batch": "b-1", "center": "tower", "source": "test", "keys": {"lock": {"category": "MASTER"}}}
        """;
    IOException refused = assertThrows(IOException.class,
        () -> BuildingFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals("not a building file: keys MALFORMED", refused.getMessage());
  }
}
