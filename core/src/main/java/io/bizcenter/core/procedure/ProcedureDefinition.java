package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.SamePerson;
import io.bizcenter.core.port.AuditEntry;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A procedure's state machine, declared once as data: its states, the steps between them, who may take each
 * step, the guards, and the clause of every rule. Everything else is read off this one declaration: whether a
 * command is allowed (GS-5), what an actor may do now (GS-3), the diagram, and the GS-2 self-check.
 *
 * @param <S> the procedure's states
 * @param <A> the procedure's actions
 * @param <C> the procedure's case, as guards see it
 * @param <M> the procedure's commands, as guards see them
 */
public final class ProcedureDefinition<S extends Enum<S>, A extends Enum<A>, C, M> {
  private static final Clause SELF_CHECK = Clause.of("GS-2");

  private final String name;
  private final Class<S> states;
  private final Class<A> actions;
  private final List<Transition<S, A, C, M>> transitions;
  private final Set<S> finals;
  private final Map<S, Clause> stateClauses;
  // every command looks its step up: row 0 holds the opening steps, row 1 + ordinal a state's, each by action ordinal;
  // a row is null when nothing leaves it. Each step's "permitted" answer is built once, beside it.
  private final Transition<S, A, C, M>[][] table;
  private final Either<Rejection, Transition<S, A, C, M>>[][] permitted;
  private final Map<S, List<Transition<S, A, C, M>>> stepsFrom;
  private final Who readers;
  private final List<Function<C, Who>> caseReaders;
  private final Map<A, Separation<A>> separations;
  private final List<Transition<S, A, C, M>> openingSteps;

  private ProcedureDefinition(Builder<S, A, C, M> declared) {
    this.name = declared.name;
    this.states = declared.states;
    this.actions = declared.actions;
    // a separation is declared once per action and read by every step that action takes
    this.transitions = declared.transitions.stream()
        .map(t -> declared.separations.containsKey(t.action())
            ? new Transition<>(t.from(), t.action(), t.to(), t.who(), t.clause(), t.guards(), Optional.of(declared.separations.get(t.action())))
            : t)
        .toList();
    this.separations = Collections.unmodifiableMap(new LinkedHashMap<>(declared.separations));
    this.finals = declared.finals.isEmpty() ? Set.of() : Set.copyOf(declared.finals);
    int actionCount = actions.getEnumConstants().length;
    @SuppressWarnings("unchecked")
    Transition<S, A, C, M>[][] lookup = new Transition[states.getEnumConstants().length + 1][];
    @SuppressWarnings("unchecked")
    Either<Rejection, Transition<S, A, C, M>>[][] answers = new Either[lookup.length][];
    Map<S, Clause> clauses = new EnumMap<>(states);
    for (Transition<S, A, C, M> t : this.transitions) {
      int row = row(t.from());
      if (lookup[row] == null) {
        lookup[row] = new Transition[actionCount];
        answers[row] = new Either[actionCount];
      }
      // the first declaration wins; a second one for the same state and action is a TWO_OUTCOMES defect
      if (lookup[row][t.action().ordinal()] == null) {
        lookup[row][t.action().ordinal()] = t;
        answers[row][t.action().ordinal()] = Either.right(t);
      }
      clauses.putIfAbsent(t.to(), t.clause());
    }
    clauses.putAll(declared.stateClauses);
    this.table = lookup;
    this.permitted = answers;
    this.stateClauses = clauses;
    // the agenda asks for a state's steps after every decision: listed once here, in the order of the actions' declaration
    Map<S, List<Transition<S, A, C, M>>> steps = new EnumMap<>(states);
    for (S s : states.getEnumConstants()) {
      if (lookup[s.ordinal() + 1] != null) {
        steps.put(s, declaredIn(lookup[s.ordinal() + 1]));
      }
    }
    this.stepsFrom = steps;
    this.openingSteps = lookup[0] == null ? List.of() : declaredIn(lookup[0]);
    // a step open to any seat is taken in turns: its turn guard, not its seat, says who reads
    List<Seat> seats = new ArrayList<>(declared.readers);
    List<Function<C, Who>> onCase = new ArrayList<>(declared.caseReaders);
    for (Transition<S, A, C, M> t : transitions) {
      t.who().seats().stream().filter(seat -> !seat.isAnyone()).forEach(seats::add);
      t.guards().forEach(g -> g.turn().ifPresent(onCase::add));
    }
    this.readers = new Who(seats.stream().distinct().toList());
    this.caseReaders = List.copyOf(onCase);
  }

