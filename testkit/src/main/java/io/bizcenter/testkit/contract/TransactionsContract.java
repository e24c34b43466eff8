package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.COMPLAINTS;
import static io.bizcenter.testkit.contract.Samples.at;
import static io.bizcenter.testkit.contract.Samples.complaint;
import static io.bizcenter.testkit.contract.Samples.entry;
import static io.bizcenter.testkit.contract.Samples.item;
import static io.bizcenter.testkit.contract.Samples.notice;
import static io.bizcenter.testkit.contract.Samples.receipt;
import static io.bizcenter.testkit.contract.Samples.triaged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.Receipt;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code Transactions}: one unit of work over every store of the adapter, all or nothing. A
 * rejection rolls back as an exception does; the exception itself reaches the caller unchanged.
 */
public abstract class TransactionsContract extends PortContract {
  private static final Rejection REJECTED = new Rejection.CaseNotFound(COMPLAINTS, "whatever");

  /** A fresh complaint "c-1" with its opening entry, one notice, its agenda and its receipt: one command's writes. */
  private Either<Rejection, Complaint> writeEverything() {
    Complaint c = complaint(CENTER_A, "c-1", 1);
    Either<Rejection, Complaint> saved = storage.complaints().save(c, 0).mapLeft(conflict -> conflict);
    storage.eventLog().append(entry(CENTER_A, "c-1", 1, notice("n-1", CENTER_A, "c-1", at(1))));
    storage.agenda().replace(CENTER_A, COMPLAINTS, "c-1", List.of(item(CENTER_A, "c-1", Seat.in(Department.OPERATIONS), at(60))));
    storage.receipts().record(receipt(CENTER_A, "cmd-1", "c-1"));
    return saved;
  }

  private void assertNothingOfCaseOne() {
    assertEquals(Option.none(), storage.complaints().find(CENTER_A, "c-1"), "the case");
    assertEquals(List.of(), storage.complaints().all(CENTER_A), "the center's cases");
    assertEquals(List.of(), storage.eventLog().trail(CENTER_A, COMPLAINTS, "c-1"), "the trail");
    assertEquals(List.of(), storage.eventLog().pendingNotices(10), "the outbox");
    assertEquals(List.of(), storage.agenda().forCase(CENTER_A, COMPLAINTS, "c-1"), "the case's agenda");
    assertEquals(List.of(), storage.agenda().due(CENTER_A, Department.OPERATIONS, at(1000)), "the department's agenda");
    assertEquals(Option.none(), storage.receipts().find(CENTER_A, CommandId.of("cmd-1")), "the receipt");
  }

  @Test
  @DisplayName("writes of a transaction that answers Right are kept, and the answer reaches the caller")
  void aRightAnswerKeepsEveryWrite() {
    Either<Rejection, Complaint> answer = storage.transactions().inTransaction(this::writeEverything);

    Complaint c = complaint(CENTER_A, "c-1", 1);
    assertEquals(Either.right(c), answer);
    assertEquals(Option.of(c), storage.complaints().find(CENTER_A, "c-1"));
    assertEquals(1, storage.eventLog().trail(CENTER_A, COMPLAINTS, "c-1").size());
    assertEquals(List.of(notice("n-1", CENTER_A, "c-1", at(1))), storage.eventLog().pendingNotices(10));
    assertEquals(1, storage.agenda().forCase(CENTER_A, COMPLAINTS, "c-1").size());
    assertEquals(Option.of(receipt(CENTER_A, "cmd-1", "c-1")), storage.receipts().find(CENTER_A, CommandId.of("cmd-1")));
  }

  @Test
  @DisplayName("inside a transaction, each store reads its own uncommitted writes")
  void aTransactionReadsItsOwnWrites() {
    Either<Rejection, String> answer = storage.transactions().inTransaction(() -> {
      writeEverything();
      assertEquals(Option.of(complaint(CENTER_A, "c-1", 1)), storage.complaints().find(CENTER_A, "c-1"));
      assertEquals(List.of(entry(CENTER_A, "c-1", 1, notice("n-1", CENTER_A, "c-1", at(1)))),
          storage.eventLog().trail(CENTER_A, COMPLAINTS, "c-1"));
      assertEquals(1, storage.agenda().forCase(CENTER_A, COMPLAINTS, "c-1").size());
      assertTrue(storage.receipts().find(CENTER_A, CommandId.of("cmd-1")).isDefined());
      return Either.right("seen");
    });

    assertEquals(Either.right("seen"), answer);
  }

