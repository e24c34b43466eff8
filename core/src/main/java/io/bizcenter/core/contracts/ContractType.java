package io.bizcenter.core.contracts;

/** The contracts Operations routinely sends for signature (CS-0.1). */
public enum ContractType {
  /** 租赁合同 */
  LEASE,
  /** 电话线转让协议: belongs to a lease (CS-5.1) */
  PHONE_LINE_TRANSFER,
  /** 停车协议: belongs to a lease (CS-5.1) */
  PARKING;

  /** Parking and phone-line agreements are the lease's related contracts (CS-5.1, CS-5.2). */
  public boolean belongsToALease() {
    return this != LEASE;
  }
}
