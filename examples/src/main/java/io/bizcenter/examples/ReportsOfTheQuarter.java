package io.bizcenter.examples;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.reports.ReportDesk;
import io.bizcenter.core.reports.ReportPeriod;
import io.bizcenter.forms.ReportPrinter;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The manager's reports at the end of a quarter: the scripted quarter of {@link ADayAtTheBusinessCenter} is played in
 * memory, with the busier weeks of {@link BusierWeeks} (more meetings, more printing) beside it, then the five reports of {@code center.reports()} are asked at six in the evening of its last day and printed
 * by {@link ReportPrinter} as pages a browser shows and prints on A4, in zh-CN and en (docs/reports.md).
 */
public final class ReportsOfTheQuarter {
  /** Who asks: the Management department's manager. */
  static final Actor MANAGER = Actor.of("gm-01", Role.DEPARTMENT_MANAGER, Department.MANAGEMENT, ADayAtTheBusinessCenter.TOWER);
  private static final List<Locale> LANGUAGES = List.of(Messages.ZH_CN, Messages.EN);

  private ReportsOfTheQuarter() {}

  /** Prints the pages into {@code target/bizcenter-example/reports} (or the folder {@code bizcenter.example.folder} names). */
  public static void main(String[] args) {
    Path folder = Path.of(System.getProperty("bizcenter.example.folder", "target/bizcenter-example")).toAbsolutePath();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Path> pages = run(new InMemoryStorage(), folder, out);
    out.println("Open them in a browser, or print them on A4:");
    pages.forEach(page -> out.println("  " + page.toUri()));
  }

  /** Plays the quarter quietly on {@code storage}, then prints every report in both languages into {@code folder/reports}. */
  public static List<Path> run(Storage storage, Path folder, PrintStream out) {
    ADayAtTheBusinessCenter.Result day = ADayAtTheBusinessCenter.run(storage, folder, new PrintStream(OutputStream.nullOutputStream()));
    LocalDate first = ADayAtTheBusinessCenter.FIRST_MONDAY.plusWeeks((long) ADayAtTheBusinessCenter.WEEKS_PER_RUN * (day.run() - 1));
    LocalDate last = first.plusDays(ADayAtTheBusinessCenter.WEEKS_PER_RUN * 7L - 7);
    new BusierWeeks(storage, day.run(), first).play();
    Clock evening = Clock.fixed(last.atTime(18, 0).atZone(ADayAtTheBusinessCenter.ZONE).toInstant(), ADayAtTheBusinessCenter.ZONE);
    BusinessCenter center = BusinessCenter.builder()
        .storage(storage)
        .notifier(notice -> {})
        .ids(new SequentialIds("reports-" + day.run()))
        .clock(evening)
        .build();
    ReportDesk reports = center.reports();
    ReportPeriod quarter = ReportPeriod.of(first, last, ADayAtTheBusinessCenter.ZONE);
    ReportPrinter printer = ReportPrinter.defaults();
    out.println("Run " + day.run() + " played " + day.steps() + " steps from " + first + " to " + last + ", with more meetings and printing"
        + " orders; the reports at "
        + evening.instant() + ":");

    Path into = folder.resolve("reports");
    List<Path> pages = new ArrayList<>();
    pages.addAll(print(into, "key-custody", reports.keyCustody(MANAGER, ADayAtTheBusinessCenter.TOWER), printer::html));
    pages.addAll(print(into, "overdue-duties", reports.overdueDuties(MANAGER, ADayAtTheBusinessCenter.TOWER), printer::html));
    pages.addAll(print(into, "complaint-handling", reports.complaintHandling(MANAGER, ADayAtTheBusinessCenter.TOWER, quarter), printer::html));
    pages.addAll(print(into, "room-use", reports.roomUse(MANAGER, ADayAtTheBusinessCenter.TOWER, quarter), printer::html));
    pages.addAll(print(into, "service-revenue", reports.serviceRevenue(MANAGER, ADayAtTheBusinessCenter.TOWER, quarter), printer::html));
    pages.forEach(page -> out.println("  " + page));
    return List.copyOf(pages);
  }

  /** The report's page in each language; a refusal here is a fault of the example, not something to print around. */
  private static <R> List<Path> print(Path folder, String name, Either<Rejection, R> report, BiFunction<R, Locale, String> html) {
    R value = report.getOrElseThrow((Function<Rejection, IllegalStateException>) r ->
        new IllegalStateException("the " + name + " report was refused: " + r.code() + " " + r.message(Messages.EN)));
    List<Path> pages = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Locale locale : LANGUAGES) {
        Path page = folder.resolve(name + "." + locale.getLanguage() + ".html");
        Files.writeString(page, html.apply(value, locale), StandardCharsets.UTF_8);
        pages.add(page);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }
}
