package io.bizcenter.testkit.check;

import io.bizcenter.core.kernel.Actor;
import java.util.ArrayList;
import java.util.List;

/**
 * What a stateful property test did, one line per step, for its failure messages: the last few lines follow every
 * message, and with shrinking they are usually the whole story.
 */
public final class StepLog {
  private static final int SHOWN = 8;
  private static final int WIDTH = 400;

  private final List<String> lines = new ArrayList<>();

  /** Logs one step, made printable. */
  public void add(String step) {
    lines.add(visible(step));
  }

  /** Logs a command sent, with who sent it from where. */
  public void sent(Actor actor, Object command) {
    add(actor.staff() + "/" + actor.role() + "/" + actor.department() + "@" + actor.centers() + ": " + command);
  }

  /** The last few steps, newest last, to append to a failure message. */
  public String trace() {
    return "\nafter:\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - SHOWN), lines.size()));
  }

  /** Control characters and lone surrogates in generated text would garble the report: they are shown escaped. */
  public static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(ch -> out.append(ch < 0x20 || Character.isSurrogate((char) ch) || ch == 0x7F
        ? String.format("\\u%04X", ch) : String.valueOf((char) ch)));
    return out.length() > WIDTH ? out.substring(0, WIDTH) + "…" : out.toString();
  }
}
