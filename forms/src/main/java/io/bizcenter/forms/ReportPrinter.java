package io.bizcenter.forms;

import com.github.mustachejava.DefaultMustacheFactory;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.reports.ComplaintHandling;
import io.bizcenter.core.reports.KeyCustody;
import io.bizcenter.core.reports.OverdueDuties;
import io.bizcenter.core.reports.ReportPeriod;
import io.bizcenter.core.reports.RoomUse;
import io.bizcenter.core.reports.ServiceRevenue;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Prints the reports of {@code BusinessCenter.reports()} as pages a browser shows and prints on A4, in zh-CN or en, with
 * the forms' font and, where a picture says it better (room use, revenue), a small inline SVG bar chart. Templates are
 * Mustache, found as {@link Templates} says (a vendor overrides {@code bizcenter/forms/room-use.html.mustache} and the
 * like), and every value is escaped as on a form. Thread-safe; build one and share it.
 */
public final class ReportPrinter {
  private final ZoneId zone;
  private final ClassLoader vendor;
  private final String fontUrl;
  private final Map<String, DefaultMustacheFactory> engines = new ConcurrentHashMap<>();

  private ReportPrinter(ZoneId zone, ClassLoader vendor, String fontUrl) {
    this.zone = zone;
    this.vendor = vendor;
    this.fontUrl = fontUrl;
  }

  /** Times in Asia/Shanghai, the vendor's templates looked for on the class path that loaded this library. */
  public static ReportPrinter defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Key custody now: the master keys and their holders, the copies cut, the lost keys since when (KY-1.3, KY-1.4). */
  public String html(KeyCustody report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Text t = text(locale);
    Map<String, Object> page = page("key-custody", t, t.formats.leaf(report.at()));
    List<Map<String, Object>> masters = new ArrayList<>();
    for (KeyCustody.MasterKey k : report.masterKeys()) {
      masters.add(row("key", k.keyId(), "state", t.label(k.state()), "holder", holder(k.holder(), t), "origin", t.label(k.origin()),
          "registeredAt", t.formats.leaf(k.registeredAt()), "since", t.formats.leaf(k.since())));
    }
    List<Map<String, Object>> lost = new ArrayList<>();
    for (KeyCustody.LostKey k : report.lostKeys()) {
      lost.add(row("key", k.keyId(), "category", t.label(k.category()), "lock", k.lock().label(locale), "lostBy", holder(k.lostBy(), t),
          "since", t.formats.leaf(k.since()), "lostFor", t.duration(k.lostFor())));
    }
    page.put("masters", masters);
    page.put("noMasters", masters.isEmpty());
    page.put("lost", lost);
    page.put("noLost", lost.isEmpty());
    page.put("allowed", String.valueOf(report.masterKeysAllowed()));
    page.put("inRegister", String.valueOf(report.masterKeysInRegister()));
    page.put("copiesCut", String.valueOf(report.masterCopiesCut()));
    page.put("over", report.overTheMasterKeyCount());
    return print("key-custody", locale, page);
  }

  /** Duties overdue by department (GS-7), longest overdue first. */
  public String html(OverdueDuties report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Text t = text(locale);
    Map<String, Object> page = page("overdue-duties", t, t.formats.leaf(report.at()));
    List<Map<String, Object>> departments = new ArrayList<>();
    for (OverdueDuties.DepartmentDuties d : report.departments()) {
      List<Map<String, Object>> duties = new ArrayList<>();
      for (OverdueDuties.Duty duty : d.duties()) {
        duties.add(row("case", duty.caseId(), "state", t.label(duty.state()),
            "actions", duty.actions().stream().map(t::label).collect(Collectors.joining(t.separator)),
            "clause", duty.clause().id(), "dueAt", t.formats.leaf(duty.dueAt()), "overdueBy", t.duration(duty.overdueBy())));
      }
      departments.add(row("department", t.label(d.department()), "count", String.valueOf(duties.size()), "duties", duties,
          "clear", duties.isEmpty()));
    }
    page.put("departments", departments);
    page.put("total", String.valueOf(report.total()));
    return print("overdue-duties", locale, page);
  }

