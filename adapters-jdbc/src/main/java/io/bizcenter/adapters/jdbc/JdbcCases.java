package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.ReceiptAndCase;
import io.bizcenter.core.port.Receipts;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One procedure's cases in one table: id, version, state and the state's start as columns, the case itself as a
 * JSON document. Saving is an optimistic lock: the row changes only if it still has the version the case was
 * read at. A store whose queries filter on more of the case names those {@link Column}s: they are written with every
 * save, so they never disagree with the document.
 *
 * <p>A procedure without a table of its own (a descriptor without a typed store) keeps its cases in {@code bc_case},
 * shared by every such procedure: there the procedure's name is part of the key ({@link #shared}).
 */
class JdbcCases<C extends Case<?, C>> implements CaseStore<C> {
  private final String procedure;
  private final String table;
  private final Class<C> type;
  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;
  private final String find;
  private final String all;
  private final String version;
  /** The insert of a new case after a read of its version (null where insertIfNew serves). */
  private final String insert;
  /** The insert of a new case that adds nothing when the id is taken (null where the dialect keeps the read before it). */
  private final String insertIfNew;
  private final String update;
  private final String withReceipt;

  /** A real column of the table, taken from the case on every save, for a query to filter or sort on. */
  record Column<C>(String name, Function<C, Object> value) {}

  private final List<Column<C>> columns;
  /** The key's values before the case id: the center, and in the shared table the procedure's name. */
  private final boolean sharedTable;

  /** The table every procedure without a table of its own shares, keyed (center_id, procedure_name, case_id). */
  static final String SHARED_TABLE = "bc_case";

  JdbcCases(String procedure, String table, Class<C> type, JdbcTransactions transactions, Documents documents) {
    this(procedure, table, type, transactions, documents, List.of());
  }

  JdbcCases(String procedure, String table, Class<C> type, JdbcTransactions transactions, Documents documents, List<Column<C>> columns) {
    this(procedure, table, type, transactions, documents, columns, false);
  }

  /** The cases of {@code procedure} in the shared table {@code bc_case}: a procedure that needs no adapter code. */
  static <C extends Case<?, C>> JdbcCases<C> shared(String procedure, Class<C> type, JdbcTransactions transactions, Documents documents) {
    return new JdbcCases<>(procedure, SHARED_TABLE, type, transactions, documents,
        List.of(new Column<>("procedure_name", kase -> procedure)), true);
  }

  private JdbcCases(String procedure, String table, Class<C> type, JdbcTransactions transactions, Documents documents, List<Column<C>> columns,
      boolean sharedTable) {
    this.sharedTable = sharedTable;
    this.columns = List.copyOf(columns);
    String center = sharedTable ? "center_id = ? AND procedure_name = ?" : "center_id = ?";
    String key = center + " AND case_id = ?";
    StringBuilder names = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    StringBuilder sets = new StringBuilder();
    for (Column<C> column : this.columns) {
      names.append(", ").append(column.name());
      marks.append(", ?");
      sets.append(", ").append(column.name()).append(" = ?");
    }
    this.procedure = procedure;
    this.table = table;
    this.type = type;
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
    this.find = "SELECT document FROM " + table + " WHERE " + key;
    this.all = "SELECT document FROM " + table + " WHERE " + center + " ORDER BY opened_seq";
    this.version = "SELECT version FROM " + table + " WHERE " + key + " FOR UPDATE";
    // MariaDB and MySQL read the stored version before a plain insert (H2 and PostgreSQL: insertIfNew)
    this.insert = transactions.dialect().insertsOnlyIfNew() ? null
        : "INSERT INTO " + table + " (center_id, case_id, version, state, state_entered_at, document" + names + ") VALUES (?, ?, ?, ?, ?, ?" + marks + ")";
    // H2 and PostgreSQL check that the id is free in the insert itself: one round trip instead of a read and an insert
    this.insertIfNew = transactions.dialect().insertsOnlyIfNew()
        ? "INSERT INTO " + table + " (center_id, case_id, version, state, state_entered_at, document" + names + ") SELECT ?, ?, ?, ?, ?, ?" + marks
            + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + key + ")"
        : null;
    this.withReceipt = "SELECT " + JdbcReceipts.COLUMNS + " FROM bc_receipt WHERE center_id = ? AND command_id = ?"
        + " UNION ALL SELECT NULL, NULL, NULL, NULL, document, NULL, NULL, NULL, NULL FROM " + table + " WHERE " + key;
    this.update = "UPDATE " + table + " SET version = ?, state = ?, state_entered_at = ?, document = ?" + sets
        + " WHERE " + key + " AND version = ?";
  }

  @Override
  public Option<C> find(CenterId center, String caseId) {
    return transactions.use(c -> Option.ofOptional(
        statements.query(c, find, row -> documents.read(row.getString(1), type), key(center.value(), caseId)).stream().findFirst()));
  }

