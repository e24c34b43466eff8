package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static io.bizcenter.adapters.jdbc.Fixtures.accepted;
import static io.bizcenter.adapters.jdbc.Fixtures.commandId;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintCommand.Apologise;
import io.bizcenter.core.complaints.ComplaintCommand.ArchiveLetterAndReply;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ContactDepartments;
import io.bizcenter.core.complaints.ComplaintCommand.FollowUp;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.InformComplainant;
import io.bizcenter.core.complaints.ComplaintCommand.RecordFixed;
import io.bizcenter.core.complaints.ComplaintCommand.RecordLetterComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintCommand.RecordResolution;
import io.bizcenter.core.complaints.ComplaintCommand.ReportToGeneralOffice;
import io.bizcenter.core.complaints.ComplaintCommand.TellFix;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintCommand.VisitCompany;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.SequentialIds;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text of every awkward kind, at the longest length each field allows (counted in code points, as the checks
 * count), goes through the desk and comes back from the store byte for byte: from the case, from the trail's
 * events and from the receipt a repeated command answers with.
 */
class TextRoundTripTest {
  /** The limits of ComplaintCommand and Field: names 50, phones 20, references 64, notes 1000, company 100, content 2000. */
  private static final int NAME = 50;
  private static final int PHONE = 20;

  private static final List<String> LINE_PIECES = List.of(
      "'; DROP TABLE bc_complaint; --", "\"双引号\"", "O'Brien", "\\", "\\n", "\\u0000", "%_", "?", "$1", "$$", "{fn now()}", ":name",
      "/*", "*/", "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "𠀀𪚥", "\u200F", "\u200E", "שלום", "مرحبا", "王小明", "空调不制冷",
      "ACME Ltd.", "e\u0301", "Ünïcödé", "\uFEFF", "\u3000", "\uFFFF", "</document>", "{\"a\":[1]}", " ");
  // Field's text policy: line and paragraph separators only where text may span lines; no bidirectional override anywhere
  private static final List<String> TEXT_PIECES = concat(LINE_PIECES, List.of("\r\n", "\n", "\t", "\u2028", "\u2029"));

  /** The steps after an opening, given the new complaint's id. */
  private interface Walk extends Function<ComplaintId, List<ComplaintCommand>> {}

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void awkwardTextAtTheLongestAllowedLengthsComesBackByteForByte(Dialect dialect) {
    BusinessCenter center = Fixtures.center(JdbcStorage.on(Databases.empty(dialect)), new SequentialIds("T"));

    roundTrip(center, new RecordLetterComplaint(commandId(), CENTER, complainant(1), text(ComplaintCommand.CONTENT, 2),
        line(ComplaintCommand.REFERENCE, 3)), c -> List.of(
            new Triage(commandId(), CENTER, c, Remit.WITHIN),
            new TellFix(commandId(), CENTER, c, text(ComplaintCommand.NOTE, 4)),
            new RecordFixed(commandId(), CENTER, c, text(ComplaintCommand.NOTE, 5)),
            new Apologise(commandId(), CENTER, c, true, line(ComplaintCommand.REFERENCE, 6)),
            new ArchiveLetterAndReply(commandId(), CENTER, c, line(ComplaintCommand.REFERENCE, 7))));

    roundTrip(center, new RecordPhoneComplaint(commandId(), CENTER, complainant(8), text(ComplaintCommand.CONTENT, 9)), c -> List.of(
        new Triage(commandId(), CENTER, c, Remit.OUTSIDE),
        new AssureCaller(commandId(), CENTER, c),
        new ForwardToDepartment(commandId(), CENTER, c, Department.ENGINEERING),
        new RecordPlan(commandId(), CENTER, c, text(ComplaintCommand.NOTE, 10), new Handler(PersonName.of(line(NAME, 11)), phone())),
        new InformComplainant(commandId(), CENTER, c),
        new FollowUp(commandId(), CENTER, c, false, text(ComplaintCommand.NOTE, 12)),
        new RecordPlan(commandId(), CENTER, c, text(ComplaintCommand.NOTE, 13), new Handler(PersonName.of(line(NAME, 14)), phone())),
        new InformComplainant(commandId(), CENTER, c),
        new FollowUp(commandId(), CENTER, c, true, text(ComplaintCommand.NOTE, 15))));

    roundTrip(center, new RecordPhoneComplaint(commandId(), CENTER, complainant(16), text(ComplaintCommand.CONTENT, 17)), c -> List.of(
        new Triage(commandId(), CENTER, c, Remit.HARD_CASE),
        new VisitCompany(commandId(), CENTER, c, text(ComplaintCommand.NOTE, 18)),
        new ContactDepartments(commandId(), CENTER, c, List.of(Department.ENGINEERING, Department.LEGAL)),
        new ReportToGeneralOffice(commandId(), CENTER, c, text(ComplaintCommand.NOTE, 19)),
        new RecordResolution(commandId(), CENTER, c, text(ComplaintCommand.NOTE, 20))));
  }

