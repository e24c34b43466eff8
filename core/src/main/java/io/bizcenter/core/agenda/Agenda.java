package io.bizcenter.core.agenda;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.TimeRange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * What is due, for whom, by when, across procedures: one query for a vendor's to-do screen (GS-7). An actor sees
 * only its own center's items and only those its role and department may act on.
 *
 * <p>Times are brought within {@link TimeRange} before a store is asked, so every store answers alike: nothing is due
 * by {@code Instant.MIN}, everything by {@code Instant.MAX}, and a clock reading outside the range (a broken clock)
 * is taken at the range's nearest end. A zone function that answers no zone for the center is a configuration error:
 * an {@link IllegalStateException} naming the center, since no list can be the right answer.
 */
public final class Agenda {
  private final AgendaItems items;
  private final Clock clock;
  private final Function<CenterId, ZoneId> zones;

  public Agenda(AgendaItems items, Clock clock, Function<CenterId, ZoneId> zones) {
    this.items = items;
    this.clock = clock;
    this.zones = zones;
  }

  /** Everything the actor may act on that falls due up to {@code until}, earliest first. */
  public List<AgendaItem> dueBy(Actor actor, CenterId center, Instant until) {
    if (actor == null || !actor.worksFor(center) || actor.department() == null || until == null) {
      return List.of();
    }
    return items.due(center, actor.department(), TimeRange.clamp(until)).stream().filter(i -> i.seat().admits(actor)).toList();
  }

  /** Due by the end of today in the property's zone, overdue items included. */
  public List<AgendaItem> dueToday(Actor actor, CenterId center) {
    ZoneId zone = zones.apply(center);
    if (zone == null) {
      throw new IllegalStateException("no time zone for center " + LogText.of(center == null ? null : center.value())
          + ": the zones given to BusinessCenter.builder().zones(...) answered null");
    }
    Instant endOfToday = now().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    return dueBy(actor, center, endOfToday);
  }

  /** What the actor can do now: every item already available, earliest due first, overdue ones included. */
  public List<AgendaItem> openNow(Actor actor, CenterId center) {
    Instant now = now();
    return dueBy(actor, center, Instant.MAX).stream().filter(i -> i.availableAt(now)).toList();
  }

  public List<AgendaItem> overdue(Actor actor, CenterId center) {
    Instant now = now();
    return dueBy(actor, center, now).stream().filter(i -> i.overdueAt(now)).toList();
  }

  private Instant now() {
    return TimeRange.clamp(clock.instant());
  }
}
