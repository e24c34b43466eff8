package io.bizcenter.testkit.check;

import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.CenterId;
import java.util.List;

/**
 * A rule of the vendor's own (or of one procedure) that must hold after every step of a {@link ProcedureCheck}, beside
 * the rules every procedure shares: it reads the store and fails with an {@link AssertionError}.
 */
@FunctionalInterface
public interface Invariant {
  /** Checks what {@code storage} holds in {@code centers}; {@code trace} names the last steps, for the message. */
  void check(Storage storage, List<CenterId> centers, String trace);
}