  /**
   * Sends the opening and the walk's steps, then reads everything back and compares it with the texts the
   * commands sent (not with the desk's answers: from the second step on, an answer is built on the case as read
   * from the store): the stored case, each trail entry's events, and each command's answer when sent again, which
   * comes from its receipt.
   */
  private static void roundTrip(BusinessCenter center, ComplaintCommand.Opening opening, Walk walk) {
    List<ComplaintCommand> commands = new ArrayList<>();
    List<Complaint> answers = new ArrayList<>();
    commands.add(opening);
    answers.add(accepted(center.complaints().handle(opening, OPERATIONS)));
    ComplaintId id = answers.get(0).id();
    for (ComplaintCommand step : walk.apply(id)) {
      commands.add(step);
      answers.add(accepted(center.complaints().handle(step, OPERATIONS)));
    }

    Complaint stored = center.complaints().find(OPERATIONS, CENTER, id).get();
    assertSameText(textsSetBy(commands), texts(stored), id + ": the stored case");
    assertEquals(answers.get(answers.size() - 1), stored, id + ": the stored case is the last answer");

    List<AuditEntry> trail = center.complaints().trail(OPERATIONS, CENTER, id).get();
    assertEquals(commands.size(), trail.size());
    for (int i = 0; i < commands.size(); i++) {
      assertEquals(commands.get(i).commandId(), trail.get(i).commandId());
      assertSameText(texts(List.of(commands.get(i))), texts(trail.get(i).events()), id + " v" + (i + 1) + ": the trail's events");
    }

    for (int i = 0; i < commands.size(); i++) {
      Complaint again = accepted(center.complaints().handle(commands.get(i), OPERATIONS));
      assertSameText(textsSetBy(commands.subList(0, i + 1)), texts(again), id + " v" + (i + 1) + ": the receipt's answer");
      assertEquals(answers.get(i), again, id + " v" + (i + 1) + ": the receipt's answer is the first answer");
    }
  }

