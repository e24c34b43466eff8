package io.bizcenter.core.contracts;

/** Where a contract stands. */
public enum ContractState {
  /** drafted from the template; deviations recorded and reviewed (CS-1.1) */
  DRAFTING,
  /** printed in originals and with the tenant to sign and seal (CS-2.1) */
  OUT_FOR_SIGNATURE,
  /** signed by the tenant, going along the approval chain (CS-3.1) */
  IN_REVIEW,
  /** signed off and issued by the General Office; originals being delivered (CS-4.1) */
  ISSUED,
  // a lease's payment notice (CS-5.1); deliveries may still be confirmed meanwhile
  PAYMENT_NOTICE_DRAFTED,
  PAYMENT_NOTICE_REVIEWED,
  PAYMENT_NOTICE_STAMPED,
  PAYMENT_NOTICE_SIGNED_FOR,
  /** every original delivered and the copy filed: the photocopy (CS-4.1) or, for a lease, the tenant file (CS-5.2) */
  CLOSED,
  /** dropped before it was issued */
  ABANDONED
}
