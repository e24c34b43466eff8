package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.kernel.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The field checks a hand-written desk makes before it decides, by hand: the same fields and limits as the library's
 * (present, not blank, at most so many characters, no control characters, a phone number of digits), every error
 * collected. Each problem is a short "field: problem" line.
 */
public final class PlainChecks {
  private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]+");

  private PlainChecks() {}

  /** Every problem with the command and its actor; empty when there is none. */
  public static List<String> problems(ComplaintCommand command, Actor actor) {
    List<String> problems = new ArrayList<>(0);
    if (actor == null) {
      problems.add("actor: missing");
    } else {
      line(problems, "actor.staff", actor.staff() == null ? null : actor.staff().value(), 64);
      present(problems, "actor.role", actor.role());
      present(problems, "actor.department", actor.department());
      present(problems, "actor.centers", actor.centers());
    }
    if (command == null) {
      problems.add("command: missing");
      return problems;
    }
    line(problems, "commandId", command.commandId() == null ? null : command.commandId().value(), 100);
    line(problems, "center", command.center() == null ? null : command.center().value(), 64);
    if (command instanceof ComplaintCommand.Opening opening) {
      Complainant who = opening.complainant();
      if (who == null) {
        problems.add("complainant: missing");
      } else {
        line(problems, "complainant.name", who.name() == null ? null : who.name().value(), 50);
        line(problems, "complainant.company", who.company(), ComplaintCommand.COMPANY);
        phone(problems, "complainant.phone", who.phone() == null ? null : who.phone().value());
      }
      text(problems, "content", opening.content(), ComplaintCommand.CONTENT, true);
      if (opening instanceof ComplaintCommand.RecordLetterComplaint letter) {
        line(problems, "letter", letter.letter(), ComplaintCommand.REFERENCE);
      }
      return problems;
    }
    ComplaintCommand.OnComplaint on = (ComplaintCommand.OnComplaint) command;
    line(problems, "complaintId", on.complaintId() == null ? null : on.complaintId().value(), ComplaintCommand.REFERENCE);
    if (on instanceof ComplaintCommand.Triage c) {
      present(problems, "remit", c.remit());
    } else if (on instanceof ComplaintCommand.TellFix c) {
      text(problems, "fix", c.fix(), ComplaintCommand.NOTE, true);
    } else if (on instanceof ComplaintCommand.RecordFixed c) {
      text(problems, "note", c.note(), ComplaintCommand.NOTE, true);
    } else if (on instanceof ComplaintCommand.Apologise c) {
      if (c.inWriting() || c.reply() != null) {
        line(problems, "reply", c.reply(), ComplaintCommand.REFERENCE);
      }
    } else if (on instanceof ComplaintCommand.ArchiveLetterAndReply c) {
      line(problems, "archive", c.archive(), ComplaintCommand.REFERENCE);
    } else if (on instanceof ComplaintCommand.ForwardToDepartment c) {
      present(problems, "department", c.department());
    } else if (on instanceof ComplaintCommand.RecordPlan c) {
      text(problems, "plan", c.plan(), ComplaintCommand.NOTE, true);
      Handler h = c.handler();
      if (h == null) {
        problems.add("handler: missing");
      } else {
        line(problems, "handler.name", h.name() == null ? null : h.name().value(), 50);
        phone(problems, "handler.phone", h.phone() == null ? null : h.phone().value());
      }
    } else if (on instanceof ComplaintCommand.FollowUp c) {
      text(problems, "note", c.note(), ComplaintCommand.NOTE, true);
    } else if (on instanceof ComplaintCommand.VisitCompany c) {
      text(problems, "findings", c.findings(), ComplaintCommand.NOTE, true);
    } else if (on instanceof ComplaintCommand.ContactDepartments c) {
      nonEmpty(problems, "departments", c.departments());
    } else if (on instanceof ComplaintCommand.ReportToGeneralOffice c) {
      text(problems, "summary", c.summary(), ComplaintCommand.NOTE, true);
    } else if (on instanceof ComplaintCommand.RecordResolution c) {
      text(problems, "resolution", c.resolution(), ComplaintCommand.NOTE, true);
    }
    return problems;
  }

  private static void present(List<String> problems, String field, Object value) {
    if (value == null) {
      problems.add(field + ": missing");
    }
  }

  private static void nonEmpty(List<String> problems, String field, Collection<?> values) {
    if (values == null || values.stream().anyMatch(v -> v == null)) {
      problems.add(field + ": missing");
    } else if (values.isEmpty()) {
      problems.add(field + ": blank");
    }
  }

  private static void line(List<String> problems, String field, String value, int max) {
    text(problems, field, value, max, false);
  }

  private static void phone(List<String> problems, String field, String value) {
    int before = problems.size();
    line(problems, field, value, 20);
    if (problems.size() == before) {
      long digits = value.chars().filter(Character::isDigit).count();
      if (!PHONE.matcher(value).matches() || digits < 5) {
        problems.add(field + ": malformed");
      }
    }
  }

  private static void text(List<String> problems, String field, String value, int max, boolean multiline) {
    if (value == null) {
      problems.add(field + ": missing");
      return;
    }
    if (value.isBlank()) {
      problems.add(field + ": blank");
      return;
    }
    if (value.length() > max * 2 || value.codePointCount(0, value.length()) > max) {
      problems.add(field + ": too long");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!(Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))) {
          problems.add(field + ": malformed");
          return;
        }
        i++;
      } else if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
        problems.add(field + ": control character");
        return;
      }
    }
  }
}