  @Test
  @DisplayName("a rejection (Left) rolls back every write of the transaction in every store, and reaches the caller")
  void aRejectionRollsBackEveryWrite() {
    Either<Rejection, Complaint> answer = storage.transactions().inTransaction(() -> {
      writeEverything();
      return Either.left(REJECTED);
    });

    assertTrue(answer.isLeft(), () -> "answered " + answer);
    assertSame(REJECTED, answer.getLeft());
    assertNothingOfCaseOne();
  }

  @Test
  @DisplayName("an exception rolls back every write of the transaction and reaches the caller unchanged (the same instance)")
  void anExceptionRollsBackEveryWriteAndIsRethrown() {
    IllegalStateException broken = new IllegalStateException("the infrastructure broke mid-command");

    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
      writeEverything();
      throw broken;
    }));

    assertSame(broken, thrown);
    assertNothingOfCaseOne();
  }

  @Test
  @DisplayName("a rolled-back transaction restores what it overwrote: the case, the agenda, and a delivered notice")
  void aRollbackRestoresOverwrittenState() {
    Complaint first = complaint(CENTER_A, "c-1", 1);
    AuditEntry opening = entry(CENTER_A, "c-1", 1, notice("n-1", CENTER_A, "c-1", at(1)));
    List<AgendaItem> owed = List.of(item(CENTER_A, "c-1", Seat.in(Department.OPERATIONS), at(60)));
    Receipt firstReceipt = receipt(CENTER_A, "cmd-1", "c-1");
    committed(() -> {
      assertTrue(storage.complaints().save(first, 0).isRight());
      storage.eventLog().append(opening);
      storage.agenda().replace(CENTER_A, COMPLAINTS, "c-1", owed);
      storage.receipts().record(firstReceipt);
    });

    Either<Rejection, Complaint> answer = storage.transactions().inTransaction(() -> {
      storage.complaints().save(triaged(first), 1);
      storage.eventLog().append(entry(CENTER_A, "c-1", 2, notice("n-2", CENTER_A, "c-1", at(2))));
      storage.eventLog().markDelivered(opening.notices().get(0).center(), opening.notices().get(0).id());
      storage.agenda().replace(CENTER_A, COMPLAINTS, "c-1", List.of());
      storage.receipts().record(receipt(CENTER_A, "cmd-2", "c-1"));
      return Either.left(REJECTED);
    });

    assertTrue(answer.isLeft());
    assertEquals(Option.of(first), storage.complaints().find(CENTER_A, "c-1"));
    assertEquals(List.of(opening), storage.eventLog().trail(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(opening.notices(), storage.eventLog().pendingNotices(10));
    assertEquals(owed, storage.agenda().forCase(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(Option.of(firstReceipt), storage.receipts().find(CENTER_A, CommandId.of("cmd-1")));
    assertEquals(Option.none(), storage.receipts().find(CENTER_A, CommandId.of("cmd-2")));
  }

  @Test
  @DisplayName("a rolled-back transaction leaves the store usable: the same writes succeed in the next one")
  void theStoreIsUsableAfterARollback() {
    Supplier<Either<Rejection, Complaint>> rejected = () -> {
      writeEverything();
      return Either.left(REJECTED);
    };
    storage.transactions().inTransaction(rejected);
    assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
      writeEverything();
      throw new IllegalStateException("broken");
    }));

    Either<Rejection, Complaint> answer = storage.transactions().inTransaction(this::writeEverything);

    assertEquals(Either.right(complaint(CENTER_A, "c-1", 1)), answer);
    assertEquals(Option.of(complaint(CENTER_A, "c-1", 1)), storage.complaints().find(CENTER_A, "c-1"));
  }
}
