package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Clause;
import java.util.List;
import java.util.Optional;

/**
 * One declared step: from a state (none when the step opens a case), by an action, to a state, taken from the
 * given seats, under one clause, if every guard agrees.
 */
public record Transition<S extends Enum<S>, A extends Enum<A>, C, M>(
    Optional<S> from, A action, S to, Who who, Clause clause, List<Guard<C, M>> guards) {
  public Transition {
    guards = List.copyOf(guards);
  }

  public boolean opens() {
    return from.isEmpty();
  }
}
