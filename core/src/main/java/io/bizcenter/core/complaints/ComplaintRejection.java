package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RuleFamily;

/**
 * The complaint procedure's own rules, as rejections that carry their data; each one's code and arguments are read off
 * the record ({@link Rejection.RuleBroken}), its clause is the rule that refused.
 */
@RuleFamily("CP")
public sealed interface ComplaintRejection extends Rejection.RuleBroken {
  /** A letter is answered in writing: the apology that ends a letter case must be a written one (CP-2.2, CP-2.3). */
  record WrittenApologyRequired(Clause clause) implements ComplaintRejection {}

  /**
   * A complaint outside Operations' remit goes to the department concerned, which is never Operations itself
   * (CP-1.3, CP-1.4, CP-2.3).
   */
  record DepartmentConcernedIsOperations(Department department, Clause clause) implements ComplaintRejection {}
}
