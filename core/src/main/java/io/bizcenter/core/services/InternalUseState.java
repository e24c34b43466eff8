package io.bizcenter.core.services;

/** Where an internal use of the equipment stands (SV-2.5). */
public enum InternalUseState {
  /** the Equipment Use Application is filled in, awaiting the department manager */
  APPLIED,
  APPROVED,
  REFUSED,
  WITHDRAWN,
  /** a client order needs the slot: clients come first */
  DISPLACED,
  IN_USE,
  /** used; the Fee Settlement Form awaits the user's signature */
  USED,
  SETTLED
}
