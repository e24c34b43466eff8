package io.bizcenter.core.kernel;

import java.time.Instant;

/**
 * The instants the library works with. A clock reading must fall from 2000 to 9000: outside is a broken clock, not a
 * time to compute deadlines from (Instant.MAX plus an hour does not exist). A time asked of a store is brought within
 * 2000 to the end of 9999, where every store can hold it, so every store answers alike.
 */
public final class TimeRange {
  /** The earliest reading and the earliest time a store is asked about. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  /** Readings stop before this: far enough from the year 9999 that any deadline computed from a reading still fits. */
  public static final Instant LATEST_READING = Instant.parse("9000-01-01T00:00:00Z");
  /** The latest time a store is asked about: the end of the year 9999, which SQL timestamps hold. */
  public static final Instant END = Instant.parse("9999-12-31T23:59:59Z");

  private TimeRange() {}

  /** Whether a clock may read {@code at}. */
  public static boolean isReading(Instant at) {
    return at != null && !at.isBefore(EARLIEST) && at.isBefore(LATEST_READING);
  }

  /** {@code at} brought within {@link #EARLIEST} and {@link #END}, for a question to a store. */
  public static Instant clamp(Instant at) {
    return at.isBefore(EARLIEST) ? EARLIEST : at.isAfter(END) ? END : at;
  }
}