  /** Complaints by branch with their handling time against the policy's limits (CP, GS-4). */
  public String html(ComplaintHandling report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Text t = text(locale);
    Map<String, Object> page = page("complaint-handling", t, t.period(report.period()));
    List<Map<String, Object>> branches = new ArrayList<>();
    for (ComplaintHandling.Branch b : report.branches()) {
      List<Map<String, Object>> complaints = new ArrayList<>();
      for (ComplaintHandling.Handled c : b.complaints()) {
        complaints.add(row("complaint", c.complaintId(), "channel", t.label(c.channel()), "state", t.label(c.state()),
            "receivedAt", t.formats.leaf(c.receivedAt()), "closedAt", c.closedAt().map(t.formats::leaf).orElse(t.none),
            "handling", t.duration(c.handlingTime()), "deadline", t.formats.leaf(c.deadline()),
            "verdict", FormText.text(locale, c.withinLimit() ? "complaint-handling.within" : "complaint-handling.over"),
            "late", !c.withinLimit()));
      }
      branches.add(row("branch", FormText.text(locale, "ComplaintBranch." + b.branch().name()), "clause", b.branch().clause().id(),
          "allowed", t.duration(b.timeAllowed()), "closed", String.valueOf(b.closed()), "closedWithin", String.valueOf(b.closedWithinLimit()),
          "open", String.valueOf(b.open()), "openOver", String.valueOf(b.openOverLimit()),
          "average", b.averageClosed().map(t::duration).orElse(t.none), "complaints", complaints, "any", !complaints.isEmpty()));
    }
    page.put("branches", branches);
    page.put("policy", report.policy().value());
    page.put("at", t.formats.leaf(report.at()));
    return print("complaint-handling", locale, page);
  }

