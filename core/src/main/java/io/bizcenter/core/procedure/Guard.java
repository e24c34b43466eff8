package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Option;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A condition on a step beyond its state and actor, such as "a letter is answered by a written apology"
 * (CP-2.2). It looks at the case and the command (and, for the few rules that bind the actor to the case, such as
 * "the applicant's own department manager approves", at who acts) and answers the rejection it stands for, or
 * nothing. On a step that opens a case there is no case yet: the guard is given {@code null}. A guard that looks
 * at the case alone ({@link #ofCase}) is also judged when a screen asks what may be done now.
 */
public record Guard<C, M>(String name, Clause clause, Test<C, M> test, boolean caseAlone) {
  /** What a guard checks: the case (null on an opening step), the command and who acts. */
  @FunctionalInterface
  public interface Test<C, M> {
    Option<Rejection.RuleBroken> check(C current, M command, Actor actor);
  }

  public static <C, M> Guard<C, M> of(String name, String clause, BiFunction<C, M, Option<Rejection.RuleBroken>> test) {
    return new Guard<>(name, Clause.of(clause), (current, command, actor) -> test.apply(current, command), false);
  }

  /** A guard that needs no command, such as "uses are logged for master keys": {@code availableActions} judges it too. */
  public static <C, M> Guard<C, M> ofCase(String name, String clause, Function<C, Option<Rejection.RuleBroken>> test) {
    return new Guard<>(name, Clause.of(clause), (current, command, actor) -> test.apply(current), true);
  }

  /** A guard that also looks at who acts; rules still bind roles and departments, never named people (GS-5). */
  public static <C, M> Guard<C, M> byActor(String name, String clause, Test<C, M> test) {
    return new Guard<>(name, Clause.of(clause), test, false);
  }

  public Option<Rejection.RuleBroken> check(C current, M command, Actor actor) {
    return test.check(current, command, actor);
  }

  @Override
  public String toString() {
    return name + " (" + clause + ")";
  }
}
