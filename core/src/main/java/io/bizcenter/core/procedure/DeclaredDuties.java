package io.bizcenter.core.procedure;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TimeLimit;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * The seats that owe a step now: its seats (for a step taken in turns, only those whose turn it is on this case),
   * less those a guard that reads no command refuses on the case as it stands ("the chain is complete", "a master
   * key"), judged for someone sitting in the seat. A step a guard would refuse is not owed yet.
   */
  private List<Seat> seatsOwing(Transition<S, A, C, ?> t, C c) {
    List<Seat> seats = t.guards().stream()
        .flatMap(g -> g.turn().stream())
        .findFirst()
        .map(turn -> turn.apply(c).seats())
        .orElse(t.who().seats());
    return seats.stream().filter(seat -> t.guards().stream()
            .filter(g -> !g.readsCommand() && g.turn().isEmpty())
            .allMatch(g -> g.check(c, null, sitting(seat, c.center())).isEmpty()))
        .toList();
  }

  /** Someone in the seat, for judging the case-only guards: any role of a department seat, any department of a role seat. */
  private static Actor sitting(Seat seat, CenterId center) {
    return new Actor(StaffId.of("agenda"), seat.role().orElse(Role.STAFF), seat.department().orElse(Department.BUSINESS_CENTER), Set.of(center));
  }
}