  /** Room use per week (MR-0.1), with a chart of the hours booked each week. */
  public String html(RoomUse report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Text t = text(locale);
    Map<String, Object> page = page("room-use", t, t.period(report.period()));
    List<Map<String, Object>> weeks = new ArrayList<>();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (LocalDate week : report.weeks()) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (var room : report.rooms()) {
        RoomUse.RoomWeek cell = report.cell(room, week);
        cells.add(row("meetings", String.valueOf(cell.meetings()), "hours", t.hours(cell.booked())));
      }
      weeks.add(row("week", t.week(week), "cells", cells, "total", t.hours(report.bookedIn(week))));
      bars.add(new BarChart.Bar(t.shortDay(week), hours(report.bookedIn(week)), t.hours(report.bookedIn(week))));
    }
    page.put("rooms", new ArrayList<>(report.rooms().stream().map(r -> row("room", r.value(), "total", t.hours(report.bookedOf(r)))).toList()));
    page.put("noRooms", report.rooms().isEmpty());
    page.put("weeks", weeks);
    page.put("chart", BarChart.of(FormText.text(locale, "room-use.chart"), bars));
    return print("room-use", locale, page);
  }

  /** Service revenue per month with deposits and settlements (SV-2.4), with a chart of the revenue. */
  public String html(ServiceRevenue report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Text t = text(locale);
    Map<String, Object> page = page("service-revenue", t, t.period(report.period()));
    List<Map<String, Object>> months = new ArrayList<>();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (ServiceRevenue.Month m : report.months()) {
      months.add(row("month", t.month(m.month()), "settled", String.valueOf(m.settled()), "revenue", t.formats.money(m.revenue()),
          "deposits", t.formats.money(m.deposits()), "balances", t.formats.money(m.balancesCollected()), "refunds", t.formats.money(m.refunds()),
          "cancelled", String.valueOf(m.cancelled()), "returned", t.formats.money(m.depositsReturned())));
      bars.add(new BarChart.Bar(t.month(m.month()), m.revenue().amount(), t.formats.money(m.revenue())));
    }
    page.put("months", months);
    page.put("totals", row("revenue", t.formats.money(report.revenue()), "deposits", t.formats.money(report.deposits()),
        "balances", t.formats.money(report.balancesCollected()), "refunds", t.formats.money(report.refunds()),
        "returned", t.formats.money(report.depositsReturned()),
        "settled", String.valueOf(report.months().stream().mapToInt(ServiceRevenue.Month::settled).sum()),
        "cancelled", String.valueOf(report.months().stream().mapToInt(ServiceRevenue.Month::cancelled).sum())));
    page.put("chart", BarChart.of(FormText.text(locale, "service-revenue.chart"), bars));
    return print("service-revenue", locale, page);
  }

  private Map<String, Object> page(String report, Text t, String when) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", t.formats.languageTag());
    page.put("title", FormText.text(t.formats.locale(), report + ".title"));
    page.put("when", when);
    page.put("label", FormText.reportLabels(report, t.formats.locale()));
    page.put("fontUrl", fontUrl);
    return page;
  }

  private String print(String report, Locale locale, Map<String, Object> page) {
    String language = Formats.language(locale);
    DefaultMustacheFactory engine = engines.computeIfAbsent(language,
        k -> new FormPrinter.Engine(new Templates(vendor, language, "html"), Escaping.HTML));
    StringWriter out = new StringWriter();
    engine.compile(report + ".html").execute(out, page);
    return out.toString();
  }

  private Text text(Locale locale) {
    if (!Formats.supported(locale)) {
      throw new IllegalArgumentException("reports are printed in zh-CN or en, not " + locale);
    }
    return new Text(new Formats(locale, zone));
  }

  private static String holder(Optional<Holder> holder, Text t) {
    return holder.map(h -> h.label(t.formats.locale())).orElse(t.none);
  }

  private static BigDecimal hours(Duration d) {
    return BigDecimal.valueOf(d.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  private static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put((String) pairs[i], pairs[i + 1]);
    }
    return row;
  }

  /** How the report's values read in one language. */
  private static final class Text {
    final Formats formats;
    final String none;
    final String separator;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter month;

    Text(Formats formats) {
      this.formats = formats;
      Locale locale = formats.locale();
      boolean chinese = "zh".equals(locale.getLanguage());
      this.none = FormText.text(locale, "common.none");
      this.separator = chinese ? "、" : ", ";
      this.day = DateTimeFormatter.ofPattern(chinese ? "yyyy年M月d日" : "d MMM yyyy", locale);
      this.shortDay = DateTimeFormatter.ofPattern(chinese ? "M月d日" : "d MMM", locale);
      this.month = DateTimeFormatter.ofPattern(chinese ? "yyyy年M月" : "MMM yyyy", locale);
    }

    String label(Enum<?> value) {
      return Messages.label(value, formats.locale());
    }

    String period(ReportPeriod period) {
      return day.format(period.first()) + FormText.text(formats.locale(), "common.to") + day.format(period.last());
    }

    String week(LocalDate monday) {
      return day.format(monday) + FormText.text(formats.locale(), "common.to") + shortDay.format(monday.plusDays(6));
    }

    String shortDay(LocalDate date) {
      return shortDay.format(date);
    }

    String month(YearMonth m) {
      return month.format(m);
    }

    String hours(Duration d) {
      return FormText.text(formats.locale(), "report.hours", ReportPrinter.hours(d).toPlainString());
    }

    /** 2 d 3 h 05 min, or 2天3小时5分钟. */
    String duration(Duration d) {
      long minutes = Math.max(0, d.toMinutes());
      return FormText.text(formats.locale(), "report.duration", minutes / (24 * 60), minutes / 60 % 24, minutes % 60);
    }
  }

  public static final class Builder {
    private ZoneId zone = BusinessCenter.DEFAULT_ZONE;
    private ClassLoader vendor = ReportPrinter.class.getClassLoader();
    private String fontUrl = FormPrinter.FONT_URL;

    /** The property's zone, in which times are printed (default Asia/Shanghai). */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone);
      return this;
    }

    /** Where the vendor's own templates are looked for first ({@code bizcenter/forms/...}). */
    public Builder templates(ClassLoader vendor) {
      this.vendor = Objects.requireNonNull(vendor);
      return this;
    }

    /** Where the page's {@code @font-face} finds Noto Sans SC; checked as {@link FormPrinter.Builder#font} checks it. */
    public Builder font(String url) {
      FormPrinter.builder().font(url);
      this.fontUrl = url;
      return this;
    }

    public ReportPrinter build() {
      return new ReportPrinter(zone, vendor, fontUrl);
    }
  }
}
