package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.meetings.Meetings;
import io.bizcenter.core.keys.Keys;
import io.bizcenter.core.contracts.Contracts;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Receipts;
import io.bizcenter.core.port.Transactions;
import io.bizcenter.core.services.EquipmentRegister;
import io.bizcenter.core.services.InternalUses;
import io.bizcenter.core.services.ServiceOrders;
import io.bizcenter.core.tenancy.MoveIns;
import io.bizcenter.core.tenancy.MoveOuts;
import io.bizcenter.core.tenancy.RenewalVisits;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Every storage port on the vendor's {@link DataSource}: H2 2.x (the embedded default) or PostgreSQL 14 and newer,
 * several application nodes on one database. The schema comes from versioned migrations: call {@link #migrate()}
 * once at start-up, or run {@link Dialect#migrations()} with your own Flyway.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.on(hikariDataSource);
 * storage.migrate();
 * BusinessCenter center = BusinessCenter.builder().storage(storage)...build();
 * }</pre>
 */
public final class JdbcStorage implements Storage {
  /** Our own history table, so that our migrations live beside a vendor's in the same schema. */
  public static final String HISTORY_TABLE = "bc_schema_history";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final JdbcTransactions transactions;
  private final EventLog eventLog;
  private final Receipts receipts;
  private final AgendaItems agenda;
  private final Complaints complaints;
  private final EquipmentRegister equipment;
  private final ServiceOrders serviceOrders;
  private final InternalUses internalUses;
  private final Meetings meetings;
  private final Keys keys;
  private final Contracts contracts;
  private final MoveIns moveIns;
  private final MoveOuts moveOuts;
  private final RenewalVisits renewalVisits;

  private JdbcStorage(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    Documents documents = new Documents();
    this.transactions = new JdbcTransactions(dataSource, dialect);
    this.eventLog = new JdbcEventLog(transactions, documents);
    this.receipts = new JdbcReceipts(transactions, documents);
    this.agenda = new JdbcAgendaItems(transactions, documents);
    this.complaints = new JdbcComplaints(transactions, documents);
    this.equipment = new JdbcEquipmentRegister(transactions, documents);
    this.serviceOrders = new JdbcServiceOrders(transactions, documents);
    this.internalUses = new JdbcInternalUses(transactions, documents);
    this.meetings = new JdbcMeetings(transactions, documents);
    this.keys = new JdbcKeys(transactions, documents);
    this.contracts = new JdbcContracts(transactions, documents);
    this.moveIns = new JdbcMoveIns(transactions, documents);
    this.moveOuts = new JdbcMoveOuts(transactions, documents);
    this.renewalVisits = new JdbcRenewalVisits(transactions, documents);
  }

  /** The adapter on this data source; the dialect is read from the database itself. */
  public static JdbcStorage on(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return new JdbcStorage(dataSource, Dialect.of(c));
    } catch (SQLException e) {
      throw new StorageFailure("cannot reach the database", e);
    }
  }

  /** Brings the schema to the newest version (idempotent); returns how many migrations ran. */
  public int migrate() {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(dialect.migrations())
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  public Dialect dialect() {
    return dialect;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public EventLog eventLog() {
    return eventLog;
  }

  @Override
  public Receipts receipts() {
    return receipts;
  }

  @Override
  public AgendaItems agenda() {
    return agenda;
  }

  @Override
  public Complaints complaints() {
    return complaints;
  }

  @Override
  public EquipmentRegister equipment() {
    return equipment;
  }

  @Override
  public ServiceOrders serviceOrders() {
    return serviceOrders;
  }

  @Override
  public InternalUses internalUses() {
    return internalUses;
  }

  @Override
  public Meetings meetings() {
    return meetings;
  }

  @Override
  public Keys keys() {
    return keys;
  }

  @Override
  public Contracts contracts() {
    return contracts;
  }

  @Override
  public MoveIns moveIns() {
    return moveIns;
  }

  @Override
  public MoveOuts moveOuts() {
    return moveOuts;
  }

  @Override
  public RenewalVisits renewalVisits() {
    return renewalVisits;
  }
}
