package io.bizcenter.core.procedure;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TimeLimit;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The duties read off a declaration: while a case stands in a state, each seat that may take a step out of it owes
 * that step, from the moment the case entered the state until the policy's time limit for the state.
 */
public final class DeclaredDuties<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>> implements Duties<C> {
  private final ProcedureDefinition<S, A, C, ?> definition;
  private final BiFunction<CenterId, S, TimeLimit> timeAllowed;

  public DeclaredDuties(ProcedureDefinition<S, A, C, ?> definition, BiFunction<CenterId, S, TimeLimit> timeAllowed) {
    this.definition = definition;
    this.timeAllowed = timeAllowed;
  }

  @Override
  public List<AgendaItem> owed(C c, ZoneId zone) {
    if (definition.isFinal(c.state())) {
      return List.of();
    }
    Map<Seat, List<String>> actionsBySeat = new LinkedHashMap<>();
    for (Transition<S, A, C, ?> t : definition.stepsFrom(c.state())) {
      seatsOwing(t, c).forEach(seat -> actionsBySeat.computeIfAbsent(seat, s -> new ArrayList<>()).add(t.action().name()));
    }
    Instant due = timeAllowed.apply(c.center(), c.state()).dueFrom(c.stateEnteredAt(), zone);
    return actionsBySeat.entrySet().stream()
        .map(e -> new AgendaItem(c.center(), definition.name(), c.id().value(), c.state().name(), e.getValue(), e.getKey(),
            c.stateEnteredAt(), due, definition.clauseOf(c.state())))
        .toList();
  }

  /** The step's seats; for a step taken in turns (an approval chain), only the seats whose turn it is on this case. */
  private List<Seat> seatsOwing(Transition<S, A, C, ?> t, C c) {
    return t.guards().stream()
        .flatMap(g -> g.turn().stream())
        .findFirst()
        .map(turn -> turn.apply(c).seats())
        .orElse(t.who().seats());
  }
}
