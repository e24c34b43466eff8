package io.bizcenter.core.tenancy;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a move-in owes, for the agenda (GS-7). Service's main line: the next declared steps a guard on the case does not
 * refuse (or, while every one is refused, all of them: the move-in still owes its next step), from the moment the state
 * was entered until the policy's time for the state. Beside it, Engineering's tasks,
 * each with its own window: recording the confirmed meter reading (MI-4.4) and closing each open rectification item
 * (MI-4.5). What may be done at any point (questions, the file, withdrawal), and booking a booked move again, is owed
 * by nobody.
 */
final class MoveInDuties implements io.bizcenter.core.procedure.Duties<MoveIn> {
  private final ProcedureDefinition<MoveInState, MoveInAction, MoveIn, MoveInCommand> definition;
  private final Function<CenterId, TenancyPolicy> policies;

  MoveInDuties(ProcedureDefinition<MoveInState, MoveInAction, MoveIn, MoveInCommand> definition, Function<CenterId, TenancyPolicy> policies) {
    this.definition = definition;
    this.policies = policies;
  }

  @Override
  public List<AgendaItem> owed(MoveIn m, ZoneId zone) {
    if (definition.isFinal(m.state())) {
      return List.of();
    }
    TenancyPolicy policy = policies.apply(m.center());
    List<AgendaItem> items = new ArrayList<>();
    List<Transition<MoveInState, MoveInAction, MoveIn, MoveInCommand>> mainLine = definition.stepsFrom(m.state()).stream()
        .filter(t -> !MoveInProcedure.owedByNobody(t) && !MoveInProcedure.ENGINEERING_TASKS.contains(t.action()))
        .toList();
    List<Transition<MoveInState, MoveInAction, MoveIn, MoveInCommand>> open = mainLine.stream()
        .filter(t -> t.guards().stream().filter(g -> !g.readsCommand()).allMatch(g -> g.check(m, null, null).isEmpty()))
        .toList();
    // the steps the case's own data allow; if none does yet (the file is incomplete), the next step is owed all the same
    Map<Seat, List<String>> next = new LinkedHashMap<>();
    for (Transition<MoveInState, MoveInAction, MoveIn, MoveInCommand> t : open.isEmpty() ? mainLine : open) {
      t.who().seats().forEach(seat -> next.computeIfAbsent(seat, s -> new ArrayList<>()).add(t.action().name()));
    }
    Instant due = policy.timeAllowed(m.state()).dueFrom(m.stateEnteredAt(), zone);
    next.forEach((seat, actions) -> items.add(new AgendaItem(m.center(), definition.name(), m.id().value(), m.state().name(), actions, seat,
        m.stateEnteredAt(), due, definition.clauseOf(m.state()))));
    Seat engineering = Seat.in(Department.ENGINEERING);
    if (MoveInProcedure.METER_TO_RECORD.contains(m.state()) && m.recordedReading().isEmpty()) {
      Instant confirmed = m.confirmedReading().orElseThrow().at();
      items.add(new AgendaItem(m.center(), definition.name(), m.id().value(), m.state().name(), List.of(MoveInAction.RECORD_METER_READING.name()),
          engineering, confirmed, policy.meterRecordTime().dueFrom(confirmed, zone), Clause.of("MI-4.4")));
    }
    for (RectificationItem item : m.openItems()) {
      items.add(new AgendaItem(m.center(), definition.name(), m.id().value(), m.state().name(),
          List.of(MoveInAction.CLOSE_RECTIFICATION_ITEM.name()), engineering, item.raisedAt(), policy.rectificationTime().dueFrom(item.raisedAt(), zone),
          Clause.of("MI-4.5")));
    }
    return List.copyOf(items);
  }
}
