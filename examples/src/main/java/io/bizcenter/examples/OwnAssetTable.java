package io.bizcenter.examples;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection.VersionConflict;
import io.bizcenter.core.port.Transactions;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.EquipmentRegister;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The equipment register (SV-1.1) kept in the vendor's own asset table, one column per field of a device, so that the
 * vendor's asset screens and reports read it as they read the rest of its assets. The library sees only the
 * {@link EquipmentRegister} port.
 *
 * <p>What the port asks, and how this table answers:
 * <ul>
 *   <li><b>In the unit of work.</b> A save runs on the connection of the command's transaction (see
 *       {@link UnitOfWorkConnection}), so the device, its audit entry, its agenda and its receipt commit or roll back
 *       together. A save outside a unit of work is refused: it would commit on its own.
 *   <li><b>Optimistic versions (GS-2).</b> The row changes only if it still has the version the command read
 *       ({@code UPDATE ... WHERE version = ?}); otherwise the answer is a {@link VersionConflict} with the version
 *       found, and nothing is written, so the command path decides again on fresh state. A new device (expected version
 *       0) first takes the library's lock on its id ({@link Transactions#exclusive}), so two nodes creating the same id
 *       wait for each other rather than race into a unique violation; the second then sees the first's row.
 *   <li><b>Centers apart.</b> Every statement names the center: the key is (center, id), so a device of one building is
 *       invisible from another and its id is free there.
 *   <li><b>Oldest first.</b> {@code all} lists a center's devices in the order they were registered (an identity
 *       column), and a later save does not move one.
 * </ul>
 *
 * <p>The SQL is H2's (the examples' database); on PostgreSQL the timestamps would keep microseconds, not nanoseconds.
 */
final class OwnAssetTable implements EquipmentRegister {
  static final String CREATE = """
      CREATE TABLE IF NOT EXISTS vendor_asset (
          center_id              VARCHAR(128) NOT NULL,
          asset_id               VARCHAR(64)  NOT NULL,
          version                BIGINT       NOT NULL,
          listed                 BIGINT GENERATED ALWAYS AS IDENTITY,
          state                  VARCHAR(32)  NOT NULL,
          state_entered_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
          policy                 VARCHAR(64)  NOT NULL,
          kind                   VARCHAR(32)  NOT NULL,
          name                   VARCHAR      NOT NULL,
          maintenance_every_days INTEGER      NOT NULL,
          registered_at          TIMESTAMP(9) WITH TIME ZONE NOT NULL,
          last_maintained_at     TIMESTAMP(9) WITH TIME ZONE,
          fault                  VARCHAR,
          fault_reported_at      TIMESTAMP(9) WITH TIME ZONE,
          last_repaired_by       VARCHAR,
          retirement             VARCHAR,
          PRIMARY KEY (center_id, asset_id)
      )""";

  private static final String PROCEDURE = "equipment";
  private static final String COLUMNS = "center_id, asset_id, version, state, state_entered_at, policy, kind, name, maintenance_every_days, "
      + "registered_at, last_maintained_at, fault, fault_reported_at, last_repaired_by, retirement";

  private final UnitOfWorkConnection connection;
  private final Transactions transactions;

  /** {@code transactions} are the ones the core runs commands in: the library's lock on a new id is taken through them. */
  OwnAssetTable(UnitOfWorkConnection connection, Transactions transactions) {
    this.connection = connection;
    this.transactions = transactions;
  }

  void createTable() {
    connection.use(c -> {
      try (Statement s = c.createStatement()) {
        return s.executeUpdate(CREATE);
      }
    });
  }

  @Override
  public Option<Device> find(CenterId center, String caseId) {
    List<Device> found = connection.use(c -> select(c, "WHERE center_id = ? AND asset_id = ?", center.value(), caseId));
    return Option.ofOptional(found.stream().findFirst());
  }

  @Override
  public List<Device> all(CenterId center) {
    return connection.use(c -> select(c, "WHERE center_id = ? ORDER BY listed", center.value()));
  }

  @Override
  public Either<VersionConflict, Device> save(Device next, long expectedVersion) {
    if (!connection.inUnitOfWork()) {
      throw new IllegalStateException("a device is saved inside a unit of work, or it would commit on its own");
    }
    String center = next.center().value();
    String id = next.id().value();
    if (expectedVersion == 0) {
      transactions.exclusive(next.center(), "vendor_asset:" + id);
    }
    return connection.use(c -> {
      long stored = storedVersion(c, center, id);
      if (stored != expectedVersion) {
        return Either.left(new VersionConflict(PROCEDURE, id, expectedVersion, stored));
      }
      if (expectedVersion == 0) {
        execute(c, "INSERT INTO vendor_asset (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", next);
      } else {
        execute(c, "UPDATE vendor_asset SET center_id = ?, asset_id = ?, version = ?, state = ?, state_entered_at = ?, policy = ?, kind = ?, "
            + "name = ?, maintenance_every_days = ?, registered_at = ?, last_maintained_at = ?, fault = ?, fault_reported_at = ?, "
            + "last_repaired_by = ?, retirement = ? WHERE center_id = ? AND asset_id = ? AND version = ?", next, center, id, expectedVersion);
      }
      return Either.right(next);
    });
  }

  /** The stored version, 0 when there is no row; the row stays locked until the unit of work ends. */
  private static long storedVersion(Connection c, String center, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM vendor_asset WHERE center_id = ? AND asset_id = ? FOR UPDATE")) {
      s.setString(1, center);
      s.setString(2, id);
      try (ResultSet row = s.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }

  /** The device's fields in the table's column order, then {@code where}'s values. */
  private static void execute(Connection c, String sql, Device d, Object... where) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Object[] fields = {d.center().value(), d.id().value(), d.version(), d.state().name(), time(d.stateEnteredAt()), d.policy().value(),
          d.kind().name(), d.name(), d.maintenanceEveryDays(), time(d.registeredAt()), d.lastMaintainedAt().map(OwnAssetTable::time).orElse(null),
          d.fault().orElse(null), d.faultReportedAt().map(OwnAssetTable::time).orElse(null), d.lastRepairedBy().orElse(null),
          d.retirement().orElse(null)};
      int n = 0;
      for (Object value : fields) {
        s.setObject(++n, value);
      }
      for (Object value : where) {
        s.setObject(++n, value);
      }
      s.executeUpdate();
    }
  }

  private static List<Device> select(Connection c, String where, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM vendor_asset " + where)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet row = s.executeQuery()) {
        List<Device> devices = new ArrayList<>();
        while (row.next()) {
          devices.add(Device.builder()
              .center(CenterId.of(row.getString("center_id")))
              .id(DeviceId.of(row.getString("asset_id")))
              .version(row.getLong("version"))
              .state(DeviceState.valueOf(row.getString("state")))
              .stateEnteredAt(instant(row, "state_entered_at").orElseThrow())
              .policy(PolicyVersion.of(row.getString("policy")))
              .kind(EquipmentKind.valueOf(row.getString("kind")))
              .name(row.getString("name"))
              .maintenanceEveryDays(row.getInt("maintenance_every_days"))
              .registeredAt(instant(row, "registered_at").orElseThrow())
              .lastMaintainedAt(instant(row, "last_maintained_at"))
              .fault(Optional.ofNullable(row.getString("fault")))
              .faultReportedAt(instant(row, "fault_reported_at"))
              .lastRepairedBy(Optional.ofNullable(row.getString("last_repaired_by")))
              .retirement(Optional.ofNullable(row.getString("retirement")))
              .build());
        }
        return devices;
      }
    }
  }

  private static OffsetDateTime time(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
  }
}
