package io.bizcenter.core.keys;

/** What a tenant is charged for in key control. */
public enum ChargeKind {
  /** A copy cut for the client (KY-2.3; extra furniture keys, KY-3.1). */
  COPY,
  /** A key the client lost, or did not bring back at move-out (KY-2.4, KY-3.1). */
  COMPENSATION
}
