package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Option;
import java.util.Optional;
import java.util.function.Function;

/**
 * A condition on a step beyond its state and seat, such as "a letter is answered by a written apology" (CP-2.2).
 * It looks at the case (null on a step that opens one), the command that triggers the step (typed to it) and who acts,
 * and answers the rejection it stands for, or nothing.
 *
 * <p>A guard states its clause once: declared without one, it is the rule of the step it guards; the test is handed that
 * clause, so the rejection it builds names the same rule ({@code (complaint, apology, rule) -> ... new
 * WrittenApologyRequired(rule)}).
 *
 * <p>A guard that reads no command ({@link #onCase}, {@link #turn}) is judged for available actions too, so a
 * screen never offers a step its guard would refuse. A {@link #turn} also names the seats whose turn it is on the
 * case, which the agenda owes the step to: the next seat of an approval chain moves with the case, so it cannot be
 * one fixed {@link Who} (CS-3.1).
 *
 * @param clause the rule the guard enforces; null until the guard is declared on a step, when it is the step's unless given
 * @param readsCommand whether the test looks at the command (then it is not judged for available actions)
 * @param turn the seats whose turn it is on a case, for a turn guard
 */
public record Guard<C, M>(String name, Clause clause, Judge<C, M> judge, boolean readsCommand, Optional<Function<C, Who>> turn,
    AtStep<C, M> atStep) {
  /** A guard judged with the case, the command and who acts, before the step is taken. */
  public Guard(String name, Clause clause, Judge<C, M> judge, boolean readsCommand, Optional<Function<C, Who>> turn) {
    this(name, clause, judge, readsCommand, turn, null);
  }

  /**
   * What a guard judged at the step checks: the case (null on an opening), the command, and the step about to be taken
   * (its case id, center, time and target), with the guard's clause. It may answer any rejection, such as the
   * {@code CASE_NOT_FOUND} of a case the command names in another procedure.
   */
  @FunctionalInterface
  public interface AtStep<C, M> {
    Option<? extends Rejection> check(C current, M command, Step<?> step, Clause rule);
  }

  /** What a guard checks: the case, the command (null when no command is judged yet), who acts, and the guard's clause. */
  @FunctionalInterface
  public interface Judge<C, M> {
    Option<Rejection.RuleBroken> check(C current, M command, Actor actor, Clause rule);
  }

  /** A test on the case and the command. */
  @FunctionalInterface
  public interface OnCommand<C, M> {
    Option<Rejection.RuleBroken> check(C current, M command, Clause rule);
  }

  /** A test on the case and who acts, needing no command. */
  @FunctionalInterface
  public interface OnCase<C> {
    Option<Rejection.RuleBroken> check(C current, Actor actor, Clause rule);
  }

  /** The rejection for an actor whose turn it is not. */
  @FunctionalInterface
  public interface Refusal<C> {
    Rejection.RuleBroken refuse(C current, Actor actor, Clause rule);
  }

  /** A guard on the case and the command, under the clause of the step it guards. */
  public static <C, M> Guard<C, M> of(String name, OnCommand<C, M> test) {
    return of(name, null, test);
  }

  /** A guard on the case and the command, under its own clause. */
  public static <C, M> Guard<C, M> of(String name, String clause, OnCommand<C, M> test) {
    return new Guard<>(name, clauseOf(clause), (current, command, actor, rule) -> test.check(current, command, rule), true, Optional.empty());
  }

  /**
   * A guard on the case, the command and who acts ("the applicant's own department manager approves"), under the step's
   * clause; rules still bind roles and departments, never named people (GS-5).
   */
  public static <C, M> Guard<C, M> withActor(String name, Judge<C, M> test) {
    return withActor(name, null, test);
  }

  /** {@link #withActor(String, Judge)} under its own clause. */
  public static <C, M> Guard<C, M> withActor(String name, String clause, Judge<C, M> test) {
    return new Guard<>(name, clauseOf(clause), test, true, Optional.empty());
  }

  /**
   * A guard on the case and who acts, needing no command ("uses are logged for master keys", "nobody signs twice"):
   * judged for available actions too. Under the step's clause.
   */
  public static <C, M> Guard<C, M> onCase(String name, OnCase<C> test) {
    return onCase(name, null, test);
  }

  /** {@link #onCase(String, OnCase)} under its own clause. */
  public static <C, M> Guard<C, M> onCase(String name, String clause, OnCase<C> test) {
    return new Guard<>(name, clauseOf(clause), (current, command, actor, rule) -> test.check(current, actor, rule), false, Optional.empty());
  }

  /**
   * Whose turn it is: only an actor that one of the seats {@code seats} reads off the case admits may take the step;
   * anyone else gets {@code otherwise}. Judged for available actions, and the agenda owes the step to those seats.
   */
  public static <C, M> Guard<C, M> turn(String name, String clause, Function<C, Who> seats, Refusal<C> otherwise) {
    Judge<C, M> test = (current, command, actor, rule) ->
        seats.apply(current).admits(actor) ? Option.none() : Option.some(otherwise.refuse(current, actor, rule));
    return new Guard<>(name, clauseOf(clause), test, false, Optional.of(seats));
  }

  /**
   * A guard that needs the step itself: the time it is taken at (a move booked in the past), or the id it opens under.
   * The command path judges it once the step's time is fixed, after every other guard and before the decision; a screen's
   * available actions do not (there is no command). Under the step's clause.
   */
  public static <C, M> Guard<C, M> atStep(String name, AtStep<C, M> test) {
    return atStep(name, null, test);
  }

  /** {@link #atStep(String, AtStep)} under its own clause. */
  public static <C, M> Guard<C, M> atStep(String name, String clause, AtStep<C, M> test) {
    return new Guard<>(name, clauseOf(clause), (current, command, actor, rule) -> Option.none(), true, Optional.empty(), test);
  }

  private static Clause clauseOf(String clause) {
    return clause == null ? null : Clause.of(clause);
  }

  /** This guard on a step under {@code stepClause}: its own clause if it states one, the step's otherwise. */
  Guard<C, M> under(Clause stepClause) {
    return clause != null ? this : new Guard<>(name, stepClause, judge, readsCommand, turn, atStep);
  }

  public Option<Rejection.RuleBroken> check(C current, M command, Actor actor) {
    return judge.check(current, command, actor, clause);
  }

  /** For a guard judged at the step: what it answers of this step; nothing for any other guard. */
  public Option<Rejection> checkAt(C current, M command, Step<?> step) {
    return atStep == null ? Option.none() : Option.narrow(atStep.check(current, command, step, clause));
  }

  @Override
  public String toString() {
    return name + " (" + clause + ")";
  }
}
