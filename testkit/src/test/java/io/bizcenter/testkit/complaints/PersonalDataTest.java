package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.complaints.ComplaintFixture.COMPLAINANT_NAME;
import static io.bizcenter.testkit.complaints.ComplaintFixture.COMPLAINANT_PHONE;
import static io.bizcenter.testkit.complaints.ComplaintFixture.HANDLER_NAME;
import static io.bizcenter.testkit.complaints.ComplaintFixture.HANDLER_PHONE;
import static io.bizcenter.testkit.complaints.ComplaintFixture.LETTER_CONTENT;
import static io.bizcenter.testkit.complaints.ComplaintFixture.PHONE_CONTENT;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.Texts;
import io.bizcenter.testkit.LibraryLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Names and phone numbers are personal data: masked in every {@code toString} and kept out of every log line. */
@DisplayName("Personal data stays masked (CP-1.1, CP-1.3, CP-2.1)")
class PersonalDataTest {
  private static final String COMPLAINANT_MASKED_NAME = "欧**";
  private static final String COMPLAINANT_MASKED_PHONE = "139****78";
  private static final String HANDLER_MASKED_NAME = "司**";
  private static final String HANDLER_MASKED_PHONE = "021****23";
  /** What must never appear in clear: names, phones as written and as bare digits. */
  private static final List<String> PERSONAL = List.of(
      COMPLAINANT_NAME, COMPLAINANT_PHONE, HANDLER_NAME, HANDLER_PHONE, HANDLER_PHONE.replaceAll("\\D", ""));

  private final UnreliableNotifier messaging = new UnreliableNotifier();
  private final ComplaintFixture fixture = ComplaintFixture.notifyingThrough(messaging::passingTo);

  @RegisterExtension
  final LibraryLog log = new LibraryLog();

  private static void assertNothingPersonal(String text) {
    for (String secret : PERSONAL) {
      assertFalse(text.contains(secret), () -> "'" + secret + "' in clear in: " + text);
    }
  }

  @Test
  @DisplayName("CP-1.1, CP-1.3: a complainant and a handler show the first character of the name and the ends of the phone")
  void complainantAndHandler() {
    String complainant = fixture.complainant().toString();
    String handler = fixture.handler().toString();

    assertNothingPersonal(complainant);
    assertNothingPersonal(handler);
    assertTrue(complainant.contains(COMPLAINANT_MASKED_NAME) && complainant.contains(COMPLAINANT_MASKED_PHONE), complainant);
    assertTrue(handler.contains(HANDLER_MASKED_NAME) && handler.contains(HANDLER_MASKED_PHONE), handler);
  }

  @Test
  @DisplayName("CP-1.1, CP-2.1, CP-1.3: no complaint command shows a name or phone in clear")
  void everyCommand() {
    ComplaintId id = ComplaintId.of("C-1");
    List<ComplaintCommand> commands = List.of(
        fixture.phoneComplaint(), fixture.letterComplaint(), fixture.triage(id, Remit.WITHIN), fixture.tellFix(id),
        fixture.recordFixed(id), fixture.apologiseInWriting(id), fixture.archive(id), fixture.assureCaller(id),
        fixture.forward(id, Department.ENGINEERING), fixture.recordPlan(id), fixture.informComplainant(id), fixture.followUp(id, false),
        fixture.visitCompany(id), fixture.contactDepartments(id, Department.ENGINEERING), fixture.reportToGeneralOffice(id),
        fixture.recordResolution(id));
    // every record of the sealed family, so that a new command cannot be forgotten here
    assertEquals(Arrays.stream(ComplaintCommand.class.getPermittedSubclasses())
            .flatMap(c -> c.isInterface() ? Arrays.stream(c.getPermittedSubclasses()) : Stream.of(c))
            .collect(Collectors.toSet()),
        commands.stream().map(Object::getClass).collect(Collectors.toSet()));

    commands.forEach(c -> assertNothingPersonal(c.toString()));
    assertTrue(fixture.phoneComplaint().toString().contains(COMPLAINANT_MASKED_PHONE));
    assertTrue(fixture.recordPlan(id).toString().contains(HANDLER_MASKED_NAME));
  }

