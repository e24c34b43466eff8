package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.testkit.ManualClock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GS-7 over every procedure: the agenda answers "what is due" per department, so a duty filed under a seat without a
 * department, or naming a step nobody in its seat may take, would be work that no screen ever shows or that the desk
 * then refuses. After every command of the scripted day, every item of the case it answered is checked.
 */
@DisplayName("Every duty of every procedure reaches a department's agenda, for a step its seat may take (GS-7)")
class EveryDutyReachesADepartmentTest {

  @Test
  @DisplayName("GS-7: after every command of a full day, each agenda item of the case names a department, the case's state, and steps declared from it (or, listed ahead of time, later steps) that someone in the seat may take")
  void everyDutyReachesADepartment() {
    InMemoryStorage storage = new InMemoryStorage();
    CommandScopedIds ids = new CommandScopedIds();
    ManualClock clock = new ManualClock(EveryProcedure.START);
    BusinessCenter center = EveryProcedure.center(ids.around(storage), clock, ids, notice -> { });
    Map<String, ProcedureDefinition<?, ?, ?, ?>> definitions = new HashMap<>();
    center.procedures().forEach(d -> definitions.put(d.name(), d));
    int[] items = new int[1];

    EveryProcedure.play(center, clock, new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        ids.sending(command.commandId().value());
        T answer = AuthorisationFromDeclarationsTest.accepted(desk.handle(command, actor), command);
        Case<?, ?> answered = (Case<?, ?>) answer;
        for (ProcedureDefinition<?, ?, ?, ?> definition : definitions.values()) {
          for (AgendaItem item : storage.agenda().forCase(CENTER, definition.name(), answered.id().value())) {
            String where = command + " left " + item;
            assertTrue(item.seat().department().isPresent(), where + ": the seat names a department, so a department's agenda shows it");
            assertEquals(answered.state().name(), item.state(), where + ": the item is owed from the case's state");
            assertFalse(item.actions().isEmpty(), where + ": the item names what to do");
            // a timeline task listed ahead (MR: tea service while the meeting is still only confirmed) names a later step
            boolean ahead = item.availableFrom().isAfter(clock.instant());
            item.actions().forEach(action -> assertTrue(someoneInTheSeatMayTake(definition, item, action, ahead),
                where + ": " + action + " is declared from " + (ahead ? "a state of the procedure" : item.state())
                    + " and admits someone in " + item.seat()));
            items[0]++;
          }
        }
        return answer;
      }
    });
    assertTrue(items[0] > 100, "the day leaves duties to check: " + items[0]);
    System.out.printf("[agenda] %d agenda items checked after the day's commands%n", items[0]);
  }

  /**
   * A step with the item's action, from the item's state (from any state for an item listed ahead of its time), whose
   * Who admits some role sitting in the item's seat.
   */
  private static boolean someoneInTheSeatMayTake(ProcedureDefinition<?, ?, ?, ?> definition, AgendaItem item, String action, boolean ahead) {
    for (Transition<?, ?, ?, ?> t : definition.transitions()) {
      boolean fromHere = ahead || t.from().map(Enum::name).equals(Optional.of(item.state()));
      boolean thisStep = fromHere && t.action().name().equals(action);
      if (thisStep && Arrays.stream(Role.values())
          .map(role -> Actor.of("agenda-" + role, item.seat().role().orElse(role), item.seat().department().orElseThrow(), CENTER))
          .anyMatch(someone -> item.seat().admits(someone) && t.who().admits(someone))) {
        return true;
      }
    }
    return false;
  }
}
