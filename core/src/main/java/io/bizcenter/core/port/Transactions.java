package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Runs one unit of work atomically: all of its writes happen, or none. A rejection (a {@code Left}) rolls
 * back as an exception does; an exception is rethrown unchanged after the rollback, never swallowed.
 */
public interface Transactions {
  <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work);

  /**
   * Inside a unit of work: waits until no other unit of work, on any node, holds {@code resource} of {@code center},
   * then holds it until this unit of work ends. Rules that span several cases (no two bookings of a room overlap,
   * no more master keys than the policy allows) stay true under concurrency this way.
   */
  void exclusive(CenterId center, String resource);
}
