package io.bizcenter.examples.webdesk;

import io.bizcenter.json.Labels;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A procedure's declared state machine drawn as SVG, from the same declaration as its Mermaid text
 * ({@link ProcedureDefinition#mermaid}), with the case's current state marked. Drawn here rather than by Mermaid's
 * script: the page works offline and needs no script from anywhere. States stand in rows by their distance from the
 * opening step; each step is an arrow whose tooltip names the action and its clause.
 */
final class StateDiagram {
  private static final int WIDTH = 250;
  private static final int HEIGHT = 44;
  private static final int GAP_X = 30;
  private static final int GAP_Y = 56;
  private static final int MARGIN = 20;

  private StateDiagram() {}

  /** The diagram in {@code locale}; {@code current} is the state to mark, if any. */
  static <S extends Enum<S>> String svg(ProcedureDefinition<S, ?, ?, ?> definition, Optional<? extends Enum<?>> current, Locale locale) {
    Map<S, int[]> at = layout(definition);
    int columns = at.values().stream().mapToInt(p -> p[0] + 1).max().orElse(1);
    int rows = at.values().stream().mapToInt(p -> p[1] + 1).max().orElse(1);
    int width = MARGIN * 2 + columns * WIDTH + (columns - 1) * GAP_X;
    int height = MARGIN * 2 + HEIGHT / 2 + GAP_Y + rows * HEIGHT + (rows - 1) * GAP_Y;
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"state-diagram\" role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">")
        .append("<title>").append(escape(definition.name())).append("</title>")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>")
        .append("<style>text{font:12px 'Noto Sans CJK SC','Noto Sans SC',sans-serif;text-anchor:middle;dominant-baseline:middle}")
        .append(".state rect{fill:#fff;stroke:#555;stroke-width:1.2}.state.final rect{stroke-width:3}")
        .append(".state.current rect{fill:#ffd54f;stroke:#c62828;stroke-width:3}.step{stroke:#555;fill:none;marker-end:url(#arrow)}</style>");
    int startX = MARGIN + WIDTH / 2;
    int startY = MARGIN + HEIGHT / 4;
    out.append("<circle cx=\"").append(startX).append("\" cy=\"").append(startY).append("\" r=\"8\" fill=\"#333\"/>");
    for (Transition<S, ?, ?, ?> t : definition.transitions()) {
      int[] to = centre(at.get(t.to()));
      int[] from = t.from().map(s -> centre(at.get(s))).orElse(new int[] {startX, startY});
      String tip = Labels.of(t.action(), locale) + " (" + t.clause().id() + ")";
      out.append("<path class=\"step\" d=\"").append(path(from, to, t.from().isPresent() && t.from().get() == t.to())).append("\">")
          .append("<title>").append(escape(tip)).append("</title></path>");
    }
    for (Map.Entry<S, int[]> state : at.entrySet()) {
      int[] c = centre(state.getValue());
      boolean marked = current.isPresent() && current.get() == state.getKey();
      out.append("<g class=\"state").append(definition.isFinal(state.getKey()) ? " final" : "").append(marked ? " current" : "")
          .append("\" data-state=\"").append(state.getKey().name()).append("\">")
          .append("<rect x=\"").append(c[0] - WIDTH / 2).append("\" y=\"").append(c[1] - HEIGHT / 2).append("\" width=\"").append(WIDTH)
          .append("\" height=\"").append(HEIGHT).append("\" rx=\"10\"/>")
          .append("<text x=\"").append(c[0]).append("\" y=\"").append(c[1]).append("\">")
          .append(escape(Labels.of(state.getKey(), locale))).append("</text></g>");
    }
    return out.append("</svg>").toString();
  }

  /** Column and row of each state: rows by breadth-first distance from the opening steps, columns in order of arrival. */
  private static <S extends Enum<S>> Map<S, int[]> layout(ProcedureDefinition<S, ?, ?, ?> definition) {
    Map<S, Integer> depth = new LinkedHashMap<>();
    Deque<S> todo = new ArrayDeque<>();
    for (Transition<S, ?, ?, ?> t : definition.transitions()) {
      if (t.opens() && depth.putIfAbsent(t.to(), 0) == null) {
        todo.add(t.to());
      }
    }
    while (!todo.isEmpty()) {
      S state = todo.poll();
      for (Transition<S, ?, ?, ?> t : definition.stepsFrom(state)) {
        if (depth.putIfAbsent(t.to(), depth.get(state) + 1) == null) {
          todo.add(t.to());
        }
      }
    }
    // a state no step reaches still shows, below the rest: the self-check reports it, the diagram should not hide it
    int last = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    for (S state : definition.states()) {
      depth.putIfAbsent(state, last + 1);
    }
    Map<S, int[]> at = new EnumMap<>(definition.states().get(0).getDeclaringClass());
    Map<Integer, Integer> used = new LinkedHashMap<>();
    List<S> ordered = new ArrayList<>(depth.keySet());
    for (S state : ordered) {
      int row = depth.get(state);
      int column = used.merge(row, 1, Integer::sum) - 1;
      at.put(state, new int[] {column, row});
    }
    return at;
  }

  private static int[] centre(int[] cell) {
    return new int[] {MARGIN + cell[0] * (WIDTH + GAP_X) + WIDTH / 2, MARGIN + HEIGHT / 2 + GAP_Y + cell[1] * (HEIGHT + GAP_Y) + HEIGHT / 2};
  }

  /** A straight arrow downwards, a bow for one going back up or sideways, a loop for a step that stays. */
  private static String path(int[] from, int[] to, boolean stays) {
    if (stays) {
      int x = from[0] + WIDTH / 2;
      return "M" + x + "," + (from[1] - 8) + " C" + (x + 40) + "," + (from[1] - 30) + " " + (x + 40) + "," + (from[1] + 30) + " " + x + ","
          + (from[1] + 8);
    }
    if (to[1] > from[1]) {
      return "M" + from[0] + "," + (from[1] + HEIGHT / 2) + " L" + to[0] + "," + (to[1] - HEIGHT / 2);
    }
    int bend = Math.max(Math.abs(from[0] - to[0]) / 2, 60);
    return "M" + (from[0] - WIDTH / 2) + "," + from[1] + " C" + (from[0] - WIDTH / 2 - bend) + "," + from[1] + " " + (to[0] - WIDTH / 2 - bend)
        + "," + to[1] + " " + (to[0] - WIDTH / 2) + "," + to[1];
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
