package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Option;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A condition on a step beyond its state and seat, such as "a letter is answered by a written apology" (CP-2.2).
 * It looks at the case (null on a step that opens one), the command and who acts, and answers the rejection it
 * stands for, or nothing.
 *
 * <p>A guard that reads no command ({@link #onCase}, {@link #turn}) is judged for available actions too, so a
 * screen never offers a step its guard would refuse. A {@link #turn} also names the seats whose turn it is on the
 * case, which the agenda owes the step to: the next seat of an approval chain moves with the case, so it cannot be
 * one fixed {@link Who} (CS-3.1).
 *
 * @param readsCommand whether the test looks at the command (then it is not judged for available actions)
 * @param turn the seats whose turn it is on a case, for a turn guard
 */
public record Guard<C, M>(String name, Clause clause, Test<C, M> test, boolean readsCommand, Optional<Function<C, Who>> turn) {
  /** What a guard checks: the case, the command (null when no command is judged yet) and who acts. */
  @FunctionalInterface
  public interface Test<C, M> {
    Option<Rejection.RuleBroken> check(C current, M command, Actor actor);
  }

  /** A guard on the case and the command. */
  public static <C, M> Guard<C, M> of(String name, String clause, BiFunction<C, M, Option<Rejection.RuleBroken>> test) {
    return new Guard<>(name, Clause.of(clause), (current, command, actor) -> test.apply(current, command), true, Optional.empty());
  }

  /**
   * A guard on the case, the command and who acts ("the applicant's own department manager approves"); rules still
   * bind roles and departments, never named people (GS-5).
   */
  public static <C, M> Guard<C, M> withActor(String name, String clause, Test<C, M> test) {
    return new Guard<>(name, Clause.of(clause), test, true, Optional.empty());
  }

  /**
   * A guard on the case and who acts, needing no command ("uses are logged for master keys", "nobody signs twice"):
   * judged for available actions too.
   */
  public static <C, M> Guard<C, M> onCase(String name, String clause, BiFunction<C, Actor, Option<Rejection.RuleBroken>> test) {
    return new Guard<>(name, Clause.of(clause), (current, command, actor) -> test.apply(current, actor), false, Optional.empty());
  }

  /**
   * Whose turn it is: only an actor that one of the seats {@code seats} reads off the case admits may take the step;
   * anyone else gets {@code otherwise}. Judged for available actions, and the agenda owes the step to those seats.
   */
  public static <C, M> Guard<C, M> turn(String name, String clause, Function<C, Who> seats,
      BiFunction<C, Actor, Rejection.RuleBroken> otherwise) {
    Test<C, M> test = (current, command, actor) ->
        seats.apply(current).admits(actor) ? Option.none() : Option.some(otherwise.apply(current, actor));
    return new Guard<>(name, Clause.of(clause), test, false, Optional.of(seats));
  }

  public Option<Rejection.RuleBroken> check(C current, M command, Actor actor) {
    return test.check(current, command, actor);
  }

  @Override
  public String toString() {
    return name + " (" + clause + ")";
  }
}
