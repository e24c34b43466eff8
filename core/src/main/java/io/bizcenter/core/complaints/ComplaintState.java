package io.bizcenter.core.complaints;

/** Where a complaint stands. Each branch has its own states because its next steps differ (GS-2). */
public enum ComplaintState {
  PHONE_RECEIVED,
  LETTER_RECEIVED,
  // phone, within remit (CP-1.2)
  PHONE_WITHIN_REMIT,
  PHONE_FIX_PROMISED,
  PHONE_FIXED,
  // letter, within remit (CP-2.2)
  LETTER_WITHIN_REMIT,
  LETTER_FIX_PROMISED,
  LETTER_FIXED,
  // phone, outside remit (CP-1.3)
  PHONE_OUTSIDE_REMIT,
  PHONE_CALLER_ASSURED,
  PHONE_FORWARDED,
  PHONE_PLAN_KNOWN,
  PHONE_COMPLAINANT_INFORMED,
  // letter, outside remit (CP-2.3)
  LETTER_OUTSIDE_REMIT,
  LETTER_FORWARDED,
  LETTER_COMPLAINANT_INFORMED,
  LETTER_SOLVED,
  // both letter branches end with the written apology, then the archive; each in its own state, so that the
  // archive is audited and due under its own branch's clause (CP-2.2, CP-2.3)
  LETTER_APOLOGISED,
  LETTER_SOLVED_APOLOGISED,
  // hard case (CP-1.4)
  HARD_CASE,
  HARD_CASE_VISITED,
  HARD_CASE_DEPARTMENTS_CONTACTED,
  HARD_CASE_REPORTED,
  CLOSED
}
