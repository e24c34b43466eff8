package io.bizcenter.core.keys;

/** Where a key is: each key is in exactly one of these places at any time. */
public enum KeyState {
  /** In the key box at the business-center desk, filed by room number where the key has a room (KY-2.3). */
  IN_BOX,
  /** With its holder to keep: a tenant, or a member of staff. */
  HELD,
  /** Out of the box on loan to a named borrower, due back (a backup lent to its tenant, a master key for a round). */
  LENT,
  /** Recorded lost, with who had it (KY-1.3, KY-2.4). */
  LOST,
  /** Out of the register: withdrawn from the box, or a lost key written off. */
  RETIRED
}
