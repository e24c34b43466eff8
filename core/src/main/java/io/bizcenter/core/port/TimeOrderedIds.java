package io.bizcenter.core.port;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The production {@link Ids}: version 7 UUIDs (RFC 9562), 36 characters, the millisecond from the clock first, so a
 * new row's key lands at the end of its index instead of anywhere in it.
 *
 * <p>Within one instance ids strictly increase, whatever the clock does: the 12 bits after the millisecond count the
 * ids drawn in it (starting at a random value), and a clock that stands still or steps back keeps the last
 * millisecond. Across instances and nodes, 62 random bits per id keep them apart, so pass a generator fit for
 * that: {@code new SecureRandom()}. Thread-safe; {@link #next()} is serialised, so any generator may be passed.
 *
 * <pre>{@code
 * Clock clock = Clock.systemUTC();
 * Ids ids = new TimeOrderedIds(clock, new SecureRandom());
 * }</pre>
 */
public final class TimeOrderedIds implements Ids {
  private static final int COUNTER_BITS = 12;
  private static final int COUNTER_LIMIT = 1 << COUNTER_BITS;
  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

  private final Clock clock;
  private final RandomGenerator random;
  private long lastMillis = Long.MIN_VALUE;
  private int counter;

  /** Reads the time from {@code clock} only; draws the random bits from {@code random}. */
  public TimeOrderedIds(Clock clock, RandomGenerator random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public String next() {
    long millis;
    int sequence;
    long tail;
    synchronized (this) {
      long now = clock.millis();
      if (now > lastMillis) {
        lastMillis = now;
        // starts in the lower half, so at least 2048 ids fit in one millisecond before it borrows the next
        counter = random.nextInt(COUNTER_LIMIT / 2);
      } else if (++counter == COUNTER_LIMIT) {
        lastMillis++;
        counter = 0;
      }
      millis = lastMillis;
      sequence = counter;
      tail = random.nextLong();
    }
    long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | VERSION_7 | sequence;
    long low = tail >>> 2 | VARIANT_IETF;
    return new UUID(high, low).toString();
  }
}
