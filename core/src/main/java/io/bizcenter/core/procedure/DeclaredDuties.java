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
  // asked after every decision: a state whose steps no turn or case guard narrows owes the same seats every time,
  // grouped once here, by the state's ordinal; a state without a grouping (null) is judged on the case
  private final List<Owed>[] fixed;

  /** A seat and the actions it owes, in the order of the actions' declaration. */
  private record Owed(Seat seat, List<String> actions) {}

  public DeclaredDuties(ProcedureDefinition<S, A, C, ?> definition, BiFunction<CenterId, S, TimeLimit> timeAllowed) {
    this.definition = definition;
    this.timeAllowed = timeAllowed;
    @SuppressWarnings("unchecked")
    List<Owed>[] grouped = new List[definition.states().size()];
    for (S state : definition.states()) {
      if (definition.stepsFrom(state).stream().allMatch(t -> t.guards().stream().allMatch(Guard::readsCommand))) {
        grouped[state.ordinal()] = group(state, null);
      }
    }
    this.fixed = grouped;
  }

  @Override
  public List<AgendaItem> owed(C c, ZoneId zone) {
    if (definition.isFinal(c.state())) {
      return List.of();
    }
    List<Owed> owed = fixed[c.state().ordinal()];
    if (owed == null) {
      owed = group(c.state(), c);
    }
    Instant due = timeAllowed.apply(c.center(), c.state()).dueFrom(c.stateEnteredAt(), zone);
    // one or two seats owe a step, usually: an array is all List.of keeps of them
    AgendaItem[] items = new AgendaItem[owed.size()];
    for (int i = 0; i < items.length; i++) {
      Owed o = owed.get(i);
      items[i] = new AgendaItem(c.center(), definition.name(), c.id().value(), c.state().name(), o.actions(), o.seat(), c.stateEnteredAt(), due,
          definition.clauseOf(c.state()));
    }
    return List.of(items);
  }

  /** Each seat that owes a step out of {@code state} with the actions it owes; {@code c} is null when no guard reads the case. */
  private List<Owed> group(S state, C c) {
    Map<Seat, List<String>> actionsBySeat = new LinkedHashMap<>();
    for (Transition<S, A, C, ?> t : definition.stepsFrom(state)) {
      for (Seat seat : c == null ? t.who().seats() : seatsOwing(t, c)) {
        actionsBySeat.computeIfAbsent(seat, s -> new ArrayList<>()).add(t.action().name());
      }
    }
    List<Owed> owed = new ArrayList<>(actionsBySeat.size());
    actionsBySeat.forEach((seat, actions) -> owed.add(new Owed(seat, List.copyOf(actions))));
    return List.copyOf(owed);
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
