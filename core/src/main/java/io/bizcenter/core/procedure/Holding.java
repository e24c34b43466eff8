package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Clause;
import java.util.List;
import java.util.function.Function;

/**
 * A rule that spans cases, declared in the table: the commands of type {@code command} hold the resources
 * {@code resources} names (a room's calendar, a lock's keys, one tenant's keys) alone while they are decided, so that
 * the rule stays true when nodes decide at the same time. The command path takes them; the diagram and the
 * traceability table show them under {@code name} and {@code clause}.
 *
 * @param name what is held, in the source's words ("the room's calendar")
 * @param clause the rule that spans cases
 * @param command the commands that hold it
 * @param resources the resources a command of that type holds; none when the rule does not bind it
 */
public record Holding<M>(String name, Clause clause, Class<?> command, Function<M, List<String>> resources) {
  /** Whether a command of this type holds the resource. */
  public boolean holds(Object command) {
    return this.command.isInstance(command);
  }

  @Override
  public String toString() {
    return name + " (" + clause + ")";
  }
}
