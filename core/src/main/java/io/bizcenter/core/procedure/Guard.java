package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Option;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A condition on a step beyond its state and actor, such as "a letter is answered by a written apology"
 * (CP-2.2). It looks at the case and the command and answers the rejection it stands for, or nothing. A guard that
 * looks at the case alone ({@link #ofCase}) is also judged when a screen asks what may be done now.
 */
public record Guard<C, M>(String name, Clause clause, BiFunction<C, M, Option<Rejection.RuleBroken>> test, boolean caseAlone) {
  public static <C, M> Guard<C, M> of(String name, String clause, BiFunction<C, M, Option<Rejection.RuleBroken>> test) {
    return new Guard<>(name, Clause.of(clause), test, false);
  }

  /** A guard that needs no command, such as "uses are logged for master keys": {@code availableActions} judges it too. */
  public static <C, M> Guard<C, M> ofCase(String name, String clause, Function<C, Option<Rejection.RuleBroken>> test) {
    return new Guard<>(name, Clause.of(clause), (current, command) -> test.apply(current), true);
  }

  public Option<Rejection.RuleBroken> check(C current, M command) {
    return test.apply(current, command);
  }

  @Override
  public String toString() {
    return name + " (" + clause + ")";
  }
}
