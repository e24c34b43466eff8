package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A front end asks which command to fill for the button of an action: every action has exactly one. */
class CommandsByActionTest {
  @Test
  void everyActionIsAskedForByExactlyOneCommand() {
    Map<String, List<String>> askers = new TreeMap<>();
    List<String> unasked = new ArrayList<>();
    for (ProcedureTypes procedure : ProcedureTypes.ALL) {
      for (Class<? extends Command> record : procedure.commandRecords()) {
        CommandSchema.actions(record).forEach(action -> askers.computeIfAbsent(procedure.procedure() + "/" + action.name(), k -> new ArrayList<>())
            .add(ProcedureTypes.commandName(record)));
      }
      for (Enum<?> action : procedure.actions().getEnumConstants()) {
        if (!procedure.commandsByAction().containsKey(action)) {
          unasked.add(procedure.procedure() + "/" + action.name());
        }
      }
    }
    assertEquals(List.of(), unasked, "actions no command asks for");
    askers.forEach((action, records) -> assertEquals(1, records.size(), () -> action + " is asked for by " + records));
  }

  @Test
  void anActionChosenInsideANestedRecordIsFound() {
    // a key cut chooses its action by its lock's category, a field of the lock inside the command
    Set<Enum<?>> cut = CommandSchema.actions(KeyCommand.CutKey.class);
    assertTrue(cut.containsAll(Set.of(KeyAction.CUT_MASTER_KEY, KeyAction.CUT_DOOR_KEY, KeyAction.CUT_FURNITURE_KEY)), cut::toString);
    assertEquals(KeyCommand.CutKey.class, ProcedureTypes.of("keys").orElseThrow().commandsByAction().get(KeyAction.CUT_DOOR_KEY));
  }
}
