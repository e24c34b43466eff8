package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.Receipts;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Receipts survive restarts: a command id seen before, on any node, gets its first answer back. Past the idempotency
 * window the answer is set to null and the row stays, a tombstone of a hundred-odd bytes that refuses a late resend.
 */
final class JdbcReceipts implements Receipts {
  static final String COLUMNS =
      "command_id, procedure_name, case_id, action, answer, staff_id, actor_role, actor_department, recorded_at";

  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcReceipts(JdbcTransactions transactions, Documents documents) {
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  /** Whether this store reads and writes in {@code other}'s transactions, so one query may read from both. */
  boolean sharesTransactions(JdbcTransactions other) {
    return transactions == other;
  }

  @Override
  public Option<Receipt> find(CenterId center, CommandId commandId) {
    return transactions.use(c -> Option.ofOptional(statements.query(c,
        "SELECT " + COLUMNS + " FROM bc_receipt WHERE center_id = ? AND command_id = ?",
        row -> receipt(center, row), center.value(), commandId.value()).stream().findFirst()));
  }

  @Override
  public List<Receipt> ofCase(CenterId center, String procedure, String caseId) {
    return transactions.use(c -> statements.query(c,
        "SELECT " + COLUMNS + " FROM bc_receipt WHERE center_id = ? AND procedure_name = ? AND case_id = ? ORDER BY recorded_at, command_id",
        row -> receipt(center, row), center.value(), procedure, caseId));
  }

  /** A receipt row as {@link #COLUMNS} reads it; a case store reads one beside its case (JdbcCases#withReceipt). */
  Receipt receipt(CenterId center, ResultSet row) throws SQLException {
    String procedure = row.getString("procedure_name");
    String answer = row.getString("answer");
    return new Receipt(center, CommandId.of(row.getString("command_id")), procedure, row.getString("case_id"), row.getString("action"),
        answer == null ? null : documents.readCase(procedure, answer),
        sender(row.getString("staff_id"), row.getString("actor_role"), row.getString("actor_department")),
        statements.instant(row, "recorded_at"));
  }

  /** A receipt from before schema 8 whose command left no audit entry has no sender: it answers nobody. */
  private static Receipt.Sender sender(String staff, String role, String department) {
    return staff == null || role == null || department == null
        ? null : new Receipt.Sender(StaffId.of(staff), Role.valueOf(role), Department.valueOf(department));
  }

  /** Sent with the rest of the unit of work's writes ({@link JdbcTransactions#send}). */
  @Override
  public void record(Receipt receipt) {
    Receipt.Sender sender = receipt.sender();
    transactions.send(List.of(new Statements.Write("bc_receipt", "INSERT INTO bc_receipt (center_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new Object[] {receipt.center().value(), receipt.commandId().value(), receipt.procedure(), receipt.caseId(), receipt.action(),
            receipt.pruned() ? null : documents.write(receipt.answer()), sender == null ? null : sender.staff().value(),
            sender == null ? null : sender.role().name(), sender == null ? null : sender.department().name(), receipt.at()},
        // the same command id, committed meanwhile by another node: decide again and find this receipt
        duplicate -> new ConcurrentWrite(receipt.procedure(), receipt.caseId(), -1, -1, duplicate))));
  }

  @Override
  public void rewrite(Receipt receipt) {
    transactions.use(c -> statements.update(c, "UPDATE bc_receipt SET answer = ? WHERE center_id = ? AND command_id = ?",
        receipt.pruned() ? null : documents.write(receipt.answer()), receipt.center().value(), receipt.commandId().value()));
  }

  @Override
  public int prune(CenterId center, Instant before) {
    return transactions.use(c -> statements.update(c,
        "UPDATE bc_receipt SET answer = NULL WHERE center_id = ? AND answer IS NOT NULL AND (recorded_at < ? OR recorded_at IS NULL)",
        center.value(), before));
  }
}
