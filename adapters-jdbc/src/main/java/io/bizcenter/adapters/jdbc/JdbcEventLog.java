package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.ActivityCursor;
import io.bizcenter.core.port.ActivityOrder;
import io.bizcenter.core.port.ActivityPage;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.Backlog;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.OutboxNotice;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The audit trail in {@code bc_event} and the outbox in {@code bc_notice}, written in the decision's transaction.
 * A relay claims due notices with {@code FOR UPDATE SKIP LOCKED}, so relays on several nodes never hold the same
 * notice at once; the claim lasts until the relay's transaction ends.
 */
final class JdbcEventLog implements EventLog {
  private static final String NOTICE_COLUMNS =
      "notice_id, center_id, procedure_name, case_id, recipient, code, clause, arguments, created_at, attempts";

  private static final String INSERT_EVENT = "INSERT INTO bc_event (center_id, procedure_name, case_id, version, command_id, staff_id,"
      + " actor_role, actor_department, decided_at, action, clause, policy, from_state, to_state, events)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_NOTICE =
      "INSERT INTO bc_notice (" + NOTICE_COLUMNS + ", case_version, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final String pending;
  private final String due;
  private final String delivered;
  private final Documents documents;
  private final Dialect dialect;

  JdbcEventLog(JdbcTransactions transactions, Documents documents) {
    this.transactions = transactions;
    this.statements = transactions.statements();
    Dialect dialect = transactions.dialect();
    this.pending = "SELECT " + NOTICE_COLUMNS + " FROM bc_notice WHERE delivered_at IS NULL ORDER BY seq " + dialect.firstRows();
    this.due = "SELECT " + NOTICE_COLUMNS + " FROM bc_notice WHERE delivered_at IS NULL AND due_at <= ? ORDER BY seq "
        + dialect.firstRows() + " FOR UPDATE SKIP LOCKED";
    this.delivered = "UPDATE bc_notice SET delivered_at = " + dialect.now()
        + " WHERE center_id = ? AND notice_id = ? AND delivered_at IS NULL";
    this.documents = documents;
    this.dialect = dialect;
  }

  /** The entry and its notices, sent with the rest of the unit of work's writes ({@link JdbcTransactions#send}). */
  @Override
  public void append(AuditEntry e) {
    List<Statements.Write> writes = new ArrayList<>(1 + e.notices().size());
    writes.add(new Statements.Write("bc_event", INSERT_EVENT, new Object[] {e.center().value(), e.procedure(), e.caseId(), e.version(),
        e.commandId().value(), e.staff().value(), e.role(), e.department(), e.at(), e.action(), e.clause().id(), e.policy().value(),
        e.from().orElse(null), e.to(), documents.writeEvents(e.events())},
        duplicate -> new ConcurrentWrite(e.procedure(), e.caseId(), e.version() - 1, e.version(), duplicate)));
    for (OutboxNotice n : e.notices()) {
      writes.add(noticeRow(n, e.version()));
    }
    transactions.send(writes);
  }

  private Statements.Write noticeRow(OutboxNotice n, long version) {
    // keyed by (center, notice id): a reused id within a center breaks the primary key and fails the unit of work loudly
    // (a broken Ids port), the same id in another center is another notice
    return new Statements.Write("bc_notice", INSERT_NOTICE, new Object[] {n.id().value(), n.center().value(), n.procedure(), n.caseId(),
        n.notice().to(), n.notice().code(), n.notice().clause().id(), documents.write(n.notice().arguments()), n.createdAt(), n.attempts(),
        version, n.createdAt()},
        duplicate -> new StorageFailure("notice id " + n.id() + " was already used in center " + n.center()
            + ": the Ids port must not repeat an id within a center", duplicate));
  }

