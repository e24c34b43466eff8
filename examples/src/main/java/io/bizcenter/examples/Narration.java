package io.bizcenter.examples;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the day is told on the console: a heading per day, the morning's agenda per department, then each step on one
 * line (time, clause, who, what, the case and the state it left it in) with the written notices it sent beneath.
 * Labels come from the library's own messages in zh-CN and en, never from this class. Steps that repeat one action on
 * one case in a row (nine orientation items, four documents filed) are told once with a count, so the story stays
 * readable. Only staff ids and case ids are printed: the names a tenant gave stay on the forms, where they belong.
 */
final class Narration {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  /** An agenda line per item is enough to see who owes what; a department with more shows how many more. */
  private static final int ITEMS_SHOWN = 4;

  private final PrintStream out;
  private final ZoneId zone;
  private final Map<String, ProcedureDefinition<?, ?, ?, ?>> procedures = new LinkedHashMap<>();
  /** Steps of one action on one case in a row, told once when something else comes. */
  private final List<AuditEntry> repeated = new ArrayList<>();

  Narration(PrintStream out, ZoneId zone, List<ProcedureDefinition<?, ?, ?, ?>> definitions) {
    this.out = out;
    this.zone = zone;
    definitions.forEach(d -> procedures.put(d.name(), d));
  }

  void line(String text) {
    flush();
    out.println(text);
  }

  void heading(String text) {
    flush();
    out.println();
    out.println(text);
  }

  void day(LocalDate date, String title) {
    flush();
    out.println();
    out.println("── " + DAY.format(date) + " · " + title + " " + "─".repeat(Math.max(3, 72 - title.length())));
  }

  /** The morning's agenda, one block per department with something on it; a quiet morning says so in one line. */
  void agenda(Instant now, Map<Department, List<AgendaItem>> byDepartment) {
    flush();
    if (byDepartment.values().stream().allMatch(List::isEmpty)) {
      out.println("  agenda at " + time(now) + ": nothing is due for anyone");
      return;
    }
    out.println("  agenda at " + time(now) + " (GS-7), per department:");
    byDepartment.forEach((department, items) -> {
      if (items.isEmpty()) {
        return;
      }
      out.println("    " + both(department));
      items.stream().limit(ITEMS_SHOWN).forEach(item -> out.println("      " + item(item, now)));
      if (items.size() > ITEMS_SHOWN) {
        out.println("      … and " + (items.size() - ITEMS_SHOWN) + " more");
      }
    });
  }

  /** One accepted step, as its audit entry records it (GS-6). */
  void step(AuditEntry entry) {
    if (!repeated.isEmpty() && !sameKind(repeated.get(0), entry)) {
      flush();
    }
    repeated.add(entry);
    if (!entry.notices().isEmpty()) {
      flush();
    }
  }

  void rejection(String attempt, Rejection rejection) {
    flush();
    out.println("    ✗ " + attempt);
    out.println("      refused " + rejection.code() + " [" + rejection.clause().id() + "], nothing written:");
    out.println("        zh-CN  " + rejection.message(Messages.ZH_CN));
    out.println("        en     " + rejection.message(Messages.EN));
  }

  /** Tells the steps held back as repeats, once, with their count and the notices they sent. */
  void flush() {
    if (repeated.isEmpty()) {
      return;
    }
    AuditEntry first = repeated.get(0);
    AuditEntry last = repeated.get(repeated.size() - 1);
    String times = repeated.size() == 1 ? "" : " ×" + repeated.size();
    String who = first.staff().value() + " " + both(first.department());
    String what = action(first.procedure(), first.action()) + times;
    out.println("    " + time(first.at()) + " [" + first.clause().id() + "] " + who + ": " + what + "  → " + first.procedure() + " "
        + first.caseId() + " " + state(first.procedure(), last.to()));
    repeated.stream().flatMap(e -> e.notices().stream()).forEach(this::notice);
    repeated.clear();
  }

  private void notice(OutboxNotice notice) {
    out.println("           ✉ to " + both(notice.notice().to()) + ": " + notice.message(Messages.ZH_CN));
    out.println("             " + notice.message(Messages.EN));
  }

  private static boolean sameKind(AuditEntry a, AuditEntry b) {
    return a.procedure().equals(b.procedure()) && a.caseId().equals(b.caseId()) && a.action().equals(b.action())
        && a.staff().equals(b.staff()) && a.notices().isEmpty();
  }

  private String item(AgendaItem item, Instant now) {
    String actions = item.actions().stream().limit(2).map(a -> action(item.procedure(), a)).reduce((a, b) -> a + "; " + b).orElse("")
        + (item.actions().size() > 2 ? "; …" : "");
    String when = item.overdueAt(now) ? "OVERDUE since " + WHEN.format(item.dueAt().atZone(zone))
        : !item.availableAt(now) ? "from " + WHEN.format(item.availableFrom().atZone(zone)) + ", due " + WHEN.format(item.dueAt().atZone(zone))
        : "due " + WHEN.format(item.dueAt().atZone(zone));
    return "[" + item.clause().id() + "] " + item.procedure() + " " + item.caseId() + ": " + actions + " — " + when;
  }

  private String time(Instant at) {
    return TIME.format(at.atZone(zone));
  }

  static String both(Enum<?> value) {
    return Messages.label(value, Messages.ZH_CN) + "/" + Messages.label(value, Messages.EN);
  }

  /** An action of a procedure by its name, in both languages (the audit trail and the agenda keep names). */
  String action(String procedure, String name) {
    return constant(procedure, name, true).map(Narration::both).orElse(name);
  }

  String state(String procedure, String name) {
    return constant(procedure, name, false).map(Narration::both).orElse(name);
  }

  private Optional<Enum<?>> constant(String procedure, String name, boolean action) {
    ProcedureDefinition<?, ?, ?, ?> definition = procedures.get(procedure);
    if (definition == null) {
      return Optional.empty();
    }
    List<Enum<?>> candidates = new ArrayList<>();
    if (action) {
      for (Transition<?, ?, ?, ?> t : definition.transitions()) {
        candidates.add(t.action());
      }
    } else {
      candidates.addAll(definition.states());
    }
    return candidates.stream().filter(Objects::nonNull).filter(c -> c.name().equals(name)).findFirst();
  }
}
