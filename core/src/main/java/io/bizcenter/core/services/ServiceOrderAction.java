package io.bizcenter.core.services;

/** The steps of a client's service order. */
public enum ServiceOrderAction {
  TAKE_ORDER,
  EXPLAIN_CHARGES,
  ISSUE_FEE_NOTICE,
  TAKE_DEPOSIT,
  START_SERVICE,
  FINISH_SERVICE,
  WRITE_FEE_RECEIPT,
  HAND_OVER_COPY,
  SETTLE,
  CANCEL
}
