package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.Procedure;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.port.CaseStore;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Every storage port on the vendor's {@link DataSource}: H2 2.x (the embedded default), PostgreSQL 14 and newer, or
 * MariaDB 10.11 and MySQL 8.0 and newer (InnoDB), several application nodes on one database. The schema comes from versioned migrations: call {@link #migrate()}
 * once at start-up, or run {@link Dialect#migrations()} with your own Flyway.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.on(hikariDataSource);
 * storage.migrate();
 * BusinessCenter center = BusinessCenter.builder().storage(storage)...build();
 * }</pre>
 *
 * <p>An accepted command is committed before its answer returns, so what a caller was told is kept, on either
 * database, whatever happens to the process afterwards. An H2 file must be opened with {@code ;WRITE_DELAY=0}
 * and {@code ;REUSE_SPACE=FALSE} in its URL ({@code jdbc:h2:file:/var/lib/bc/center;WRITE_DELAY=0;REUSE_SPACE=FALSE});
 * see {@link #on(DataSource)}.
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
  private final Documents documents;
  /** The stores of procedures without a typed store, by name, built on first ask from their descriptors (in bc_case). */
  private final Map<String, JdbcCases<?>> shared = new ConcurrentHashMap<>();

  private JdbcStorage(DataSource dataSource, Dialect dialect, boolean h2File, HostTransactions host, DocumentCipher cipher) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    Documents documents = new Documents(cipher);
    this.documents = documents;
    this.transactions = new JdbcTransactions(dataSource, dialect, h2File, host);
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

  /**
   * The adapter on this data source; the dialect is read from the database itself.
   *
   * <p>An H2 file database is refused (a {@link StorageFailure} naming {@code ;WRITE_DELAY=0}) unless its write delay
   * is 0. H2's default of 500 ms lets a commit return before it is in the file, so a process killed in that time
   * loses commands already answered as accepted, while the notices they wrote may already have been delivered. With
   * {@code WRITE_DELAY=0} (and the adapter's {@code CHECKPOINT} after each commit) each commit is in the file before
   * it returns. H2 does not force the file to the disk on each commit, so a crash of the operating system or a power
   * cut can still lose the last commits (the file stays consistent); where that matters, use PostgreSQL with its
   * defaults ({@code fsync} and {@code synchronous_commit} on). In-memory H2 and PostgreSQL are taken as they are.
   *
   * <p>A MariaDB or MySQL server is refused when it does not write its redo log at each commit
   * ({@code innodb_flush_log_at_trx_commit = 0}); its units of work run under READ COMMITTED whatever the server's
   * default (see docs/reliability.md).
   *
   * <p>An H2 file is refused as well (naming {@code ;REUSE_SPACE=FALSE}) unless H2 appends every chunk at the end of
   * the file. H2 2.5 otherwise reuses the space of dead chunks (45 s after they were written, or at once for space
   * already free when it opens the file), and when it writes a commit into such space at a place it had not predicted,
   * the file header it writes next still names the chunk before: a kill then leaves commits that are in the file but
   * that H2, opening it again, does not find (docs/reliability.md, section 6, has the kills). Appended, the newest
   * chunk is the last in the file, where H2 looks first. The price: the file grows by every chunk written, about
   * 100 kB a command in our crash test, and H2 gives no space back, not even on a clean close, until it is closed with
   * {@code SHUTDOWN COMPACT} (554 MB became 3.6 MB in 7 s); a process that runs for long needs that now and then.
   *
   * <p>We refuse rather than run {@code SET WRITE_DELAY 0} ourselves: H2 2.x applies the URL's value (500 when it has
   * none) each time it opens the file, over the one the database kept, and it closes the file whenever its last
   * connection closes, so a setting made here would lapse without a word; {@code REUSE_SPACE} can only be given in the
   * URL.
   */
  public static JdbcStorage on(DataSource dataSource) {
    return on(dataSource, HostTransactions.NONE);
  }

  /**
   * The adapter on this data source, joining the host's transaction whenever {@code host} names one: a command then
   * runs on the host's connection inside a savepoint and commits or rolls back with the host's own writes (see
   * {@link HostTransactions}). Outside a host transaction it behaves as {@link #on(DataSource)}. On an H2 file, a
   * command in the host's transaction is in the file once the host's commit is: the adapter's CHECKPOINT after its own
   * commits does not run for the host's.
   */
  public static JdbcStorage on(DataSource dataSource, HostTransactions host) {
    return on(dataSource, host, DocumentCipher.NONE);
  }

  /**
   * The adapter on this data source, sealing every document it stores with {@code cipher} (encryption at rest of cases,
   * trails, receipts and notices; see {@link DocumentCipher}). Documents written in clear before are still read.
   */
  public static JdbcStorage on(DataSource dataSource, DocumentCipher cipher) {
    return on(dataSource, HostTransactions.NONE, cipher);
  }

  /** The adapter joining the host's transactions (see {@link #on(DataSource, HostTransactions)}) and sealing with {@code cipher}. */
  public static JdbcStorage on(DataSource dataSource, HostTransactions host, DocumentCipher cipher) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(cipher, "cipher");
    try (Connection c = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(c);
      boolean h2File = dialect == Dialect.H2 && requireCrashSafeFile(c);
      if (dialect == Dialect.MARIADB) {
        requireCommitsLogged(c);
      }
      return new JdbcStorage(dataSource, dialect, h2File, host, cipher);
    } catch (SQLException e) {
      throw new StorageFailure("cannot reach the database", e);
    }
  }

  /** What an H2 file's URL must say; the reasons are in {@link #on(DataSource)}. */
  private static final String URL_OPTIONS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE";

  /** Whether the H2 database is a file (then with no write delay and no space reused, or refused); false in memory. */
  private static boolean requireCrashSafeFile(Connection c) throws SQLException {
    String path;
    try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT DATABASE_PATH()")) {
      row.next();
      path = row.getString(1);
    }
    if (path == null) {
      return false; // in memory: nothing outlives the process anyway
    }
    // two rows when the database kept a SET WRITE_DELAY that the URL overrode: every one must say 0
    for (String delay : settings(c, "WRITE_DELAY")) {
      if (!delay.equals("0")) {
        throw new StorageFailure("the H2 file database " + path + " has WRITE_DELAY " + delay
            + ": a commit may return before it is in the file, and a crash would then lose commands already answered"
            + " as accepted. Open it with ;WRITE_DELAY=0 in the URL, as in jdbc:h2:file:" + path + URL_OPTIONS);
      }
    }
    List<String> reuse = settings(c, "REUSE_SPACE");
    if (reuse.isEmpty() || !reuse.stream().allMatch(r -> r.equalsIgnoreCase("false"))) {
      throw new StorageFailure("the H2 file database " + path + " has REUSE_SPACE " + String.join(", ", reuse)
          + ": H2 may write a commit into reused space where, after a crash, it would not find it, and commands already"
          + " answered as accepted would be lost. Open it with ;REUSE_SPACE=FALSE in the URL, as in jdbc:h2:file:" + path
          + URL_OPTIONS);
    }
    return true;
  }

  /**
   * Refuses a MariaDB or MySQL server whose {@code innodb_flush_log_at_trx_commit} is 0: it writes the redo log once a
   * second, not at each commit, so a crash of the server loses commands already answered as accepted. 1 (the default)
   * writes and flushes the log at each commit and survives a power cut too; 2 writes it at each commit and flushes it
   * once a second, so it survives a crash of the server but not of the operating system (as an H2 file does).
   */
  private static void requireCommitsLogged(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT @@innodb_flush_log_at_trx_commit")) {
      row.next();
      String flush = row.getString(1).trim();
      if (flush.equals("0")) {
        throw new StorageFailure("the database has innodb_flush_log_at_trx_commit = 0: a commit returns before it is in"
            + " the redo log, and a crash of the server would lose commands already answered as accepted. Set it to 1"
            + " (the default; with sync_binlog = 1 where the binary log is on) or at least 2");
      }
    }
  }

  /** The values of an H2 setting: the database's own and, when the URL set another, that one too. */
  private static List<String> settings(Connection c, String name) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
      s.setString(1, name);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          values.add(row.getString(1).trim());
        }
      }
    }
    return values;
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

  /**
   * The typed store of a procedure of the library; for a procedure without one, its cases in the shared table
   * {@code bc_case} (schema 12), read and written from its descriptor alone.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> CaseStore<C> cases(Procedure<S, A, C, M> procedure) {
    return procedure.typedStoreIn(this).orElseGet(() -> {
      // Documents first: it refuses a second descriptor of another case type under a name already known
      documents.know(procedure);
      return (CaseStore<C>) shared.computeIfAbsent(procedure.name(),
          name -> JdbcCases.shared(name, procedure.caseType(), transactions, documents));
    });
  }
}
