package io.bizcenter.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Either;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port suite shares: a fresh, empty {@link Storage} per test from the adapter's factory, and a way to
 * write as core's command path does, inside a transaction that commits.
 */
public abstract class PortContract {
  /** The store under test, new and empty for each test. */
  protected Storage storage;

  /**
   * A new, empty store: no cases, no audit entries, no pending notices, no receipts, no agenda items, in any
   * center. Called once per test; a shared database must be emptied here (pending notices are read across
   * centers, so leftovers of another test would show).
   */
  protected abstract Storage newStorage();

  @BeforeEach
  final void emptyStorage() {
    storage = newStorage();
    assertNotNull(storage, "newStorage() answered null");
  }

  /** Runs {@code writes} in one transaction that commits. */
  protected final void committed(Runnable writes) {
    Either<Rejection, String> answer = storage.transactions().inTransaction(() -> {
      writes.run();
      return Either.right("committed");
    });
    assertTrue(answer.isRight(), () -> "a transaction that answered Right came back as " + answer);
  }
}
