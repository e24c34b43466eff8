package io.bizcenter.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The production ids: unique across threads and nodes, in time order, and short enough for every id column. */
class TimeOrderedIdsTest {
  private static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

  /** A clock the test moves by hand, backwards too. */
  private static final class SteppedClock extends Clock {
    private final AtomicLong millis = new AtomicLong(START.toEpochMilli());

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    void step(long by) {
      millis.addAndGet(by);
    }
  }

  @Test
  @DisplayName("an id is a version 7 UUID whose first 48 bits are the clock's millisecond, 36 characters long")
  void a_version_7_uuid_from_the_clock() {
    String id = new TimeOrderedIds(Clock.fixed(START, ZoneOffset.UTC), new SecureRandom()).next();
    UUID uuid = UUID.fromString(id);
    assertEquals(7, uuid.version());
    assertEquals(2, uuid.variant());
    assertEquals(START.toEpochMilli(), uuid.getMostSignificantBits() >>> 16);
    // the narrowest id column in adapters-jdbc's migrations is VARCHAR(64)
    assertEquals(36, id.length());
  }

  @Test
  @DisplayName("ids strictly increase, as text, while the clock stands still, steps back, or runs out of its counter")
  void strictly_increasing_whatever_the_clock_does() {
    SteppedClock clock = new SteppedClock();
    TimeOrderedIds ids = new TimeOrderedIds(clock, new SplittableRandom(7));
    List<String> drawn = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {   // more than 4096 in one millisecond: the counter borrows the next one
      drawn.add(ids.next());
    }
    clock.step(-60_000);   // a node's clock corrected by a minute
    for (int i = 0; i < 100; i++) {
      drawn.add(ids.next());
    }
    clock.step(120_000);
    drawn.add(ids.next());
    for (int i = 1; i < drawn.size(); i++) {
      assertTrue(drawn.get(i - 1).compareTo(drawn.get(i)) < 0, drawn.get(i - 1) + " !< " + drawn.get(i));
    }
    assertEquals(START.toEpochMilli() + 60_000, UUID.fromString(drawn.get(drawn.size() - 1)).getMostSignificantBits() >>> 16);
  }

  @Test
  @DisplayName("eight threads drawing from one instance never get the same id")
  void unique_under_concurrency() throws Exception {
    TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(START, ZoneOffset.UTC), new SplittableRandom(11));
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(threads.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            assertTrue(seen.add(ids.next()));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(160_000, seen.size());
  }

  @Test
  @DisplayName("two nodes on the same millisecond, each with its own SecureRandom, never draw the same id")
  void unique_across_nodes() {
    Clock sameMillisecond = Clock.fixed(START, ZoneOffset.UTC);
    TimeOrderedIds one = new TimeOrderedIds(sameMillisecond, new SecureRandom());
    TimeOrderedIds other = new TimeOrderedIds(sameMillisecond, new SecureRandom());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      assertTrue(seen.add(one.next()));
      assertTrue(seen.add(other.next()));
    }
  }
}
