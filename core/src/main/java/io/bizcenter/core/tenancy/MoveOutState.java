package io.bizcenter.core.tenancy;

/** Where a move-out stands, in the source's order (第1篇 二, sections 2 and 3), with key control's MO-3.3 before the client leaves. */
public enum MoveOutState {
  /** The client will leave (MO-1.1): the move-out is open against its move-in. */
  LEAVING,
  /** Service and Engineering counted the unit against the move-in acceptance record (MO-2.1). */
  INVENTORIED,
  /** Engineering recorded the meter reading in duplicate (MO-2.2). */
  METER_READ,
  /** Damage assessed into compensation charges (MO-2.3). */
  DAMAGE_ASSESSED,
  /** Every key came back or was recorded lost; the client has left the unit (MO-3.3, KY-2.4). */
  VACATED,
  /** The departed client's file is archived (MO-3.1). */
  FILE_ARCHIVED,
  /** The Tenant Directory and nameplate are updated (MO-3.2): the move-out is complete. */
  COMPLETED,
  /** The client stays after all: the move-out was called off before the client left (MO-1.1); its lease is watched again. */
  CALLED_OFF
}
