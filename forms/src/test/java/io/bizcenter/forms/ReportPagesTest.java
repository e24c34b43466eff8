package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.reports.ComplaintBranch;
import io.bizcenter.core.reports.ComplaintHandling;
import io.bizcenter.core.reports.KeyCustody;
import io.bizcenter.core.reports.OverdueDuties;
import io.bizcenter.core.reports.ReportPeriod;
import io.bizcenter.core.reports.RoomUse;
import io.bizcenter.core.reports.ServiceRevenue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every report prints as a page in zh-CN and en, byte for byte as its reviewed golden file (regenerate with
 * {@code -Dtest=ReportPagesTest -Dbizcenter.golden.update=true} and read the diff); every page is A4 with the forms'
 * font, escapes what users typed, and draws its chart from the report's own numbers.
 */
@DisplayName("The reports print as A4 pages in zh-CN and en")
class ReportPagesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final CenterId CENTER = CenterId.of("center-1");
  private static final Instant AT = Instant.parse("2026-03-31T09:30:00Z");
  private static final ReportPeriod Q1 = ReportPeriod.quarterOf(LocalDate.of(2026, 3, 31), SHANGHAI);
  // what a user typed, reaching the page as ids and room numbers
  private static final String TYPED = "<script>alert('x')</script>";
  private static final Holder CLEANER = Holder.staff(StaffId.of("bc-cleaner-1"), Role.CLEANER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF);

  private final ReportPrinter printer = ReportPrinter.defaults();

  static KeyCustody keyCustody() {
    return new KeyCustody(CENTER, AT, 3, List.of(
        new KeyCustody.MasterKey("K-1", KeyState.HELD, Optional.of(CLEANER), KeyOrigin.BACKUP, Instant.parse("2026-01-05T01:00:00Z"),
            Instant.parse("2026-03-30T00:30:00Z")),
        new KeyCustody.MasterKey("K-2", KeyState.IN_BOX, Optional.empty(), KeyOrigin.CUT, Instant.parse("2026-02-01T01:00:00Z"),
            Instant.parse("2026-02-01T01:00:00Z")),
        new KeyCustody.MasterKey(TYPED, KeyState.LOST, Optional.empty(), KeyOrigin.CUT, Instant.parse("2026-02-10T01:00:00Z"),
            Instant.parse("2026-03-01T06:00:00Z"))),
        List.of(
            new KeyCustody.LostKey(TYPED, KeyCategory.MASTER, Lock.master(), Optional.of(CLEANER), Instant.parse("2026-03-01T06:00:00Z"),
                Duration.between(Instant.parse("2026-03-01T06:00:00Z"), AT)),
            new KeyCustody.LostKey("K-9", KeyCategory.OFFICE_DOOR, Lock.officeDoor(RoomId.of("1203")), Optional.of(Holder.tenant(TenantId.of("T-7"))),
                Instant.parse("2026-03-20T02:00:00Z"), Duration.between(Instant.parse("2026-03-20T02:00:00Z"), AT))));
  }

  static OverdueDuties overdueDuties() {
    List<OverdueDuties.DepartmentDuties> departments = new ArrayList<>();
    for (Department d : Department.values()) {
      List<OverdueDuties.Duty> duties = d != Department.OPERATIONS ? List.of() : List.of(
          new OverdueDuties.Duty("complaints", TYPED, ComplaintState.PHONE_RECEIVED,
              List.of(ComplaintAction.TRIAGE_WITHIN_REMIT, ComplaintAction.TRIAGE_OUTSIDE_REMIT), Clause.of("CP-1.2"),
              Instant.parse("2026-03-30T02:00:00Z"), Duration.between(Instant.parse("2026-03-30T02:00:00Z"), AT)),
          new OverdueDuties.Duty("complaints", "C-12", ComplaintState.PHONE_FORWARDED, List.of(ComplaintAction.RECORD_PLAN), Clause.of("CP-1.3"),
              Instant.parse("2026-03-31T08:00:00Z"), Duration.between(Instant.parse("2026-03-31T08:00:00Z"), AT)));
      departments.add(new OverdueDuties.DepartmentDuties(d, duties));
    }
    return new OverdueDuties(CENTER, AT, departments);
  }

  static ComplaintHandling complaintHandling() {
    List<ComplaintHandling.Branch> branches = new ArrayList<>();
    for (ComplaintBranch b : ComplaintBranch.values()) {
      List<ComplaintHandling.Handled> handled = b != ComplaintBranch.PHONE_WITHIN_REMIT ? List.of() : List.of(
          new ComplaintHandling.Handled("C-3", Channel.PHONE, ComplaintState.CLOSED, Instant.parse("2026-03-02T01:00:00Z"),
              Optional.of(Instant.parse("2026-03-03T05:00:00Z")), Duration.ofHours(28), Instant.parse("2026-03-06T05:00:00Z"), true),
          new ComplaintHandling.Handled(TYPED, Channel.PHONE, ComplaintState.PHONE_FIXED, Instant.parse("2026-03-20T01:00:00Z"),
              Optional.empty(), Duration.between(Instant.parse("2026-03-20T01:00:00Z"), AT), Instant.parse("2026-03-25T05:00:00Z"), false));
      branches.add(new ComplaintHandling.Branch(b, Duration.ofHours(100), handled));
    }
    return new ComplaintHandling(CENTER, Q1, AT, PolicyVersion.of("CP-default-1"), branches);
  }

  static RoomUse roomUse() {
    RoomId room501 = RoomId.of("501");
    RoomId typed = RoomId.of(TYPED);
    List<LocalDate> weeks = Q1.weeks();
    List<RoomUse.RoomWeek> cells = List.of(
        new RoomUse.RoomWeek(room501, weeks.get(1), 2, Duration.ofHours(5)),
        new RoomUse.RoomWeek(room501, weeks.get(3), 1, Duration.ofMinutes(90)),
        new RoomUse.RoomWeek(typed, weeks.get(3), 3, Duration.ofHours(7)));
    return new RoomUse(CENTER, Q1, weeks, List.of(room501, typed), cells);
  }

  static ServiceRevenue serviceRevenue() {
    return new ServiceRevenue(CENTER, Q1, List.of(
        new ServiceRevenue.Month(YearMonth.of(2026, 1), 3, Money.yuan("1230.50"), Money.yuan("400.00"), Money.yuan("880.50"), Money.yuan("50.00"), 0,
            Money.ZERO),
        new ServiceRevenue.Month(YearMonth.of(2026, 2), 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 1, Money.yuan("45.00")),
        new ServiceRevenue.Month(YearMonth.of(2026, 3), 5, Money.yuan("2460.00"), Money.yuan("900.00"), Money.yuan("1560.00"), Money.ZERO, 0,
            Money.ZERO)));
  }

  private record Page(String name, Function<Locale, String> print) {}

  private List<Page> pages() {
    return List.of(
        new Page("key-custody", l -> printer.html(keyCustody(), l)),
        new Page("overdue-duties", l -> printer.html(overdueDuties(), l)),
        new Page("complaint-handling", l -> printer.html(complaintHandling(), l)),
        new Page("room-use", l -> printer.html(roomUse(), l)),
        new Page("service-revenue", l -> printer.html(serviceRevenue(), l)));
  }

  @TestFactory
  @DisplayName("GS-7, KY-1.4, CP, MR-0.1, SV-2.4: each report and language as its golden file, A4 with the forms' font, user text escaped")
  Stream<DynamicTest> asItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Page page : pages()) {
      for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
        String file = page.name() + "." + locale.getLanguage() + ".html";
        tests.add(DynamicTest.dynamicTest(file, () -> {
          String printed = page.print().apply(locale);
          Golden.assertMatches(file, printed);
          assertTrue(printed.contains("@page { size: A4 portrait"), "printed on A4");
          assertTrue(printed.contains("@font-face { font-family: \"Noto Sans SC\"") && printed.contains(FormPrinter.FONT_URL), "the forms' font");
          assertTrue(printed.contains(Escaping.HTML.escape(FormText.text(locale, page.name() + ".title"))), "the report's title");
          assertFalse(printed.contains(TYPED), "what a user typed never reaches the page unescaped");
        }));
      }
    }
    return tests.stream();
  }

  @Test
  @DisplayName("MR-0.1 the room use chart has one bar per week, the tallest for the busiest week")
  void roomUseChart() {
    RoomUse use = roomUse();
    String page = printer.html(use, Messages.EN);
    List<Integer> heights = barHeights(page);
    assertEquals(use.weeks().size(), heights.size());
    int busiest = 0;
    for (int i = 1; i < use.weeks().size(); i++) {
      if (use.bookedIn(use.weeks().get(i)).compareTo(use.bookedIn(use.weeks().get(busiest))) > 0) {
        busiest = i;
      }
    }
    assertEquals(heights.stream().max(Integer::compare).orElseThrow(), heights.get(busiest));
    assertEquals(0, heights.get(0), "a week without a meeting has no bar");
  }

  @Test
  @DisplayName("SV-2.4 the revenue chart's bars stand in the ratio of the months' revenue")
  void revenueChart() {
    ServiceRevenue revenue = serviceRevenue();
    List<Integer> heights = barHeights(printer.html(revenue, Messages.ZH_CN));
    assertEquals(revenue.months().size(), heights.size());
    double expected = revenue.months().get(0).revenue().amount().doubleValue() / revenue.months().get(2).revenue().amount().doubleValue();
    assertEquals(expected, heights.get(0) / (double) heights.get(2), 0.01);
    assertEquals(0, heights.get(1));
  }

  @Test
  @DisplayName("a page in a language the reports do not speak is refused, not printed half in English")
  void onlyZhAndEn() {
    assertThrows(IllegalArgumentException.class, () -> printer.html(keyCustody(), Locale.FRENCH));
  }

  private static List<Integer> barHeights(String page) {
    Matcher bars = Pattern.compile("<rect class=\"bar\" x=\"\\d+\" y=\"\\d+\" width=\"\\d+\" height=\"(\\d+)\"").matcher(page);
    List<Integer> heights = new ArrayList<>();
    while (bars.find()) {
      heights.add(Integer.parseInt(bars.group(1)));
    }
    return heights;
  }
}