  /** Starts a declaration; {@code name} is the procedure's name in ids, logs and the audit trail. */
  public static <S extends Enum<S>, A extends Enum<A>, C, M> Builder<S, A, C, M> declare(
      String name, Class<S> states, Class<A> actions) {
    return new Builder<>(name, states, actions);
  }

  public String name() {
    return name;
  }

  /**
   * The seats that may read any case of this procedure (GS-5): every seat that may take some step of it, and the
   * readers the declaration adds. Seats whose turn it is on one case read that case too ({@link #mayRead}).
   */
  public Who readers() {
    return readers;
  }

  /**
   * Whether {@code actor} may read this case, its trail and its available actions: a seat of {@link #readers()}, or a
   * seat the case itself names (the seat whose turn it is, a reader the declaration reads off the case). The center is
   * checked before this.
   */
  public boolean mayRead(C current, Actor actor) {
    if (readers.admits(actor)) {
      return true;
    }
    for (Function<C, Who> onCase : caseReaders) {
      if (onCase.apply(current).admits(actor)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #mayRead}, as the answer a read gets: the case, or {@code NOT_A_READER} with nothing of it. */
  public Either<Rejection, C> readBy(C current, Actor actor) {
    return mayRead(current, actor)
        ? Either.right(current)
        : Either.left(new Rejection.NotAReader(name, actor.role(), actor.department()));
  }

  public List<Transition<S, A, C, M>> transitions() {
    return transitions;
  }

  /**
   * The steps that check earlier steps of the same case, each with the steps it keeps apart and its clause: whoever took
   * one of those on the case may not take it (see {@link Separation}).
   */
  public Map<A, Separation<A>> separations() {
    return separations;
  }

  /**
   * Separation of duties: the step is refused when the case's audit trail shows that this actor's staff member took one of
   * the earlier steps it checks, in whatever seat. A step without a separation is never refused here.
   */
  public Option<Rejection> separated(Transition<S, A, C, M> t, List<AuditEntry> trail, Actor actor) {
    if (t.separation().isEmpty() || actor == null) {
      return Option.none();
    }
    Separation<A> separation = t.separation().get();
    for (A earlier : separation.earlier()) {
      for (AuditEntry entry : trail) {
        if (entry.action().equals(earlier.name()) && entry.staff().equals(actor.staff())) {
          return Option.some(new SamePerson(name, t.action(), earlier, separation.clause()));
        }
      }
    }
    return Option.none();
  }

  /** Every state, in the order the enum declares them. */
  public List<S> states() {
    return List.of(states.getEnumConstants());
  }

  public Set<S> finals() {
    return finals;
  }

  public boolean isFinal(S state) {
    return finals.contains(state);
  }

  /** The clause that governs a state: the rule of the step that leads into it, unless declared otherwise. */
  public Clause clauseOf(S state) {
    return stateClauses.getOrDefault(state, SELF_CHECK);
  }

  public Option<Transition<S, A, C, M>> step(Optional<S> from, A action) {
    return Option.of(at(row(from), action));
  }

  private static <S extends Enum<S>> int row(Optional<S> from) {
    return from.isEmpty() ? 0 : from.get().ordinal() + 1;
  }

  /** The step out of a row by an action, or null. */
  private Transition<S, A, C, M> at(int row, A action) {
    Transition<S, A, C, M>[] byAction = table[row];
    return byAction == null ? null : byAction[action.ordinal()];
  }

  private static <T> List<T> declaredIn(T[] byAction) {
    return Arrays.stream(byAction).filter(java.util.Objects::nonNull).toList();
  }

  /** Every step out of {@code state}, in the order of the actions' declaration. */
  public List<Transition<S, A, C, M>> stepsFrom(S state) {
    return stepsFrom.getOrDefault(state, List.of());
  }

  /** The step {@code action} opens a case with, if this actor may take it. */
  public Either<Rejection, Transition<S, A, C, M>> checkOpening(A action, Actor actor) {
    Transition<S, A, C, M> t = at(0, action);
    if (t == null) {
      throw new IllegalArgumentException(action + " does not open a " + name + " case");
    }
    return admitted(0, t, actor);
  }

  /** The step from {@code state} by {@code action}, if the declaration has one and this actor may take it. */
  public Either<Rejection, Transition<S, A, C, M>> check(S state, A action, Actor actor) {
    int row = state.ordinal() + 1;
    Transition<S, A, C, M> t = at(row, action);
    return t == null ? Either.left(new Rejection.ActionNotAllowed(name, state, action, clauseOf(state))) : admitted(row, t, actor);
  }

  /** {@link #checkOpening}, then every guard of the opening step on this command (there is no case yet). */
  public Either<Rejection, Transition<S, A, C, M>> permitsOpening(A action, M command, Actor actor) {
    Either<Rejection, Transition<S, A, C, M>> admitted = checkOpening(action, actor);
    return admitted.isLeft() ? admitted : guarded(admitted, null, command, actor);
  }

  /** {@link #check}, then every guard of the step on this case and command, in declared order. */
  public Either<Rejection, Transition<S, A, C, M>> permits(S state, C current, A action, M command, Actor actor) {
    Either<Rejection, Transition<S, A, C, M>> admitted = check(state, action, actor);
    return admitted.isLeft() ? admitted : guarded(admitted, current, command, actor);
  }

  /**
   * {@link #permits(Enum, Object, Enum, Object, Actor)}, then the step's separation of duties against the case's audit
   * trail, which is read only for a step that declares one.
   */
  public Either<Rejection, Transition<S, A, C, M>> permits(S state, C current, A action, M command, Actor actor,
      Supplier<List<AuditEntry>> trail) {
    Either<Rejection, Transition<S, A, C, M>> permitted = permits(state, current, action, command, actor);
    if (permitted.isLeft() || permitted.get().separation().isEmpty()) {
      return permitted;
    }
    Option<Rejection> apart = separated(permitted.get(), trail.get(), actor);
    return apart.isDefined() ? Either.left(apart.get()) : permitted;
  }

  /** The guards of a step for this actor, in declared order; the first that objects answers the command. */
  public Either<Rejection, Transition<S, A, C, M>> guarded(Transition<S, A, C, M> t, C current, M command, Actor actor) {
    return guarded(Either.right(t), current, command, actor);
  }

  private Either<Rejection, Transition<S, A, C, M>> guarded(Either<Rejection, Transition<S, A, C, M>> admitted, C current, M command,
      Actor actor) {
    List<Guard<C, M>> guards = admitted.get().guards();
    // most steps have no guard: no iterator for them
    for (int i = 0; i < guards.size(); i++) {
      Option<Rejection.RuleBroken> broken = guards.get(i).check(current, command, actor);
      if (broken.isDefined()) {
        return Either.left(broken.get());
      }
    }
    return admitted;
  }

  /**
   * What this actor may do in this state, in the order the actions are declared: the answer to a vendor
   * screen's "what may this person do now?" (GS-3). Guards that look at a command's content are not
   * judged here, because there is no command yet.
   */
  public List<A> availableActions(S state, Actor actor) {
    return availableActionsFrom(Optional.of(state), actor);
  }

  /**
   * What this actor may do on this case now: {@link #availableActions(Enum, Actor)}, less the steps a guard that
   * needs no command refuses (a door key offers no master-key use; not the actor's turn; signed already). Guards
   * that read a command are not judged: there is no command yet.
   */
  public List<A> availableActions(S state, C current, Actor actor) {
    return stepsFrom(state).stream()
        .filter(t -> t.who().admits(actor))
        .filter(t -> t.guards().stream().filter(g -> !g.readsCommand()).allMatch(g -> g.check(current, null, actor).isEmpty()))
        .map(Transition::action)
        .toList();
  }

  /**
   * {@link #availableActions(Enum, Object, Actor)}, less the steps that keep apart an earlier step this actor's staff
   * member took on the case (read off its audit trail, only when an offered step declares a separation).
   */
  public List<A> availableActions(S state, C current, Actor actor, Supplier<List<AuditEntry>> trail) {
    List<A> actions = availableActions(state, current, actor);
    List<Transition<S, A, C, M>> separated = actions.stream()
        .map(a -> at(state.ordinal() + 1, a))
        .filter(t -> t.separation().isPresent())
        .toList();
    if (separated.isEmpty()) {
      return actions;
    }
    List<AuditEntry> taken = trail.get();
    return actions.stream()
        .filter(a -> separated.stream().noneMatch(t -> t.action() == a && separated(t, taken, actor).isDefined()))
        .toList();
  }

  /** The actions with which this actor may open a case. */
  public List<A> openingActions(Actor actor) {
    return availableActionsFrom(Optional.empty(), actor);
  }

  private List<A> availableActionsFrom(Optional<S> from, Actor actor) {
    return (from.isEmpty() ? openingSteps : stepsFrom(from.get())).stream()
        .filter(t -> t.who().admits(actor))
        .map(Transition::action)
        .toList();
  }

  private Either<Rejection, Transition<S, A, C, M>> admitted(int row, Transition<S, A, C, M> t, Actor actor) {
    return t.who().admits(actor)
        ? permitted[row][t.action().ordinal()]
        : Either.left(new Rejection.ActorNotPermitted(t.action(), actor.role(), actor.department(), t.clause()));
  }

  /**
   * GS-2, checked rather than hoped for: one outcome per state and action, every state reachable from an
   * opening step, every non-final state has a way out, no way out of a final state, and every step can be
   * taken by someone. An empty list means the declaration is sound.
   */
  public List<Defect> selfCheck() {
    List<Defect> defects = new ArrayList<>();
    Map<String, Transition<S, A, C, M>> seen = new HashMap<>();
    for (Transition<S, A, C, M> t : transitions) {
      String where = t.from().map(Enum::name).orElse("[*]") + " --" + t.action() + "-->";
      if (seen.putIfAbsent(where, t) != null) {
        defects.add(new Defect(Defect.Kind.TWO_OUTCOMES, where));
      }
      if (t.who().seats().isEmpty()) {
        defects.add(new Defect(Defect.Kind.NOBODY_MAY_ACT, where));
      }
      t.from().filter(finals::contains).ifPresent(f -> defects.add(new Defect(Defect.Kind.FINAL_WITH_EXIT, where)));
    }
    Set<A> declaredActions = EnumSet.noneOf(actions);
    transitions.forEach(t -> declaredActions.add(t.action()));
    separations.forEach((action, separation) -> {
      if (!declaredActions.contains(action) || !declaredActions.containsAll(separation.earlier()) || separation.earlier().contains(action)) {
        defects.add(new Defect(Defect.Kind.SEPARATION_WITHOUT_STEP, action + " apart from " + separation.earlier()));
      }
    });
    if (table[0] == null) {
      defects.add(new Defect(Defect.Kind.NO_OPENING, name));
    }
    Set<S> reached = reachable();
    for (S state : states.getEnumConstants()) {
      if (!reached.contains(state)) {
        defects.add(new Defect(Defect.Kind.UNREACHABLE, state.name()));
      }
      if (!finals.contains(state) && table[state.ordinal() + 1] == null) {
        defects.add(new Defect(Defect.Kind.DEAD_END, state.name()));
      }
    }
    return List.copyOf(defects);
  }

  private Set<S> reachable() {
    Set<S> reached = EnumSet.noneOf(states);
    Deque<S> todo = new ArrayDeque<>();
    openingSteps.forEach(t -> todo.add(t.to()));
    while (!todo.isEmpty()) {
      S s = todo.pop();
      if (reached.add(s)) {
        stepsFrom(s).forEach(t -> todo.add(t.to()));
      }
    }
    return reached;
  }

  /** The declaration as a Mermaid state diagram, labelled in the given language, each step with its clause. */
  public String mermaid(Locale locale) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (S state : states.getEnumConstants()) {
      out.append("  ").append(state.name()).append(" : ").append(Messages.label(state, locale)).append('\n');
    }
    for (Transition<S, A, C, M> t : transitions) {
      out.append("  ")
          .append(t.from().map(Enum::name).orElse("[*]"))
          .append(" --> ")
          .append(t.to().name())
          .append(" : ")
          .append(Messages.label(t.action(), locale))
          .append(" (")
          .append(t.clause())
          .append(')');
      // a step that checks others shows whom it keeps apart: "≠ apply (SV-2.5)"
      t.separation().ifPresent(separation -> {
        out.append(" ≠ ");
        out.append(String.join(", ", separation.earlier().stream().map(a -> Messages.label(a, locale)).toList()));
        out.append(" (").append(separation.clause()).append(')');
      });
      out.append('\n');
    }
    for (S state : states.getEnumConstants()) {
      if (finals.contains(state)) {
        out.append("  ").append(state.name()).append(" --> [*]\n");
      }
    }
    return out.toString();
  }

  /** Collects a declaration; {@link #build()} never refuses, so that {@link #selfCheck()} can show what is wrong. */
  public static final class Builder<S extends Enum<S>, A extends Enum<A>, C, M> {
    private final String name;
    private final Class<S> states;
    private final Class<A> actions;
    private final List<Transition<S, A, C, M>> transitions = new ArrayList<>();
    private final Set<S> finals = new java.util.HashSet<>();
    private final Map<S, Clause> stateClauses = new LinkedHashMap<>();
    private final List<Seat> readers = new ArrayList<>();
    private final List<Function<C, Who>> caseReaders = new ArrayList<>();
    private final Map<A, Separation<A>> separations = new LinkedHashMap<>();

    private Builder(String name, Class<S> states, Class<A> actions) {
      this.name = name;
      this.states = states;
      this.actions = actions;
    }

    /** A step that opens a new case in state {@code to}, guarded by each of {@code guards} (given no case) in order. */
    @SafeVarargs
    public final Builder<S, A, C, M> opens(A action, S to, Who who, String clause, Guard<C, M>... guards) {
      transitions.add(new Transition<>(Optional.empty(), action, to, who, Clause.of(clause), Arrays.asList(guards)));
      return this;
    }

    /** A step from {@code from} to {@code to}, guarded by each of {@code guards} in order. */
    @SafeVarargs
    public final Builder<S, A, C, M> step(S from, A action, S to, Who who, String clause, Guard<C, M>... guards) {
      transitions.add(new Transition<>(Optional.of(from), action, to, who, Clause.of(clause), Arrays.asList(guards)));
      return this;
    }

    @SafeVarargs
    public final Builder<S, A, C, M> finals(S... states) {
      finals.addAll(Arrays.asList(states));
      return this;
    }

    /**
     * Separation of duties: {@code action} checks (approves, signs, confirms) the steps {@code earlier} of the same case,
     * so whoever took one of them on the case may not take it, under {@code clause}. Applies to every step by
     * {@code action}, whatever state it leaves.
     */
    @SafeVarargs
    public final Builder<S, A, C, M> separate(A action, String clause, A... earlier) {
      separations.put(action, new Separation<>(Arrays.asList(earlier), Clause.of(clause)));
      return this;
    }

    /** Names the clause of a state reached from several rules, such as a shared final state. */
    public Builder<S, A, C, M> stateClause(S state, String clause) {
      stateClauses.put(state, Clause.of(clause));
      return this;
    }

    /**
     * Seats that read every case of this procedure without taking a step of it, where the source gives them a reason;
     * every seat that takes some step reads already.
     */
    public Builder<S, A, C, M> readers(Who who) {
      readers.addAll(who.seats());
      return this;
    }

    /** Seats a case itself names as its readers, such as every step of its approval chain, signed or still due. */
    public Builder<S, A, C, M> readers(Function<C, Who> who) {
      caseReaders.add(who);
      return this;
    }

    public ProcedureDefinition<S, A, C, M> build() {
      return new ProcedureDefinition<>(this);
    }
  }
}
