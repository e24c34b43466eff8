package io.bizcenter.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A report's days are the property's days: they start at midnight in its zone. */
class ReportPeriodTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("a period runs from midnight of its first day to midnight after its last, in the property's zone")
  void boundsAreLocalMidnights() {
    ReportPeriod march = ReportPeriod.month(YearMonth.of(2026, 3), SHANGHAI);
    assertEquals(Instant.parse("2026-02-28T16:00:00Z"), march.from());
    assertEquals(Instant.parse("2026-03-31T16:00:00Z"), march.until());
    assertEquals(31, march.days());
    assertEquals(LocalDate.of(2026, 4, 1), march.dayOf(Instant.parse("2026-03-31T16:30:00Z")));
  }

  @Test
  @DisplayName("weeks run Monday to Sunday and every week and month the period touches is listed")
  void weeksAndMonths() {
    ReportPeriod q1 = ReportPeriod.quarterOf(LocalDate.of(2026, 2, 14), SHANGHAI);
    assertEquals(LocalDate.of(2026, 1, 1), q1.first());
    assertEquals(LocalDate.of(2026, 3, 31), q1.last());
    assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)), q1.months());
    // 2026-01-01 is a Thursday: its week began on Monday 2025-12-29; 2026-03-30 is the last Monday
    assertEquals(LocalDate.of(2025, 12, 29), q1.weeks().get(0));
    assertEquals(LocalDate.of(2026, 3, 30), q1.weeks().get(q1.weeks().size() - 1));
    assertEquals(14, q1.weeks().size());
  }
}
