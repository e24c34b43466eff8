package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * KY-1.1 on the JDBC adapter: a holder's employer is stored with the key, a contractor is refused a master key with
 * nothing written, and a key document written before holders named their employer still reads back.
 */
class ContractorsAndMasterKeysOnJdbcTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final Actor SUPERVISOR = Actor.of("bc-sup-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  private static final Actor MANAGER = Actor.of("bc-mgr-1", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, TOWER);
  private static final Actor CLEANER = Actor.of("bc-cln-1", Role.CLEANER, Department.BUSINESS_CENTER, TOWER);

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", (Supplier<DataSource>) Databases::freshH2DataSource),
        Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::emptyPostgresDataSource));
  }

  private static BusinessCenter node(DataSource database, String ids) {
    return BusinessCenter.builder().storage(JdbcStorage.on(database)).notifier(new RecordingNotifier()).ids(new SequentialIds(ids))
        .clock(new ManualClock(Instant.parse("2026-03-02T01:00:00Z"))).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName("KY-1.1: an outsourced cleaner in a cleaner's seat is refused a master key and nothing is written; the center's own cleaner's key reads back with its employer")
  void aContractorIsRefusedAndTheEmployerIsStored(String name, Supplier<DataSource> database) {
    DataSource db = database.get();
    BusinessCenter center = node(db, name);
    Holder outsourced = Holder.staff(CLEANER, Employer.CONTRACTOR);
    List<Long> before = Databases.rowCounts(db);

    Either<Rejection, Key> refused = center.keys().handle(new KeyCommand.CutKey(CommandId.of("c-1"), TOWER, Lock.master(), outsourced), SUPERVISOR);

    assertEquals(Either.left(new KeyRejection.MasterKeyForCenterStaffOnly(outsourced, Clause.of("KY-1.1"))), refused);
    assertEquals(before, Databases.rowCounts(db), "nothing written");
    Key own = center.keys().handle(new KeyCommand.CutKey(CommandId.of("c-2"), TOWER, Lock.master(), Holder.staff(CLEANER, Employer.CENTER_STAFF)),
        SUPERVISOR).get();
    assertEquals(Optional.of(Employer.CENTER_STAFF), node(db, name + "-b").keys().find(SUPERVISOR, TOWER, own.id()).get().holder().map(Holder::employer));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName("KY-1.1: a key document and its events written before holders named their employer read back as the center's own staff, under the same reference")
  void anEarlierDocumentReadsBack(String name, Supplier<DataSource> database) throws SQLException {
    DataSource db = database.get();
    BusinessCenter center = node(db, name);
    Holder cleaner = Holder.staff(CLEANER, Employer.CENTER_STAFF);
    Key key = center.keys().handle(new KeyCommand.CutKey(CommandId.of("c-1"), TOWER, Lock.master(), cleaner), SUPERVISOR).get();
    // as a version before KY-1.1's employer wrote them: the same JSON without the field
    int changed = 0;
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      changed += s.executeUpdate("UPDATE bc_key SET document = REPLACE(document, ',\"employer\":\"CENTER_STAFF\"', '')");
      changed += s.executeUpdate("UPDATE bc_event SET events = REPLACE(events, ',\"employer\":\"CENTER_STAFF\"', '')");
      changed += s.executeUpdate("UPDATE bc_receipt SET answer = REPLACE(answer, ',\"employer\":\"CENTER_STAFF\"', '')");
    }
    assertTrue(changed >= 2, "the key's document and its event were rewritten");
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        var rows = s.executeQuery("SELECT document FROM bc_key")) {
      assertTrue(rows.next());
      assertFalse(rows.getString(1).contains("employer"), rows.getString(1));
    }

    BusinessCenter restarted = node(db, name + "-b");
    Key read = restarted.keys().find(SUPERVISOR, TOWER, key.id()).get();
    assertEquals(Optional.of(cleaner), read.holder(), "read back as the center's own staff");
    assertEquals("STAFF:bc-cln-1", read.holder().get().reference(), "the holder column's reference is unchanged");
    assertEquals(List.of(key.id()), restarted.keys().heldByStaff(SUPERVISOR, TOWER, CLEANER.staff()).get().stream().map(Key::id).toList());
    assertEquals(new KeyEvent.KeyCut(Lock.master(), cleaner, Optional.empty()),
        restarted.keys().trail(SUPERVISOR, TOWER, key.id()).get().get(0).events().get(0));
    // and the key moves on under today's rule
    Key handedOver = restarted.keys().handle(new KeyCommand.HandOver(CommandId.of("c-2"), TOWER, key.id(), Holder.staff(MANAGER, Employer.CENTER_STAFF)),
        SUPERVISOR).get();
    assertEquals(Optional.of(Holder.staff(MANAGER, Employer.CENTER_STAFF)), handedOver.holder());
  }
}
