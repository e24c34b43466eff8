package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Agenda rows, written with their case; "what is due" reads the (center, department, due time) index. */
final class JdbcAgendaItems implements AgendaItems {
  private static final String COLUMNS = "center_id, procedure_name, case_id, department, actor_role, state, actions, available_from, due_at, clause";
  /** "What is due": a range of the bc_agenda_due index (center, department, due time); package-private for the plan test. */
  static final String DUE =
      "SELECT " + COLUMNS + " FROM bc_agenda WHERE center_id = ? AND department = ? AND due_at <= ? ORDER BY due_at, case_id, item_no";

  private static final String DELETE = "DELETE FROM bc_agenda WHERE center_id = ? AND procedure_name = ? AND case_id = ?";
  private static final String INSERT = "INSERT INTO bc_agenda (" + COLUMNS + ", item_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcAgendaItems(JdbcTransactions transactions, Documents documents) {
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  /**
   * The case's rows, replaced with the rest of the unit of work's writes ({@link JdbcTransactions#send}); two writers of
   * one case's rows at once are a lost race: the case's own version lets one through, the other decides again.
   */
  @Override
  public void replace(CenterId center, String procedure, String caseId, List<AgendaItem> items) {
    List<Statements.Write> writes = new ArrayList<>(1 + items.size());
    writes.add(new Statements.Write("bc_agenda", DELETE, new Object[] {center.value(), procedure, caseId}, ConcurrentWrite::unnamed));
    int no = 0;
    for (AgendaItem i : items) {
      writes.add(new Statements.Write("bc_agenda", INSERT, new Object[] {center.value(), procedure, caseId, i.seat().department().orElse(null),
          i.seat().role().orElse(null), i.state(), documents.write(i.actions()), i.availableFrom(), i.dueAt(), i.clause().id(), ++no},
          ConcurrentWrite::unnamed));
    }
    transactions.send(writes);
  }


  @Override
  public List<AgendaItem> due(CenterId center, Department department, Instant until) {
    // Instant.MAX and Instant.MIN cannot be bound (H2 throws): asked within the range every store holds
    Instant bound = TimeRange.clamp(until);
    return transactions.use(c -> statements.query(c, DUE, this::item, center.value(), department, bound));
  }

  @Override
  public List<AgendaItem> forCase(CenterId center, String procedure, String caseId) {
    return transactions.use(c -> statements.query(c,
        "SELECT " + COLUMNS + " FROM bc_agenda WHERE center_id = ? AND procedure_name = ? AND case_id = ? ORDER BY item_no",
        this::item, center.value(), procedure, caseId));
  }

  private AgendaItem item(ResultSet row) throws SQLException {
    Seat seat = new Seat(Optional.ofNullable(row.getString("department")).map(Department::valueOf),
        Optional.ofNullable(row.getString("actor_role")).map(Role::valueOf));
    return new AgendaItem(CenterId.of(row.getString("center_id")), row.getString("procedure_name"), row.getString("case_id"),
        row.getString("state"), documents.readStrings(row.getString("actions")), seat, statements.instant(row, "available_from"), statements.instant(row, "due_at"), Clause.of(row.getString("clause")));
  }
}
