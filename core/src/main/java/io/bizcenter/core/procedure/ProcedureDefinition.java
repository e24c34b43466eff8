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
  // the command is the step's trigger: each command type names its action, or the declaration's chooser picks one
  private final Map<Class<?>, Function<M, A>> actionOfCommand;
  private final List<Holding<M>> holdings;

  private ProcedureDefinition(Builder<S, A, C, M> declared) {
    this.name = declared.name;
    this.states = declared.states;
    this.actions = declared.actions;
    // a separation is declared once per action and read by every step that action takes
    this.transitions = declared.transitions.stream()
        .map(t -> declared.separations.containsKey(t.action())
            ? t.separated(declared.separations.get(t.action()))
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
    this.actionOfCommand = actionsOfCommands(this.transitions, declared.choosers);
    this.holdings = List.copyOf(declared.holdings);
  }

  /** Each command type's action: the only one its steps declare, or the declaration's chooser where it leads to several. */
  private static <S extends Enum<S>, A extends Enum<A>, C, M> Map<Class<?>, Function<M, A>> actionsOfCommands(
      List<Transition<S, A, C, M>> transitions, Map<Class<?>, Function<M, A>> choosers) {
    Map<Class<?>, Set<A>> actions = new LinkedHashMap<>();
    for (Transition<S, A, C, M> t : transitions) {
      if (t.command() != null) {
        actions.computeIfAbsent(t.command(), k -> new java.util.LinkedHashSet<>()).add(t.action());
      }
    }
    Map<Class<?>, Function<M, A>> byCommand = new HashMap<>();
    actions.forEach((command, those) -> {
      if (choosers.containsKey(command)) {
        byCommand.put(command, choosers.get(command));
      } else if (those.size() == 1) {
        A only = those.iterator().next();
        byCommand.put(command, m -> only);
      }
    });
    return byCommand;
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

  /**
   * The action a command asks for: the one its type triggers, or the one the declaration's chooser picks for a type that
   * leads to several steps. Null for a type no step of this declaration names.
   */
  public A actionOf(M command) {
    Function<M, A> action = actionOfCommand.get(command.getClass());
    return action == null ? null : action.apply(command);
  }

  /** Whether a step of this declaration names the command's type as its trigger. */
  public boolean triggeredBy(M command) {
    return actionOfCommand.containsKey(command.getClass());
  }

  /** The rules that span cases, with what each holds (see {@link Holding}). */
  public List<Holding<M>> holdings() {
    return holdings;
  }

  /**
   * The resources a command holds alone while it is decided, from every holding its type is declared with; sorted, so
   * that two commands always take theirs in the same order.
   */
  public List<String> exclusiveTo(M command) {
    if (holdings.isEmpty()) {
      return List.of();
    }
    java.util.TreeSet<String> resources = new java.util.TreeSet<>();
    for (Holding<M> holding : holdings) {
      if (holding.holds(command)) {
        resources.addAll(holding.resources().apply(command));
      }
    }
    return List.copyOf(resources);
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
   * The guards of a step judged at the step itself ({@link Guard#atStep}), in declared order, once its time is fixed;
   * the first that objects answers the command.
   */
  public Option<Rejection> checkAt(Transition<S, A, C, M> t, C current, M command, Step<S> step) {
    List<Guard<C, M>> guards = t.guards();
    for (int i = 0; i < guards.size(); i++) {
      Option<Rejection> refused = guards.get(i).checkAt(current, command, step);
      if (refused.isDefined()) {
        return refused;
      }
    }
    return Option.none();
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
    Map<A, Class<?>> commandOfAction = new HashMap<>();
    Map<Class<?>, Set<A>> actionsOfCommand = new LinkedHashMap<>();
    for (Transition<S, A, C, M> t : transitions) {
      if (t.command() == null) {
        continue;
      }
      Class<?> other = commandOfAction.putIfAbsent(t.action(), t.command());
      if (other != null && other != t.command()) {
        defects.add(new Defect(Defect.Kind.ACTION_OF_TWO_COMMANDS, t.action() + ": " + other.getSimpleName() + ", " + t.command().getSimpleName()));
      }
      actionsOfCommand.computeIfAbsent(t.command(), k -> EnumSet.noneOf(actions)).add(t.action());
    }
    actionsOfCommand.forEach((command, those) -> {
      if (those.size() > 1 && !actionOfCommand.containsKey(command)) {
        defects.add(new Defect(Defect.Kind.COMMAND_WITHOUT_CHOICE, command.getSimpleName() + " -> " + those));
      }
    });
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
      // a rule that spans cases shows on the steps whose command holds it: "⊘ the room's calendar (MR-1.1)"
      for (Holding<M> holding : holdings) {
        if (t.command() != null && holding.command().isAssignableFrom(t.command())) {
          out.append(" ⊘ ").append(holdingLabel(holding, locale)).append(" (").append(holding.clause()).append(')');
        }
      }
      out.append('\n');
    }
    for (S state : states.getEnumConstants()) {
      if (finals.contains(state)) {
        out.append("  ").append(state.name()).append(" --> [*]\n");
      }
    }
    return out.toString();
  }

  /** A holding's name in the procedure's words: {@code holding.<name>} in its package's messages, the name itself otherwise. */
  private String holdingLabel(Holding<M> holding, Locale locale) {
    String key = "holding." + holding.name();
    return Messages.has(states, locale, key) ? Messages.text(states, locale, key, List.of()) : holding.name();
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
    private final Map<Class<?>, Function<M, A>> choosers = new LinkedHashMap<>();
    private final List<Holding<M>> holdings = new ArrayList<>();

    private Builder(String name, Class<S> states, Class<A> actions) {
      this.name = name;
      this.states = states;
      this.actions = actions;
    }

    /**
     * A step that opens a new case in state {@code to}: a command of type {@code command} triggers it, {@code decision}
     * makes the case, and each of {@code guards} (given no case) must agree, in order. A guard without a clause of its own
     * enforces the step's.
     */
    @SafeVarargs
    public final <K extends M> Builder<S, A, C, M> opens(A action, Class<K> command, S to, Who who, String clause,
        Opens<S, C, ? super K> decision, Guard<C, ? super K>... guards) {
      Decides<S, C, K> opening = (current, k, step) -> decision.open(k, step);
      return typed(Optional.empty(), action, command, to, who, clause, opening, guards);
    }

    /**
     * A step from {@code from} to {@code to}: a command of type {@code command} triggers it, {@code decision} decides it,
     * and each of {@code guards}, typed to that command, must agree, in order. A guard without a clause of its own
     * enforces the step's.
     */
    @SafeVarargs
    public final <K extends M> Builder<S, A, C, M> step(S from, A action, Class<K> command, S to, Who who, String clause,
        Decides<S, C, ? super K> decision, Guard<C, ? super K>... guards) {
      return typed(Optional.of(from), action, command, to, who, clause, decision, guards);
    }

    // the table dispatches on the command's type, so its guards and decision only ever see a K
    @SuppressWarnings("unchecked")
    private <K extends M> Builder<S, A, C, M> typed(Optional<S> from, A action, Class<K> command, S to, Who who, String clause,
        Decides<S, C, ? super K> decision, Guard<C, ? super K>[] guards) {
      Clause rule = Clause.of(clause);
      List<Guard<C, M>> bound = Arrays.stream(guards).map(g -> ((Guard<C, M>) g).under(rule)).toList();
      transitions.add(new Transition<>(from, action, to, who, rule, bound, Optional.empty(), command, (Decides<S, C, M>) decision));
      return this;
    }

    /**
     * For a command type that triggers several steps out of one state ("triage: within remit, outside it, a hard case"):
     * which action a command of it asks for.
     */
    public <K extends M> Builder<S, A, C, M> chooses(Class<K> command, Function<? super K, A> action) {
      @SuppressWarnings("unchecked")
      Function<M, A> chooser = m -> action.apply((K) m);
      choosers.put(command, chooser);
      return this;
    }

    /**
     * A rule that spans cases: a command of type {@code command} (a record or an interface of several) holds the resources
     * {@code resources} names alone while it is decided (see {@link Holding}); {@code name} is looked up as
     * {@code holding.<name>} in the package's messages for the diagram.
     */
    public <K extends M> Builder<S, A, C, M> holds(String name, String clause, Class<K> command, Function<? super K, List<String>> resources) {
      @SuppressWarnings("unchecked")
      Function<M, List<String>> of = m -> resources.apply((K) m);
      holdings.add(new Holding<>(name, Clause.of(clause), command, of));
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
