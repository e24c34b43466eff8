package io.bizcenter.testkit.check;

import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which states and declared transitions the runs of a check reached, per procedure: a property that never reaches a step
 * proves nothing about it, and a step no run can take is a rule the configuration switched off.
 */
public final class Coverage {
  /** Where an opening step comes from, in a transition's name: {@code [*] --DRAFT_CONTRACT--> DRAFTING}. */
  public static final String OPENING = "[*]";

  // procedure -> state or transition -> the step of the run that first reached it
  private final Map<String, Map<String, Integer>> states = new TreeMap<>();
  private final Map<String, Map<String, Integer>> transitions = new TreeMap<>();
  // procedure -> the codes of the rejections the runs met
  private final Map<String, Set<String>> refusals = new TreeMap<>();

  /** A transition's name, as the coverage lists it. */
  public static String transition(String from, String action, String to) {
    return from + " --" + action + "--> " + to;
  }

  static String transition(Transition<?, ?, ?, ?> t) {
    return transition(t.from().map(Enum::name).orElse(OPENING), t.action().name(), t.to().name());
  }

  void reached(String procedure, String state, int step) {
    states.computeIfAbsent(procedure, p -> new TreeMap<>()).putIfAbsent(state, step);
  }

  void took(String procedure, String from, String action, String to, int step) {
    transitions.computeIfAbsent(procedure, p -> new TreeMap<>()).putIfAbsent(transition(from, action, to), step);
  }

  void refused(String procedure, String code) {
    refusals.computeIfAbsent(procedure, p -> new java.util.TreeSet<>()).add(code);
  }

  /** Whether some transition from {@code from} by {@code action} was taken. */
  boolean taken(String procedure, String from, String action) {
    String prefix = from + " --" + action + "--> ";
    return transitions.getOrDefault(procedure, Map.of()).keySet().stream().anyMatch(t -> t.startsWith(prefix));
  }

  /** The step of this run at which {@code state} was first reached, or -1. */
  int firstReached(String procedure, String state) {
    return states.getOrDefault(procedure, Map.of()).getOrDefault(state, -1);
  }

  /** This coverage and {@code other}'s together. */
  Coverage plus(Coverage other) {
    Coverage both = new Coverage();
    for (Coverage one : List.of(this, other)) {
      one.states.forEach((p, s) -> s.forEach((state, step) -> both.reached(p, state, step)));
      one.transitions.forEach((p, t) -> t.forEach((name, step) -> both.transitions.computeIfAbsent(p, x -> new TreeMap<>()).putIfAbsent(name, step)));
      one.refusals.forEach((p, codes) -> codes.forEach(code -> both.refused(p, code)));
    }
    return both;
  }

  /** The states of {@code procedure} some run reached. */
  public Set<String> statesReached(String procedure) {
    return Set.copyOf(states.getOrDefault(procedure, Map.of()).keySet());
  }

  /** The transitions of {@code procedure} some run took, named as {@link #transition(String, String, String)} names them. */
  public Set<String> transitionsTaken(String procedure) {
    return Set.copyOf(transitions.getOrDefault(procedure, Map.of()).keySet());
  }

  /** The codes of the rejections the runs met on {@code procedure}: a rule never seen refusing is a rule not tested. */
  public Set<String> rejectionsMet(String procedure) {
    return Set.copyOf(refusals.getOrDefault(procedure, Set.of()));
  }

  /** The declared transitions of {@code definition} that no run took, in declared order. */
  public List<String> missing(ProcedureDefinition<?, ?, ?, ?> definition) {
    Set<String> missing = new LinkedHashSet<>();
    for (Transition<?, ?, ?, ?> t : definition.transitions()) {
      if (!transitionsTaken(definition.name()).contains(transition(t))) {
        missing.add(transition(t));
      }
    }
    return new ArrayList<>(missing);
  }

  /** The declared states of {@code definition} that no run reached. */
  public List<String> unreached(ProcedureDefinition<?, ?, ?, ?> definition) {
    return definition.states().stream().map(Enum::name).filter(s -> !statesReached(definition.name()).contains(s)).toList();
  }

  /** One line per procedure: states and transitions reached of those declared, and what was not. */
  public String describe(List<? extends ProcedureDefinition<?, ?, ?, ?>> definitions) {
    StringBuilder out = new StringBuilder();
    for (ProcedureDefinition<?, ?, ?, ?> d : definitions) {
      long declared = d.transitions().stream().map(Coverage::transition).distinct().count();
      out.append(d.name()).append(": ").append(d.states().size() - unreached(d).size()).append('/').append(d.states().size())
          .append(" states, ").append(declared - missing(d).size()).append('/').append(declared).append(" transitions");
      if (!unreached(d).isEmpty()) {
        out.append("; states never reached: ").append(unreached(d));
      }
      if (!missing(d).isEmpty()) {
        out.append("; transitions never taken: ").append(missing(d));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
