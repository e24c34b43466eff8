package io.bizcenter.core.services;

/** The steps of an internal use of the equipment. */
public enum InternalUseAction {
  APPLY,
  APPROVE,
  REFUSE,
  WITHDRAW,
  DISPLACE,
  START_USE,
  FINISH_USE,
  SIGN_FEE_SETTLEMENT
}