  @Override
  public List<AuditEntry> trail(CenterId center, String procedure, String caseId) {
    return transactions.use(c -> {
      List<AuditEntry> entries = statements.query(c,
          "SELECT version, command_id, staff_id, actor_role, actor_department, decided_at, action, clause, policy, from_state, to_state, events"
              + " FROM bc_event WHERE center_id = ? AND procedure_name = ? AND case_id = ? ORDER BY version",
          row -> new AuditEntry(center, procedure, caseId, row.getLong("version"), CommandId.of(row.getString("command_id")),
              StaffId.of(row.getString("staff_id")), Role.valueOf(row.getString("actor_role")),
              Department.valueOf(row.getString("actor_department")), statements.instant(row, "decided_at"), row.getString("action"),
              Clause.of(row.getString("clause")), PolicyVersion.of(row.getString("policy")), Optional.ofNullable(row.getString("from_state")),
              row.getString("to_state"), documents.readEvents(procedure, row.getString("events")), List.of()),
          center.value(), procedure, caseId);
      Map<Long, List<OutboxNotice>> notices = new HashMap<>();
      statements.query(c, "SELECT case_version, " + NOTICE_COLUMNS + " FROM bc_notice WHERE center_id = ? AND procedure_name = ? AND case_id = ? ORDER BY seq",
          row -> notices.computeIfAbsent(row.getLong("case_version"), v -> new ArrayList<>()).add(asWritten(notice(row))),
          center.value(), procedure, caseId);
      return entries.stream().map(e -> withNotices(e, notices.getOrDefault(e.version(), List.of()))).toList();
    });
  }

  @Override
  public ActivityPage activity(ActivityQuery q, Set<String> procedures) {
    if (procedures.isEmpty()) {
      return ActivityPage.empty();
    }
    Optional<ActivityCursor.Position> after = ActivityCursor.position(q);
    boolean newestFirst = q.order() == ActivityOrder.NEWEST_FIRST;
    // center, then decision time, then seq: the walk bc_event_by_time (V10) serves; every filter is one more AND
    StringBuilder sql = new StringBuilder("SELECT seq, procedure_name, case_id, version, command_id, staff_id, actor_role, actor_department,"
        + " decided_at, action, clause, policy, from_state, to_state, events FROM bc_event WHERE center_id = ? AND decided_at >= ? AND decided_at < ?");
    List<Object> parameters = new ArrayList<>(List.of(q.center().value(), q.from(), q.until()));
    List<String> names = procedures.stream().sorted().toList();
    sql.append(" AND procedure_name IN (").append(String.join(", ", java.util.Collections.nCopies(names.size(), "?"))).append(')');
    parameters.addAll(names);
    q.procedure().ifPresent(name -> {
      sql.append(" AND procedure_name = ?");
      parameters.add(name);
    });
    q.staff().ifPresent(staff -> {
      sql.append(" AND staff_id = ?");
      parameters.add(staff.value());
    });
    q.department().ifPresent(department -> {
      sql.append(" AND actor_department = ?");
      parameters.add(department);
    });
    q.clause().ifPresent(clause -> {
      sql.append(" AND clause = ?");
      parameters.add(clause.id());
    });
    after.ifPresent(p -> {
      // strictly beyond the last entry shown, never an offset: rows written meanwhile shift nothing
      String beyond = newestFirst ? "<" : ">";
      sql.append(" AND (decided_at ").append(beyond).append(" ? OR (decided_at = ? AND seq ").append(beyond).append(" ?))");
      parameters.addAll(List.of(p.at(), p.at(), p.seq()));
    });
    String direction = newestFirst ? " DESC" : "";
    sql.append(" ORDER BY decided_at").append(direction).append(", seq").append(direction).append(' ').append(dialect.firstRows());
    parameters.add(q.pageSize() + 1);
    record Row(AuditEntry entry, long seq) {}
    List<Row> rows = transactions.use(c -> statements.query(c, sql.toString(),
        row -> new Row(new AuditEntry(q.center(), row.getString("procedure_name"), row.getString("case_id"), row.getLong("version"),
            CommandId.of(row.getString("command_id")), StaffId.of(row.getString("staff_id")), Role.valueOf(row.getString("actor_role")),
            Department.valueOf(row.getString("actor_department")), statements.instant(row, "decided_at"), row.getString("action"),
            Clause.of(row.getString("clause")), PolicyVersion.of(row.getString("policy")), Optional.ofNullable(row.getString("from_state")),
            row.getString("to_state"), documents.readEvents(row.getString("procedure_name"), row.getString("events")), List.of()),
            row.getLong("seq")),
        parameters.toArray()));
    List<AuditEntry> shown = rows.stream().limit(q.pageSize()).map(Row::entry).toList();
    Optional<String> next = rows.size() > q.pageSize()
        ? Optional.of(ActivityCursor.after(q, rows.get(q.pageSize() - 1).entry().at(), rows.get(q.pageSize() - 1).seq()))
        : Optional.empty();
    return new ActivityPage(shown, next);
  }

