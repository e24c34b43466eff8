package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Beyond the contract: the vendor's asset table really is written in the library's unit of work, as a command leaves
 * it, read with the vendor's own SQL.
 */
class AssetRegisterStorageUnitOfWorkTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final Actor CLERK = Actor.of("bc-01", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);

  private final JdbcDataSource pool = AssetRegisterStorageContractTest.freshH2();
  private final AssetRegisterStorage storage = AssetRegisterStorage.on(pool);
  private final BusinessCenter center = BusinessCenter.builder()
      .storage(storage)
      .notifier(notice -> {})
      .ids(new SequentialIds("A"))
      .clock(new ManualClock(Instant.parse("2026-03-02T01:00:00Z")))
      .build();

  @Test
  @DisplayName("SV-1.1 GS-6 a device registered through the desk is a row of the vendor's table, with its audit entry beside it in the library's")
  void aCommandWritesTheVendorsRowAndTheLibrarysTrail() throws SQLException {
    Device printer = center.services().handle(new DeviceCommand.RegisterDevice(CommandId.of("c-1"), TOWER, EquipmentKind.PRINTER,
        "HP LaserJet 5200", 90), CLERK).get();

    assertEquals("A-1 IN_SERVICE HP LaserJet 5200 v1", row("SELECT asset_id, state, name, version FROM vendor_asset"));
    assertEquals(1, center.services().trail(CLERK, TOWER, printer.id()).get().size());
    assertEquals(printer, storage.equipment().find(TOWER, printer.id().value()).get());
  }

  @Test
  @DisplayName("SV-1.2 GS-2 a refused command leaves the vendor's row as it was")
  void aRefusalWritesNothingInTheVendorsTable() throws SQLException {
    Device printer = center.services().handle(new DeviceCommand.RegisterDevice(CommandId.of("c-1"), TOWER, EquipmentKind.PRINTER,
        "HP LaserJet 5200", 90), CLERK).get();

    // a repair is recorded for a faulty device only
    Either<Rejection, Device> refused = center.services().handle(new DeviceCommand.RecordRepair(CommandId.of("c-2"), TOWER, printer.id(),
        "工程部", "更换搓纸轮"), CLERK);

    assertTrue(refused.isLeft(), () -> "refused, not " + refused);
    assertEquals("A-1 IN_SERVICE HP LaserJet 5200 v1", row("SELECT asset_id, state, name, version FROM vendor_asset"));
    assertEquals(DeviceState.IN_SERVICE, storage.equipment().find(TOWER, printer.id().value()).get().state());
  }

  @Test
  @DisplayName("an exception after the vendor's save rolls back its row with the library's writes of the same unit of work")
  void anExceptionRollsBackTheVendorsRow() throws SQLException {
    Device printer = center.services().handle(new DeviceCommand.RegisterDevice(CommandId.of("c-1"), TOWER, EquipmentKind.PRINTER,
        "HP LaserJet 5200", 90), CLERK).get();
    IllegalStateException broken = new IllegalStateException("the network went down mid-command");

    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
      storage.equipment().save(printer.advancedTo(DeviceState.FAULTY, Instant.parse("2026-03-03T01:00:00Z"), printer.policy()), 1);
      throw broken;
    }));

    assertSame(broken, thrown);
    assertEquals("A-1 IN_SERVICE HP LaserJet 5200 v1", row("SELECT asset_id, state, name, version FROM vendor_asset"));
  }

  @Test
  @DisplayName("a save outside a unit of work is refused: it would commit on its own")
  void aSaveOutsideAUnitOfWorkIsRefused() throws SQLException {
    Device printer = center.services().handle(new DeviceCommand.RegisterDevice(CommandId.of("c-1"), TOWER, EquipmentKind.PRINTER,
        "HP LaserJet 5200", 90), CLERK).get();

    assertThrows(IllegalStateException.class, () -> storage.equipment().save(printer.advancedTo(DeviceState.FAULTY,
        Instant.parse("2026-03-03T01:00:00Z"), printer.policy()), 1));

    assertEquals("A-1 IN_SERVICE HP LaserJet 5200 v1", row("SELECT asset_id, state, name, version FROM vendor_asset"));
  }

  /** The only row the query finds, its columns joined by spaces, the last prefixed with v. */
  private String row(String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      assertTrue(rows.next(), "a row");
      int columns = rows.getMetaData().getColumnCount();
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= columns; i++) {
        row.append(i == columns ? " v" : i > 1 ? " " : "").append(rows.getString(i));
      }
      assertTrue(!rows.next(), "only one row");
      return row.toString();
    }
  }
}
