package io.bizcenter.core.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a report covers, from {@code first} to {@code last} included, on the calendar of the property's zone: it
 * starts at midnight of {@code first} there and ends at midnight after {@code last}, so a meeting at 23:30 in Shanghai
 * falls on the day the clerk saw it. Make one with {@link ReportDesk#quarterToDate} or the factories here; the desk
 * refuses a period longer than {@link #LONGEST_DAYS} days, so every report stays a bounded range read.
 */
public record ReportPeriod(LocalDate first, LocalDate last, ZoneId zone) {
  /** The longest period a report reads: a year and a day, so a leap year fits. */
  public static final int LONGEST_DAYS = 366;

  public ReportPeriod {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(zone, "zone");
  }

  public static ReportPeriod of(LocalDate first, LocalDate last, ZoneId zone) {
    return new ReportPeriod(first, last, zone);
  }

  /** The calendar month. */
  public static ReportPeriod month(YearMonth month, ZoneId zone) {
    return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), zone);
  }

  /** The calendar quarter {@code day} falls in. */
  public static ReportPeriod quarterOf(LocalDate day, ZoneId zone) {
    LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
    return new ReportPeriod(first, first.plusMonths(3).minusDays(1), zone);
  }

  /** The first instant of the period. */
  public Instant from() {
    return first.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  public Instant until() {
    return last.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** How many days the period covers; zero or less when {@code last} is before {@code first}. */
  public long days() {
    return last.toEpochDay() - first.toEpochDay() + 1;
  }

  /** The day {@code at} falls on in the property's zone. */
  public LocalDate dayOf(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  /** The Monday of the week {@code day} falls in: weeks run Monday to Sunday, as on a Chinese office calendar. */
  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The Monday of every week the period touches, in order. */
  public List<LocalDate> weeks() {
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate monday = weekOf(first); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      weeks.add(monday);
    }
    return List.copyOf(weeks);
  }

  /** Every month the period touches, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
      months.add(month);
    }
    return List.copyOf(months);
  }
}
