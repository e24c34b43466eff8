package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Clause;
import java.util.List;

/**
 * Separation of duties on a step that checks (approves, signs, confirms) earlier steps of the same case: whoever took one
 * of {@code earlier} on the case may not take this one. Who took a step is read off the case's audit trail, so the rule
 * binds the member of staff, whatever seat they act from.
 *
 * @param earlier the steps being checked, in the order declared
 * @param clause the rule that asks for a second person
 */
public record Separation<A extends Enum<A>>(List<A> earlier, Clause clause) {
  public Separation {
    earlier = List.copyOf(earlier);
    if (earlier.isEmpty()) {
      throw new IllegalArgumentException("a separation names the earlier steps it keeps apart");
    }
  }
}
