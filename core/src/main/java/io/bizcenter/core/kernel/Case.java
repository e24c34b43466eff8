package io.bizcenter.core.kernel;

import java.time.Instant;

/**
 * What every procedure's case has in common: where it belongs, where it stands, and the version that makes a
 * stale write a typed conflict.
 */
public interface Case<S extends Enum<S>, C extends Case<S, C>> {
  CaseId id();

  CenterId center();

  /** 1 after the case opens, one more for every accepted decision. */
  long version();

  S state();

  Instant stateEnteredAt();

  /** The policy version the case's latest step ran under (GS-4); each audit entry names its own. */
  PolicyVersion policy();

  /**
   * A copy standing in {@code to} since {@code at} under {@code policy}, one version on. Only the command path
   * calls this, with the state the declaration names.
   */
  C advancedTo(S to, Instant at, PolicyVersion policy);
}
