package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.Receipts;
import io.vavr.control.Option;
import java.sql.SQLException;

/** Receipts survive restarts: a command id seen before, on any node, gets its first answer back. */
final class JdbcReceipts implements Receipts {
  private final JdbcTransactions transactions;
  private final Statements statements;
  private final Documents documents;

  JdbcReceipts(JdbcTransactions transactions, Documents documents) {
    this.transactions = transactions;
    this.statements = transactions.statements();
    this.documents = documents;
  }

  @Override
  public Option<Receipt> find(CenterId center, CommandId commandId) {
    return transactions.use(c -> Option.ofOptional(statements.query(c,
        "SELECT procedure_name, case_id, action, answer, staff_id, actor_role, actor_department FROM bc_receipt"
            + " WHERE center_id = ? AND command_id = ?",
        row -> new Receipt(center, commandId, row.getString(1), row.getString(2), row.getString(3),
            documents.readCase(row.getString(1), row.getString(4)), sender(row.getString(5), row.getString(6), row.getString(7))),
        center.value(), commandId.value()).stream().findFirst()));
  }

  /** A receipt from before schema 8 whose command left no audit entry has no sender: it answers nobody. */
  private static Receipt.Sender sender(String staff, String role, String department) {
    return staff == null || role == null || department == null
        ? null : new Receipt.Sender(StaffId.of(staff), Role.valueOf(role), Department.valueOf(department));
  }

  @Override
  public void record(Receipt receipt) {
    transactions.use(c -> {
      try {
        Receipt.Sender sender = receipt.sender();
        return statements.update(c, "INSERT INTO bc_receipt (center_id, command_id, procedure_name, case_id, action, answer, staff_id, actor_role,"
                + " actor_department) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            receipt.center().value(), receipt.commandId().value(), receipt.procedure(), receipt.caseId(), receipt.action(),
            documents.write(receipt.answer()), sender == null ? null : sender.staff().value(),
            sender == null ? null : sender.role().name(), sender == null ? null : sender.department().name());
      } catch (SQLException e) {
        // the same command id, committed meanwhile by another node: decide again and find this receipt
        if (ConcurrentWrite.isUniqueViolation(e)) {
          throw new ConcurrentWrite(receipt.procedure(), receipt.caseId(), -1, -1, e);
        }
        throw e;
      }
    });
  }
}
