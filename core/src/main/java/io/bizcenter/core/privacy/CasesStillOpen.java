package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import java.util.List;

/**
 * A person's data cannot be erased while a case that holds it is still open: the procedure still needs it to reach its
 * end (a complainant must be called back). Names the cases, as {@code procedure/case id}; nothing was erased.
 */
public record CasesStillOpen(List<String> cases) implements Rejection.RuleBroken {
  public CasesStillOpen {
    cases = List.copyOf(cases);
  }

  public String code() {
    return "CASES_STILL_OPEN";
  }

  public Clause clause() {
    return Clause.of("GS-6");
  }

  public List<Object> arguments() {
    return List.of(cases.size(), String.join(", ", cases));
  }
}
