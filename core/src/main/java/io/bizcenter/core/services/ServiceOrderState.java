package io.bizcenter.core.services;

/** Where a client's service order stands, in the source's order (SV-2.2 to SV-2.4). */
public enum ServiceOrderState {
  /** items, time and requirements learnt; device booked and staff assigned */
  REQUESTED,
  CHARGES_EXPLAINED,
  FEE_NOTICE_ISSUED,
  DEPOSIT_TAKEN,
  SERVING,
  SERVED,
  /** the Fee Receipt is written; its three copies are being handed over */
  RECEIPT_WRITTEN,
  SETTLED,
  CANCELLED
}