  private static AuditEntry withNotices(AuditEntry e, List<OutboxNotice> notices) {
    return new AuditEntry(e.center(), e.procedure(), e.caseId(), e.version(), e.commandId(), e.staff(), e.role(), e.department(), e.at(),
        e.action(), e.clause(), e.policy(), e.from(), e.to(), e.events(), notices);
  }

  /** The trail shows a notice as its decision wrote it; how its delivery went is the outbox's business. */
  private static OutboxNotice asWritten(OutboxNotice n) {
    return OutboxNotice.fresh(n.id(), n.center(), n.procedure(), n.caseId(), n.notice(), n.createdAt());
  }

  @Override
  public List<OutboxNotice> pendingNotices(int max) {
    return transactions.use(c -> statements.query(c, pending, this::notice, Math.max(0, max)));
  }

  @Override
  public Backlog backlog() {
    return transactions.use(c -> statements.query(c, "SELECT COUNT(*) AS undelivered, MIN(created_at) AS oldest FROM bc_notice WHERE delivered_at IS NULL",
        row -> new Backlog(row.getLong("undelivered"), Optional.ofNullable(statements.instant(row, "oldest"))))).get(0);
  }

  @Override
  public List<OutboxNotice> claimDue(int max, Instant now) {
    return transactions.seeingWrittenCommitsOnly(c -> statements.query(c, due, this::notice, now, Math.max(0, max)));
  }

  @Override
  public void markDelivered(CenterId center, NoticeId id) {
    transactions.use(c -> statements.update(c, delivered, center.value(), id.value()));
  }

  @Override
  public void markRefused(CenterId center, NoticeId id, Instant retryAt) {
    transactions.use(c -> statements.update(c, "UPDATE bc_notice SET attempts = attempts + 1, due_at = ? WHERE center_id = ? AND notice_id = ? AND delivered_at IS NULL",
        retryAt, center.value(), id.value()));
  }

  @Override
  public void rewrite(AuditEntry e) {
    transactions.use(c -> {
      // who, when, which action under which clause are other columns: only what happened is written again
      statements.update(c, "UPDATE bc_event SET events = ? WHERE center_id = ? AND procedure_name = ? AND case_id = ? AND version = ?",
          documents.writeEvents(e.events()), e.center().value(), e.procedure(), e.caseId(), e.version());
      for (OutboxNotice n : e.notices()) {
        statements.update(c, "UPDATE bc_notice SET arguments = ? WHERE center_id = ? AND notice_id = ?", documents.write(n.notice().arguments()),
            n.center().value(), n.id().value());
      }
      return null;
    });
  }

  @Override
  public int pruneDelivered(CenterId center, Instant before) {
    return transactions.use(c -> statements.update(c, "DELETE FROM bc_notice WHERE center_id = ? AND delivered_at IS NOT NULL AND created_at < ?",
        center.value(), before));
  }

  private OutboxNotice notice(ResultSet row) throws SQLException {
    Notice notice = new Notice(Department.valueOf(row.getString("recipient")), row.getString("code"), Clause.of(row.getString("clause")),
        documents.readStrings(row.getString("arguments")));
    return new OutboxNotice(new NoticeId(row.getString("notice_id")), CenterId.of(row.getString("center_id")), row.getString("procedure_name"),
        row.getString("case_id"), notice, statements.instant(row, "created_at"), row.getInt("attempts"));
  }
}
