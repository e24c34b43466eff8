package io.bizcenter.core.keys;

/** How a key came into the register. */
public enum KeyOrigin {
  /** The lock's own key, kept in the desk key box as its backup (KY-2.3, KY-3.1); it leaves the box only on loan. */
  BACKUP,
  /** Cut or handed out by the business center to a named holder (KY-1.4, KY-2.2, KY-3.1, KY-3.2, KY-4.1). */
  CUT,
  /** A copy the client had cut itself, found and recorded as the client's liability (KY-2.2). */
  CLIENT_MADE
}
