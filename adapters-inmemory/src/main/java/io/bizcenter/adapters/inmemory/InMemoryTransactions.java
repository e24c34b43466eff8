package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.Transactions;
import io.vavr.control.Either;
import java.util.function.Supplier;

/** Serialised, all-or-nothing units of work over the in-memory stores. */
final class InMemoryTransactions implements Transactions {
  private final Journal journal;

  InMemoryTransactions(Journal journal) {
    this.journal = journal;
  }

  @Override
  public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
    return journal.inTransaction(work);
  }

  /** Every unit of work here already runs alone, under the journal's lock. */
  @Override
  public void exclusive(CenterId center, String resource) {}
}
