package io.bizcenter.core.tenancy;

/**
 * Where a move-in stands, in the source's order (第1篇 一, sections 1 to 6). Engineering's tasks (recording the initial
 * meter reading, closing each rectification item) and the client file run beside the main line and are not states:
 * the move-in cannot complete until they are done.
 */
public enum MoveInState {
  /** Administration's Client Move-in Notice has reached Service; Engineering and Security are told to pre-inspect (MI-1.1). */
  NOTICE_RECEIVED,
  /** The three forms are ready (MI-1.2). */
  FORMS_PREPARED,
  /** The client's identity was checked against the original document (MI-2.1). */
  IDENTITY_VERIFIED,
  /** Administration has the written fee notice (MI-2.2). */
  FEE_NOTICE_SENT,
  /** The Management Agreement is signed on the template in force (MI-3.1). */
  AGREEMENT_SIGNED,
  /** The client signed for the User Handbook and the Renovation Guide (MI-3.2). */
  HANDBOOK_DELIVERED,
  /** Service and the client inspected the unit (MI-4.1). */
  UNIT_INSPECTED,
  /** Equipment handed over, Acceptance &amp; Rectification Form signed (MI-4.2): the key handover is reached. */
  EQUIPMENT_ACCEPTED,
  /** The client holds its door keys and signed the Key Handover Form (MI-4.3). */
  KEYS_HANDED_OVER,
  /** The initial meter reading is confirmed with the client (MI-4.4); orientation under way (MI-5.1 to MI-5.3). */
  UNIT_HANDED_OVER,
  /** No secondary renovation: move date agreed, freight elevator booked, Move Registration Form filled (MI-6.1). */
  MOVE_BOOKED,
  /** A secondary renovation: Engineering's renovation manager introduced (MI-6.2). */
  RENOVATION_MANAGER_INTRODUCED,
  /** The client's first meeting with the renovation manager held (MI-6.2). */
  RENOVATION_MEETING_HELD,
  /** The client file is complete and Engineering's tasks are done (MI-6.3): the tenant is in. */
  COMPLETED,
  /** Administration withdrew its notice before the key handover. */
  WITHDRAWN
}
