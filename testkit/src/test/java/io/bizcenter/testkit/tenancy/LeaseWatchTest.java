package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitProcedure;
import io.bizcenter.core.tenancy.TenancyPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The lease watch: every lease's renewal visit falls due two months before expiry, on Service's agenda from then on (MO-1.1)")
class LeaseWatchTest {
  private final TenancyFixture fixture = new TenancyFixture();

  /** A completed move-in whose lease ends on {@code expiry}: its watch. */
  private RenewalVisit watched(TenancyFixture f, LocalDate expiry) {
    MoveIn m = f.advance(f.accepted(f.notice(ACME, expiry, ROOM_1203), f.serviceClerk), MoveInState.COMPLETED);
    return f.leaseOf(m);
  }

  private List<AgendaItem> openNow(TenancyFixture f, RenewalVisit lease) {
    return f.center.agenda().openNow(f.serviceClerk, TOWER).stream().filter(i -> i.caseId().equals(lease.id().value())).toList();
  }

  @Test
  @DisplayName("MO-1.1 with a fixed clock across the boundary: not before 00:00 of the day two months ahead of expiry, then open, then overdue")
  void acrossTheTwoMonthBoundary() {
    RenewalVisit lease = watched(fixture, LocalDate.of(2028, 4, 30));
    assertEquals(LocalDate.of(2028, 2, 29), lease.visitDue(), "2028 is a leap year");

    // the visit is on Service's agenda with its window, and nobody else's
    AgendaItem visit = fixture.agendaOf(fixture.serviceClerk, lease.id().value()).get(0);
    assertEquals(local("2028-02-29T00:00"), visit.availableFrom());
    assertEquals(local("2028-03-07T00:00"), visit.dueAt(), "overdue after the policy's seven days");
    assertEquals(Seat.in(io.bizcenter.core.kernel.Department.SERVICE), visit.seat());
    assertEquals(List.of("RECORD_UNDECIDED", "RECORD_RENEWAL", "RECORD_DEPARTURE"), visit.actions());
    assertEquals(Clause.of("MO-1.1"), visit.clause());
    assertEquals(RenewalVisitProcedure.NAME, visit.procedure());
    assertEquals(List.of(), fixture.agendaOf(fixture.engineer, lease.id().value()));

    // one minute before midnight of the 28th, Shanghai time: not yet
    fixture.clock.set(local("2028-02-28T23:59"));
    assertEquals(List.of(), openNow(fixture, lease));
    assertEquals(List.of(), fixture.center.agenda().overdue(fixture.serviceClerk, TOWER).stream()
        .filter(i -> i.caseId().equals(lease.id().value())).toList());
    // at midnight: due
    fixture.clock.set(local("2028-02-29T00:00"));
    assertEquals(List.of(visit), openNow(fixture, lease));
    assertEquals(List.of(visit), fixture.center.agenda().dueBy(fixture.serviceClerk, TOWER, local("2028-03-07T00:00")).stream()
        .filter(i -> i.caseId().equals(lease.id().value())).toList());
    // still open but not overdue on the seventh day, overdue after
    fixture.clock.set(local("2028-03-07T00:00"));
    assertEquals(List.of(), fixture.center.agenda().overdue(fixture.serviceClerk, TOWER).stream()
        .filter(i -> i.caseId().equals(lease.id().value())).toList());
    fixture.clock.advance(Duration.ofMinutes(1));
    assertEquals(List.of(visit), fixture.center.agenda().overdue(fixture.serviceClerk, TOWER).stream()
        .filter(i -> i.caseId().equals(lease.id().value())).toList());
  }

  @ParameterizedTest(name = "MO-1.1 a lease ending {0} is visited from {1}")
  @DisplayName("MO-1.1 month ends and leap years: expiry minus two calendar months, a missing day falling back to the month's last")
  @CsvSource({
      "2028-04-30, 2028-02-29",
      "2028-04-29, 2028-02-29",
      "2028-04-28, 2028-02-28",
      "2027-04-30, 2027-02-28",
      "2027-04-29, 2027-02-28",
      "2027-03-31, 2027-01-31",
      "2027-05-31, 2027-03-31",
      "2026-12-31, 2026-10-31",
      "2028-02-29, 2027-12-29",
      "2027-02-28, 2026-12-28",
      "2027-01-15, 2026-11-15",
      "2100-04-30, 2100-02-28"})
  void monthEndsAndLeapYears(LocalDate expiry, LocalDate visitDue) {
    TenancyFixture f = new TenancyFixture();
    RenewalVisit lease = watched(f, expiry);

    assertEquals(visitDue, lease.visitDue());
    assertEquals(visitDue, TenancyPolicy.defaults().renewalVisitDue(expiry));
    // the client always gets at least the two months
    assertTrue(!visitDue.plusMonths(2).isAfter(expiry), "at least two months before " + expiry);
    assertEquals(visitDue.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant(),
        f.agendaOf(f.serviceClerk, lease.id().value()).get(0).availableFrom());
  }

  @Test
  @DisplayName("MO-1.1 GS-4 the lead is the center's policy: three months' lead moves the visit, under the policy that set the term")
  void theLeadIsPolicy() {
    TenancyFixture threeMonths = new TenancyFixture(c -> TenancyPolicy.defaults().withRenewalVisitLead(PolicyVersion.of("three-months"),
        Period.ofMonths(3)));

    RenewalVisit lease = watched(threeMonths, LocalDate.of(2028, 5, 31));

    assertEquals(LocalDate.of(2028, 2, 29), lease.visitDue());
    assertEquals(PolicyVersion.of("three-months"), lease.policy());
  }
}
