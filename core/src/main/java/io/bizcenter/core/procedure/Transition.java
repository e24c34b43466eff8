package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Clause;
import java.util.List;
import java.util.Optional;

/**
 * One declared step: from a state (none when the step opens a case), by an action, to a state, taken from the
 * given seats, under one clause, if every guard agrees, and, where it checks earlier steps of the case, by someone
 * who took none of them ({@link Separation}). The command of type {@code command} triggers it and {@code decision}
 * decides it (for an opening step, the case is null).
 */
public record Transition<S extends Enum<S>, A extends Enum<A>, C, M>(
    Optional<S> from, A action, S to, Who who, Clause clause, List<Guard<C, M>> guards, Optional<Separation<A>> separation,
    Class<?> command, Decides<S, C, M> decision) {
  public Transition {
    guards = List.copyOf(guards);
  }

  public boolean opens() {
    return from.isEmpty();
  }

  /** The same step, checking the earlier steps {@code separation} names. */
  Transition<S, A, C, M> separated(Separation<A> separation) {
    return new Transition<>(from, action, to, who, clause, guards, Optional.of(separation), command, decision);
  }
}
