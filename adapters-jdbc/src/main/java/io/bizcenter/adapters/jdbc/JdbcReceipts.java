package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Statements.query;
import static io.bizcenter.adapters.jdbc.Statements.update;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.Receipts;
import io.vavr.control.Option;
import java.sql.SQLException;

/** Receipts survive restarts: a command id seen before, on any node, gets its first answer back. */
final class JdbcReceipts implements Receipts {
  private final JdbcTransactions transactions;
  private final Documents documents;

  JdbcReceipts(JdbcTransactions transactions, Documents documents) {
    this.transactions = transactions;
    this.documents = documents;
  }

  @Override
  public Option<Receipt> find(CenterId center, CommandId commandId) {
    return transactions.use(c -> Option.ofOptional(query(c,
        "SELECT procedure_name, case_id, action, answer FROM bc_receipt WHERE center_id = ? AND command_id = ?",
        row -> new Receipt(center, commandId, row.getString(1), row.getString(2), row.getString(3),
            documents.readCase(row.getString(1), row.getString(4))),
        center.value(), commandId.value()).stream().findFirst()));
  }

  @Override
  public void record(Receipt receipt) {
    transactions.use(c -> {
      try {
        return update(c, "INSERT INTO bc_receipt (center_id, command_id, procedure_name, case_id, action, answer) VALUES (?, ?, ?, ?, ?, ?)",
            receipt.center().value(), receipt.commandId().value(), receipt.procedure(), receipt.caseId(), receipt.action(),
            documents.write(receipt.answer()));
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
