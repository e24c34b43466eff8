package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GS-4 time limits: days fall on the property's calendar, hours are exact. */
class TimeLimitTest {
  @Test
  @DisplayName("GS-4 one day in Shanghai is 24 hours (no daylight saving there)")
  void a_day_in_shanghai() {
    Instant start = Instant.parse("2026-03-07T02:00:00Z");
    assertEquals(Instant.parse("2026-03-08T02:00:00Z"), TimeLimit.ofDays(1).dueFrom(start, ZoneId.of("Asia/Shanghai")));
  }

  @Test
  @DisplayName("GS-4 one day across a daylight-saving change is the same wall-clock time next day, not 24 hours")
  void a_day_across_daylight_saving() {
    // New York moves its clocks forward on 2026-03-08: 10:00 local on the 7th is due 10:00 local on the 8th, 23 hours later
    Instant start = Instant.parse("2026-03-07T15:00:00Z");
    assertEquals(Instant.parse("2026-03-08T14:00:00Z"), TimeLimit.ofDays(1).dueFrom(start, ZoneId.of("America/New_York")));
    assertEquals(Instant.parse("2026-03-08T15:00:00Z"), TimeLimit.ofHours(24).dueFrom(start, ZoneId.of("America/New_York")));
  }

  @Test
  @DisplayName("a clause id must be one of the source's")
  void clause_ids_are_checked() {
    assertEquals("CP-1.3", Clause.of("CP-1.3").id());
    assertEquals("GS-7", Clause.of("GS-7").id());
    assertThrows(IllegalArgumentException.class, () -> Clause.of("XX-1.1"));
    assertThrows(IllegalArgumentException.class, () -> Clause.of(null));
  }
}
