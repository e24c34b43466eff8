package io.bizcenter.core.kernel;

import java.util.List;

/**
 * Separation of duties: the member of staff who took {@code earlier} on this case may not also take {@code action},
 * which checks it (approves, signs, confirms); someone else must. The clause is the separation's own, as the procedure
 * declares it.
 */
public record SamePerson(String procedure, Enum<?> action, Enum<?> earlier, Clause clause) implements Rejection.RuleBroken {
  public String code() {
    return "SAME_PERSON";
  }

  public List<Object> arguments() {
    return List.of(action, earlier);
  }
}