  @Test
  @DisplayName("CP-1.1, CP-1.3, GS-6: no complaint, event, audit entry or notice shows a name or phone in clear")
  void complaintsEventsAndTheTrail() {
    List<Complaint> closed = fixture.closeOneOfEachBranch();

    for (Complaint c : closed) {
      assertNothingPersonal(c.toString());
      assertTrue(c.toString().contains(COMPLAINANT_MASKED_NAME), c::toString);
      for (AuditEntry entry : fixture.trail(c.id())) {
        assertNothingPersonal(entry.toString());
        entry.events().forEach(e -> assertNothingPersonal(e.toString()));
        entry.notices().forEach(n -> {
          assertNothingPersonal(n.toString());
          assertNothingPersonal(n.message(Messages.ZH_CN) + n.message(Messages.EN));
        });
      }
    }
    assertTrue(closed.get(1).toString().contains(HANDLER_MASKED_PHONE), "the CP-1.3 complaint carries its handler, masked");
  }

  @Test
  @DisplayName("CP-1.1: a refusal of bad input names the fields, never the values sent")
  void refusalsDoNotEchoTheInput() {
    RecordPhoneComplaint tooLong = new RecordPhoneComplaint(fixture.freshCommandId(), TOWER,
        Complainant.of(COMPLAINANT_NAME.repeat(13), "  ", COMPLAINANT_PHONE + "x"), Texts.ofLength(ComplaintCommand.CONTENT + 1));

    Rejection rejection = fixture.rejected(tooLong, fixture.operations);

    assertNothingPersonal(rejection.toString());
    assertNothingPersonal(rejection.message(Messages.ZH_CN) + rejection.message(Messages.EN));
  }

  @Test
  @DisplayName("CP-1.1, CP-1.2, CP-1.3, CP-1.4, CP-2.1, CP-2.2, CP-2.3: the log of all five branches, rejections and failed deliveries at DEBUG shows no name, phone or content")
  void theLogOfAFullRun() {
    // every branch, with notices refused once and then delivered
    messaging.refuse(n -> true);
    fixture.closeOneOfEachBranch();
    assertFalse(fixture.center.notices().deliverPending(100).refused().isEmpty());
    messaging.recover();
    fixture.center.notices().deliverPending(100);
    // rejections that carry personal data: bad input, a department not permitted, a repeat, a conflicting id
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    fixture.rejected(new RecordPhoneComplaint(fixture.freshCommandId(), TOWER,
        Complainant.of(COMPLAINANT_NAME, "", COMPLAINANT_PHONE), PHONE_CONTENT + "\u0000"), fixture.operations);
    fixture.rejected(fixture.phoneComplaint(), fixture.security);
    fixture.rejected(new RecordPlan(fixture.freshCommandId(), TOWER, received.id(), PHONE_CONTENT, Handler.of(HANDLER_NAME, "x")),
        fixture.operations);
    RecordPhoneComplaint call = fixture.phoneComplaint();
    fixture.accepted(call, fixture.operations);
    fixture.accepted(call, fixture.operations);

    List<ILoggingEvent> lines = log.lines();
    // the check means something only if the library did log: each accepted step, each rejection, each refusal
    assertTrue(lines.stream().anyMatch(e -> e.getLevel() == Level.INFO), "accepted steps are logged");
    assertTrue(lines.stream().anyMatch(e -> e.getLevel() == Level.DEBUG), "rejections are logged at DEBUG");
    assertTrue(lines.stream().anyMatch(e -> e.getLevel() == Level.WARN && e.getThrowableProxy() != null), "refused notices are logged");
    for (ILoggingEvent line : lines) {
      String text = rendered(line);
      assertNothingPersonal(text);
      for (String content : List.of(PHONE_CONTENT, LETTER_CONTENT)) {
        assertFalse(text.contains(content), () -> "complaint content in clear in: " + text);
      }
    }
  }

  /** Everything a log appender could write of one event: message, arguments, MDC, throwable chain. */
  private static String rendered(ILoggingEvent event) {
    List<String> parts = new ArrayList<>();
    parts.add(event.getFormattedMessage());
    parts.add(event.getMessage());
    if (event.getArgumentArray() != null) {
      Arrays.stream(event.getArgumentArray()).map(String::valueOf).forEach(parts::add);
    }
    parts.add(String.valueOf(event.getMDCPropertyMap()));
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      parts.add(t.getClassName() + ": " + t.getMessage());
    }
    return String.join("\n", parts);
  }
}
