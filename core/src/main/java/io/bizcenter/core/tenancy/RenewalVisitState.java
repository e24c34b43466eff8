package io.bizcenter.core.tenancy;

/** Where the watch over a lease stands (MO-1.1). */
public enum RenewalVisitState {
  /** The lease runs; its renewal visit falls due two months before expiry. */
  WATCHED,
  /** Visited; the client has not decided and was reminded to negotiate. */
  VISITED,
  /** The client will renew: handed to contract signing, the new term awaited. */
  RENEWING,
  /** The client will leave: a move-out is open; the watch waits on it. */
  LEAVING,
  /** The client left (MO-3.3): the lease is no longer watched. */
  ENDED
}
