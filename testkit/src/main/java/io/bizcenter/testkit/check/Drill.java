package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What the {@link ProcedureCheck} needs to know of one procedure to drive it: where its cases are, how to send it a
 * command and ask what is offered, and how to make its commands. Everything it checks is read off the procedure's
 * declaration; a drill only makes commands and names the staff who send them.
 *
 * @param <S> the procedure's states
 * @param <A> the procedure's actions
 * @param <C> the procedure's case
 * @param <M> the procedure's commands
 */
public abstract class Drill<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> {
  private final ProcedureDefinition<S, A, C, M> definition;

  protected Drill(ProcedureDefinition<S, A, C, M> definition) {
    this.definition = definition;
  }

  public final ProcedureDefinition<S, A, C, M> definition() {
    return definition;
  }

  /**
   * The declaration as {@code center} holds it: the same table, with guards that may read that center's stores and
   * policies (a device free for a slot, an assignee's skills); by default {@link #definition()}, whose guards read none.
   */
  protected ProcedureDefinition<S, A, C, M> definitionIn(BusinessCenter center) {
    return definition;
  }

  /** The procedure's name, as in its audit trail and agenda. */
  public final String name() {
    return definition.name();
  }

  /** The store of this procedure's cases. */
  protected abstract CaseStore<C> cases(Storage storage);

  /** The desk's answer to {@code command} from {@code actor}. */
  protected abstract Either<Rejection, C> send(BusinessCenter center, M command, Actor actor);

  /** What the desk offers {@code actor} on the case {@code caseId} of {@code where} (GS-3). */
  protected abstract Either<Rejection, List<A>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId);

  /** The declared action a well-formed command asks for: the one the declaration's steps name for its type. */
  protected A action(M command) {
    return definition.actionOf(command);
  }

  /** The case a well-formed command acts on; empty for one that opens a case. */
  protected Optional<String> target(M command) {
    return command instanceof Command.OnCase on ? Optional.of(on.caseId()) : Optional.empty();
  }

  /** A well-formed command opening a case in {@code center}, at {@code now} on the run's clock. */
  protected abstract M opening(RandomGenerator random, CenterId center, Storage storage, Instant now);

  /** A well-formed command asking for {@code action} on {@code current} at {@code now}; mostly what the case calls for. */
  protected abstract M commandFor(RandomGenerator random, C current, A action, Storage storage, Instant now);

  /** Anything at all, around {@code now}: nulls, hostile text, unknown ids, any of {@code centers}. */
  protected abstract M arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now);

  /** Someone in each seat of this procedure in {@code center}, for sweeps of what each may do (the check drops unstaffed seats). */
  protected abstract List<Actor> staff(RandomGenerator random, CenterId center);

  /**
   * What a case owes the agenda, as {@code center} (built from the vendor's configuration) declares it (GS-7); the check
   * holds the stored agenda to it after every step, so a store that loses or keeps a stale duty is caught.
   */
  protected abstract Duties<C> dutiesIn(BusinessCenter center);

  /**
   * Sets on a run's builder what the procedure needs of the world around it (key control: tenancy as the drill records
   * it), before the vendor's own settings; called once at the start of every run, so a drill may start its record of that
   * world afresh here (a drill serves one check at a time). Nothing by default.
   */
  protected BusinessCenter.Builder wire(BusinessCenter.Builder builder) {
    return builder;
  }

  /**
   * Something that happens beside the procedure before a step, drawn from {@code random} (a tenant's keys handed over, a
   * move-out that first brings every key back); a line for the step's log when something happened. Nothing by default.
   */
  protected Optional<String> aside(RandomGenerator random, BusinessCenter center, Storage storage, Instant now) {
    return Optional.empty();
  }

  /**
   * A rule beyond the declaration's table that may refuse a command the table permits (one spanning cases, or the
   * clock's), judged from the store before the command runs, at {@code now}, under the vendor's {@code configuration};
   * none by default.
   */
  protected Option<Rejection> beyondTheDeclaration(M command, Storage storage, Instant now, Configuration configuration) {
    return Option.none();
  }

  /**
   * The other cases a command, if accepted, moves on by one step each in the same transaction (taking an order makes
   * the internal uses of its device and time give way, SV-2.5; completing a move-in starts its lease watch), judged from
   * the store before it runs; none by default. Each must gain exactly one audit entry, of a declared step; nothing else
   * may.
   */
  protected List<KnockOn> knockOn(M command, Storage storage) {
    return List.of();
  }

  /**
   * A case of {@code procedure} that another procedure's command moves on by one step: the case {@code caseId}, or,
   * when empty, a case the command opens (its id is drawn only then).
   */
  public record KnockOn(String procedure, CenterId center, Optional<String> caseId) {
    public KnockOn(String procedure, CenterId center, String caseId) {
      this(procedure, center, Optional.of(caseId));
    }

    /** A case of {@code procedure} in {@code center} that the command opens. */
    public static KnockOn opening(String procedure, CenterId center) {
      return new KnockOn(procedure, center, Optional.empty());
    }
  }

  /**
   * Declared actions this drill never sends, left out of the commands it draws and of the transitions a check must take: a
   * building's import (GS-6), which testkit's {@code ImportContract} drives on every store. None by default.
   */
  protected Set<A> notDrilled() {
    return Set.of();
  }

  /** The actions this drill sends: every declared action but {@link #notDrilled()}, in the order of their declaration. */
  final List<A> drilled() {
    A[] all = definition.transitions().get(0).action().getDeclaringClass().getEnumConstants();
    return Arrays.stream(all).filter(a -> !notDrilled().contains(a)).toList();
  }

  /** How often an offered action is taken, against others offered: ways out and back weigh less, so sequences go deep. */
  protected int weight(A action) {
    return 10;
  }

  /**
   * How often an offered action is taken on the case {@code on} (0: never by choice, only when nothing else is offered);
   * by default as {@link #weight(Enum)} says, whatever the case.
   */
  protected int weight(C on, A action) {
    return weight(action);
  }

  @Override
  public String toString() {
    return name();
  }
}
