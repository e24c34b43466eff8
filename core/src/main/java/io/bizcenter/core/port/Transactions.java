package io.bizcenter.core.port;

import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Runs one unit of work atomically: all of its writes happen, or none. A rejection (a {@code Left}) rolls
 * back as an exception does; an exception is rethrown unchanged after the rollback, never swallowed.
 */
public interface Transactions {
  <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work);
}
