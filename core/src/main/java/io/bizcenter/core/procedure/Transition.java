package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Clause;
import java.util.List;
import java.util.Optional;

/**
 * One declared step: from a state (none when the step opens a case), by an action, to a state, taken from the
 * given seats, under one clause, if every guard agrees, and, where it checks earlier steps of the case, by someone
 * who took none of them ({@link Separation}).
 */
public record Transition<S extends Enum<S>, A extends Enum<A>, C, M>(
    Optional<S> from, A action, S to, Who who, Clause clause, List<Guard<C, M>> guards, Optional<Separation<A>> separation) {
  public Transition {
    guards = List.copyOf(guards);
  }

  /** A step that keeps no earlier step apart. */
  public Transition(Optional<S> from, A action, S to, Who who, Clause clause, List<Guard<C, M>> guards) {
    this(from, action, to, who, clause, guards, Optional.empty());
  }

  public boolean opens() {
    return from.isEmpty();
  }
}