  /** The texts a complaint holds after {@code commands}, in the order of {@link #texts(Complaint)}: the latest of each field. */
  private static List<String> textsSetBy(List<ComplaintCommand> commands) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String field : List.of("opening", "fix", "fixedNote", "plan", "followUps", "apology", "archive", "findings", "report", "resolution")) {
      fields.put(field, new ArrayList<>());
    }
    for (ComplaintCommand command : commands) {
      String field = fieldSetBy(command);
      if (field != null) {
        List<String> texts = fields.get(field);
        // follow-ups are kept one after another; every other field holds only the latest
        if (!field.equals("followUps")) {
          texts.clear();
        }
        texts.addAll(texts(List.of(command)));
      }
    }
    return fields.values().stream().flatMap(List::stream).toList();
  }

  /** Which field of the complaint a command sets, named as in {@link #textsSetBy}; null for steps without text. */
  private static String fieldSetBy(ComplaintCommand c) {
    if (c instanceof ComplaintCommand.Opening) {
      return "opening";
    } else if (c instanceof TellFix) {
      return "fix";
    } else if (c instanceof RecordFixed) {
      return "fixedNote";
    } else if (c instanceof RecordPlan) {
      return "plan";
    } else if (c instanceof FollowUp) {
      return "followUps";
    } else if (c instanceof Apologise) {
      return "apology";
    } else if (c instanceof ArchiveLetterAndReply) {
      return "archive";
    } else if (c instanceof VisitCompany) {
      return "findings";
    } else if (c instanceof ReportToGeneralOffice) {
      return "report";
    } else if (c instanceof RecordResolution) {
      return "resolution";
    }
    return null;
  }

  /**
   * Identifiers are text too: the longest center, staff and command ids the checks allow, in astral characters (letters:
   * an id takes letters, digits and marks of any script, Field's id alphabet).
   */
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theLongestIdentifiersInAstralCharactersAreKept(Dialect dialect) {
    CenterId center = CenterId.of("𪚥".repeat(64));
    // a base letter and a combining mark are two code points: 31 of them and two more letters make 64
    Actor clerk = new Actor(StaffId.of("𠀀\u0301".repeat(31) + "𠀀𠀀"), Role.STAFF, Department.OPERATIONS, Set.of(center));
    CommandId command = CommandId.of("𠀀".repeat(100));
    assertEquals(64, clerk.staff().value().codePointCount(0, clerk.staff().value().length()));
    BusinessCenter desk = Fixtures.center(JdbcStorage.on(Databases.empty(dialect)), new SequentialIds("I"));

    RecordPhoneComplaint opening = new RecordPhoneComplaint(command, center, complainant(21), text(ComplaintCommand.CONTENT, 22));
    Complaint opened = accepted(desk.complaints().handle(opening, clerk));
    assertEquals(opened, accepted(desk.complaints().handle(opening, clerk)), "the receipt, found by the longest command id");
    assertEquals(opened, desk.complaints().find(clerk, center, opened.id()).get());
    AuditEntry entry = desk.complaints().trail(clerk, center, opened.id()).get().get(0);
    assertSameText(List.of(center.value(), clerk.staff().value(), command.value()),
        List.of(entry.center().value(), entry.staff().value(), entry.commandId().value()), "the trail's identifiers");
    assertEquals(opened.receivedBy(), clerk.staff());
  }

  private static Complainant complainant(int n) {
    return Complainant.of(line(NAME, n * 100 + 1), line(ComplaintCommand.COMPANY, n * 100 + 2), phone().value());
  }

  /** The longest phone number the check allows: 20 characters of digits, +, (), - and spaces. */
  private static PhoneNumber phone() {
    PhoneNumber phone = PhoneNumber.of("+86 (21) 5555-0123 4");
    assertEquals(PHONE, phone.value().length());
    return phone;
  }

  /** Exactly {@code codePoints} code points of single-line awkward text, starting at piece {@code n}. */
  private static String line(int codePoints, int n) {
    return awkward(LINE_PIECES, codePoints, n);
  }

  /** Exactly {@code codePoints} code points of awkward text with line breaks and tabs, starting at piece {@code n}. */
  private static String text(int codePoints, int n) {
    return awkward(TEXT_PIECES, codePoints, n);
  }

  private static String awkward(List<String> pieces, int codePoints, int n) {
    // a number first, so that no two fields hold the same text and none is blank
    StringBuilder text = new StringBuilder(n + ":");
    int count = text.length();
    for (int i = n; count < codePoints; i++) {
      int[] piece = pieces.get(i % pieces.size()).codePoints().toArray();
      for (int j = 0; j < piece.length && count < codePoints; j++, count++) {
        text.appendCodePoint(piece[j]);
      }
    }
    String result = text.toString();
    assertEquals(codePoints, result.codePointCount(0, result.length()));
    return result;
  }

  /** Every string in the records given (commands, events, their complainants and handlers), in order; ids are left out. */
  private static List<String> texts(List<?> records) {
    List<String> texts = new ArrayList<>();
    records.forEach(r -> collect(r, texts));
    return texts;
  }

  private static void collect(Object value, List<String> texts) {
    if (value instanceof String s) {
      texts.add(s);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, texts));
    } else if (value instanceof List<?> l) {
      l.forEach(v -> collect(v, texts));
    } else if (value instanceof CommandId || value instanceof CenterId || value instanceof ComplaintId) {
      return;
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          collect(c.getAccessor().invoke(value), texts);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Every text a complaint holds. */
  private static List<String> texts(Complaint c) {
    return texts(List.of(c.complainant(), c.content(), c.letter(), c.fix(), c.fixedNote(), c.plan(), c.handler(), c.followUps(),
        c.apology(), c.archive(), c.visitFindings(), c.generalOfficeReport(), c.resolution()));
  }

  private static void assertSameText(List<String> expected, List<String> actual, String what) {
    assertEquals(expected.size(), actual.size(), what + ": how many texts");
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i).getBytes(UTF_8), actual.get(i).getBytes(UTF_8), what + ": text " + i + " as UTF-8");
      assertEquals(expected.get(i), actual.get(i), what + ": text " + i);
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
