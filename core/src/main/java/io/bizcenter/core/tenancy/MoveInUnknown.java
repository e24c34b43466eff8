package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Rejection;

/**
 * A move-out or a lease watch opened for a move-in the center does not have (MO-1.1): answered as an unknown case, as
 * before the step was declared with its decision. The guards cannot answer it (they answer the procedure's own rules) and
 * a decision answers a case, so the opening's decision throws this and the desk answers {@link #answer()}; the command
 * path rolls back whatever the transaction wrote, which is nothing. Thrown only inside a desk of this package.
 */
final class MoveInUnknown extends RuntimeException {
  private final transient MoveInId moveIn;

  MoveInUnknown(MoveInId moveIn) {
    super("move-in " + moveIn.value() + " unknown", null, false, false);
    this.moveIn = moveIn;
  }

  Rejection.CaseNotFound answer() {
    return new Rejection.CaseNotFound(MoveInProcedure.NAME, moveIn.value());
  }
}
