package io.bizcenter.core.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * A policy's time allowance (GS-4). Days count as calendar days in the property's zone, so "one day" is the
 * same wall-clock time tomorrow even across a daylight-saving change; hours are exact.
 */
public record TimeLimit(Period days, Duration hours) {
  public static TimeLimit ofDays(int days) {
    return new TimeLimit(Period.ofDays(days), Duration.ZERO);
  }

  public static TimeLimit ofHours(int hours) {
    return new TimeLimit(Period.ZERO, Duration.ofHours(hours));
  }

  public Instant dueFrom(Instant start, ZoneId zone) {
    // hours alone are exact whatever the zone: no zoned date-time for them (asked after every decision)
    if (days.isZero()) {
      return start.plus(hours);
    }
    return start.atZone(zone).plus(days).plus(hours).toInstant();
  }

  @Override
  public String toString() {
    return days.isZero() ? hours.toString() : days + (hours.isZero() ? "" : "+" + hours);
  }
}
