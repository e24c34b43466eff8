package io.bizcenter.core.port;

/** The order of the activity log: by when each decision was taken, and among decisions of the same instant by the order they were written. */
public enum ActivityOrder {
  NEWEST_FIRST,
  OLDEST_FIRST
}
