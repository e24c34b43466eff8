package io.bizcenter.core.keys;

/**
 * Who employs a member of staff holding a key: the business center itself, or a contractor (an outsourced cleaning or
 * security firm) whose people work in the center under its roles. KY-1.1 gives master keys to the center's own staff only
 * (只有商务中心的工作人员才可持有), so the register records which one a staff holder is.
 */
public enum Employer {
  /** The business center's own staff (商务中心的工作人员). */
  CENTER_STAFF,
  /** A contractor's employee working in the center, such as an outsourced cleaner. */
  CONTRACTOR
}
