package io.bizcenter.forms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small bar chart as numbers an inline SVG template draws: one bar per label, scaled to the largest value, with the
 * value written above the bar. Only the geometry is computed here; labels and values are text the engine escapes.
 */
final class BarChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 220;
  private static final int LEFT = 10;
  private static final int TOP = 20;
  private static final int BOTTOM = 30;

  /** One bar: its label under it and its value, as printed, above it. */
  record Bar(String label, BigDecimal value, String printed) {}

  private BarChart() {}

  /** What the template sees: {@code width}, {@code height}, {@code baseline}, {@code title} and {@code bars} with their geometry. */
  static Map<String, Object> of(String title, List<Bar> bars) {
    BigDecimal largest = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    int plot = HEIGHT - TOP - BOTTOM;
    int slot = bars.isEmpty() ? WIDTH : (WIDTH - 2 * LEFT) / bars.size();
    int width = Math.max(2, slot * 2 / 3);
    List<Map<String, Object>> drawn = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int height = largest.signum() <= 0 ? 0
          : bar.value().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(plot)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
      int x = LEFT + i * slot + (slot - width) / 2;
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("x", String.valueOf(x));
      d.put("y", String.valueOf(TOP + plot - height));
      d.put("width", String.valueOf(width));
      d.put("height", String.valueOf(height));
      d.put("middle", String.valueOf(x + width / 2));
      d.put("valueY", String.valueOf(TOP + plot - height - 4));
      d.put("labelY", String.valueOf(TOP + plot + 16));
      d.put("label", bar.label());
      d.put("printed", bar.printed());
      drawn.add(d);
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("title", title);
    chart.put("width", String.valueOf(WIDTH));
    chart.put("height", String.valueOf(HEIGHT));
    chart.put("baseline", String.valueOf(TOP + plot));
    chart.put("right", String.valueOf(WIDTH - LEFT));
    chart.put("left", String.valueOf(LEFT));
    chart.put("bars", drawn);
    return chart;
  }
}
