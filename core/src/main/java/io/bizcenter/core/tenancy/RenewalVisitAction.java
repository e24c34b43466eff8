package io.bizcenter.core.tenancy;

/** The steps of the lease watch. */
public enum RenewalVisitAction {
  WATCH_LEASE,
  RECORD_UNDECIDED,
  RECORD_RENEWAL,
  RECORD_DEPARTURE,
  RECORD_NEW_TERM,
  RESUME_WATCH,
  END_WATCH
}
