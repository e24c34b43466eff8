package io.bizcenter.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.keys.KeyPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A question the desk cannot answer is a rejection, given before any store is asked (the desk here has none). */
class ReportDeskRefusesBadQuestionsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final CenterId TOWER = CenterId.of("tower");
  private static final Actor MANAGER = Actor.of("gm-1", Role.DEPARTMENT_MANAGER, Department.MANAGEMENT, TOWER);

  private static ReportDesk desk(Instant now) {
    return new ReportDesk(List.of(), null, null, null, null, null, Clock.fixed(now, ZoneOffset.UTC), center -> SHANGHAI,
        center -> KeyPolicy.defaults(), center -> ComplaintPolicy.defaults());
  }

  private final ReportDesk desk = desk(Instant.parse("2026-05-20T02:00:00Z"));

  @Test
  @DisplayName("GS-5 a center the actor does not work for is refused")
  void anotherCenter() {
    Actor elsewhere = Actor.of("gm-2", Role.DEPARTMENT_MANAGER, Department.MANAGEMENT, CenterId.of("other"));
    assertEquals(new Rejection.NotInYourCenter(TOWER), desk.keyCustody(elsewhere, TOWER).getLeft());
    assertEquals(new Rejection.NotInYourCenter(TOWER), desk.roomUse(elsewhere, TOWER, ReportPeriod.quarterOf(LocalDate.of(2026, 5, 1), SHANGHAI)).getLeft());
  }

  @Test
  @DisplayName("GS-1 an empty period, one longer than a year and a day, or one in another zone than the center's is invalid input")
  void badPeriods() {
    Rejection notAllowed = new Rejection.InvalidInput(List.of(FieldError.of("period", FieldError.Problem.NOT_ALLOWED)));
    LocalDate day = LocalDate.of(2026, 5, 1);
    assertEquals(notAllowed, desk.roomUse(MANAGER, TOWER, ReportPeriod.of(day, day.minusDays(1), SHANGHAI)).getLeft());
    assertEquals(notAllowed, desk.serviceRevenue(MANAGER, TOWER, ReportPeriod.of(day, day.plusDays(ReportPeriod.LONGEST_DAYS), SHANGHAI)).getLeft());
    assertEquals(notAllowed, desk.complaintHandling(MANAGER, TOWER, ReportPeriod.of(day, day, ZoneOffset.UTC)).getLeft());
    assertEquals(new Rejection.InvalidInput(List.of(FieldError.of("period", FieldError.Problem.MISSING))),
        desk.roomUse(MANAGER, TOWER, null).getLeft());
  }

  @Test
  @DisplayName("GS-6 a broken clock is refused, not read as a time to report at")
  void brokenClock() {
    ReportDesk broken = desk(Instant.parse("9500-01-01T00:00:00Z"));
    assertEquals("TIME_NOT_KNOWN", broken.keyCustody(MANAGER, TOWER).getLeft().code());
    assertEquals("TIME_NOT_KNOWN", broken.quarterToDate(TOWER).getLeft().code());
  }

  @Test
  @DisplayName("the quarter to date runs from the quarter's first day to today, on the center's calendar")
  void quarterToDate() {
    // 2026-03-31T17:00Z is already 1 April in Shanghai: the second quarter
    ReportPeriod period = desk(Instant.parse("2026-03-31T17:00:00Z")).quarterToDate(TOWER).get();
    assertEquals(ReportPeriod.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), SHANGHAI), period);
  }
}