  @Override
  public Either<Rejection.VersionConflict, C> save(C next, long expectedVersion) {
    return transactions.use(c -> {
      String center = next.center().value();
      String id = next.id().value();
      if (expectedVersion == 0 && insertIfNew != null) {
        int added;
        try {
          added = statements.update(c, insertIfNew, parameters(List.of(center, id, next.version(), next.state(), next.stateEnteredAt(),
              documents.write(next)), next, Arrays.asList(key(center, id))));
        } catch (SQLException e) {
          if (ConcurrentWrite.isUniqueViolation(e)) {
            // inserted meanwhile by another node: every new case starts at the same version, so the winner's is this one's
            throw new ConcurrentWrite(procedure, id, 0, next.version(), e);
          }
          throw e;
        }
        return added == 1 ? Either.right(next) : Either.left(new Rejection.VersionConflict(procedure, id, 0, storedVersion(c, center, id)));
      }
      if (expectedVersion == 0) {
        long stored = storedVersion(c, center, id);
        if (stored != 0) {
          return Either.left(new Rejection.VersionConflict(procedure, id, 0, stored));
        }
        try {
          statements.update(c, insert, parameters(List.of(center, id, next.version(), next.state(), next.stateEnteredAt(), documents.write(next)), next,
              List.of()));
        } catch (SQLException e) {
          if (ConcurrentWrite.isUniqueViolation(e)) {
          // every new case starts at the same version, so the winner's is this one's
          throw new ConcurrentWrite(procedure, id, 0, next.version(), e);
        }
        throw e;
        }
        return Either.right(next);
      }
      int changed = statements.update(c, update, parameters(List.of(next.version(), next.state(), next.stateEnteredAt(), documents.write(next)), next,
          Arrays.asList(key(center, id, expectedVersion))));
      return changed == 1
          ? Either.right(next)
          : Either.left(new Rejection.VersionConflict(procedure, id, expectedVersion, storedVersion(c, center, id)));
    });
  }

  /** One query for both, when the receipts are this adapter's: a command's first round trip. */
  @Override
  public ReceiptAndCase<C> withReceipt(Receipts receipts, CenterId center, CommandId commandId, String caseId) {
    if (!(receipts instanceof JdbcReceipts ours) || !ours.sharesTransactions(transactions)) {
      return CaseStore.super.withReceipt(receipts, center, commandId, caseId);
    }
    return transactions.use(c -> {
      Option<Receipt> receipt = Option.none();
      Option<C> found = Option.none();
      for (Object row : statements.query(c, withReceipt,
          // the receipt's row has its command id; the case's row has only its document, in the answer's column
          row -> row.getString("command_id") != null ? ours.receipt(center, row) : documents.read(row.getString("answer"), type),
          withReceiptParameters(center.value(), commandId.value(), caseId))) {
        if (row instanceof Receipt r) {
          receipt = Option.of(r);
        } else {
          found = Option.of(type.cast(row));
        }
      }
      return new ReceiptAndCase<>(receipt, found);
    });
  }

  @Override
  public List<C> all(CenterId center) {
    return transactions.use(c -> statements.query(c, all, row -> documents.read(row.getString(1), type),
        sharedTable ? new Object[] {center.value(), procedure} : new Object[] {center.value()}));
  }

  /** The center's cases matching {@code condition} on the extra columns, oldest first. */
  List<C> where(CenterId center, String condition, Object... values) {
    Object[] all = new Object[values.length + 1];
    all[0] = center.value();
    System.arraycopy(values, 0, all, 1, values.length);
    return transactions.use(c -> statements.query(c, "SELECT document FROM " + table + " WHERE center_id = ? AND " + condition + " ORDER BY opened_seq",
        row -> documents.read(row.getString(1), type), all));
  }

  /**
   * The center's cases now in {@code state} that entered it from {@code from} (included) to {@code until} (excluded),
   * earliest first, then oldest first: a range read of the table's (center, state, state_entered_at) index, by the
   * store's own constant {@code inStateQuery} (declared by the stores that ask it, so the scale-out check sees each).
   */
  List<C> inStateBetween(String inStateQuery, CenterId center, Enum<?> state, Instant from, Instant until) {
    return transactions.use(c -> statements.query(c, inStateQuery, row -> documents.read(row.getString(1), type), center.value(), state, from,
        until));
  }

  /** The range read of {@link #inStateBetween} on {@code table}, for a store to keep as a constant. */
  static String inStateQuery(String table) {
    return "SELECT document FROM " + table + " WHERE center_id = ? AND state = ? AND state_entered_at >= ? AND state_entered_at < ?"
        + " ORDER BY state_entered_at, opened_seq";
  }

  /** The fixed columns' values, then the named columns' values taken from the case, then the rest. */
  private Object[] parameters(List<Object> fixed, C next, List<Object> rest) {
    List<Object> all = new ArrayList<>(fixed);
    columns.forEach(column -> all.add(column.value().apply(next)));
    all.addAll(rest);
    return all.toArray();
  }

  private long storedVersion(Connection c, String center, String id) throws SQLException {
    return statements.query(c, version, row -> row.getLong(1), key(center, id)).stream().findFirst().orElse(0L);
  }

  /** The values of the key's placeholders (center, the procedure in the shared table, case id), then {@code more}. */
  private Object[] key(String center, String id, Object... more) {
    List<Object> values = new ArrayList<>();
    values.add(center);
    if (sharedTable) {
      values.add(procedure);
    }
    values.add(id);
    values.addAll(Arrays.asList(more));
    return values.toArray();
  }

  private Object[] withReceiptParameters(String center, String commandId, String caseId) {
    List<Object> values = new ArrayList<>(List.of(center, commandId));
    values.addAll(Arrays.asList(key(center, caseId)));
    return values.toArray();
  }
}
