package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.testkit.LibraryLog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No value a front end sends reaches a log line raw: a command id holding a newline and a fake log line, a megabyte id,
 * a center with a bidirectional override, each refused and logged at DEBUG escaped and bounded (GS-1 rejections, GS-6).
 */
@DisplayName("Untrusted text reaches the log escaped and bounded (GS-1)")
class UntrustedTextInLogsTest {
  private static final String FORGED = "ui-1\n01:02:03.456 [main] ERROR io.bizcenter.core.procedure.CasePath -- ledger wiped";
  /** Longer than any line the library writes of its own, far shorter than a megabyte. */
  private static final int LONGEST_LINE = 400;

  private final ComplaintFixture fixture = new ComplaintFixture();
  @RegisterExtension
  final LibraryLog log = new LibraryLog();

  @Test
  @DisplayName("GS-1 refused commands with a forged line, a megabyte and direction overrides in their ids log one short escaped line each")
  void refusedCommandsLogEscapedAndBounded() {
    String megabyte = "商".repeat(1 << 20);
    List<CommandId> hostile = List.of(CommandId.of(FORGED), CommandId.of(megabyte), CommandId.of("ui-2\r\u2028\u202Egnp.exe"));
    for (CommandId id : hostile) {
      fixture.rejected(new RecordPhoneComplaint(id, TOWER, fixture.complainant(), ComplaintFixture.PHONE_CONTENT), fixture.operations);
    }
    fixture.rejected(new Triage(fixture.freshCommandId(), CenterId.of("zz\ntower"), ComplaintId.of("C-1\nERROR"), Remit.WITHIN),
        fixture.operations);
    fixture.accepted(fixture.phoneComplaint(), fixture.operations);

    List<String> lines = log.lines().stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertTrue(lines.size() >= hostile.size() + 1, () -> "every refusal was logged at DEBUG: " + lines);
    for (String line : lines) {
      assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028") || line.contains("\u202E"),
          () -> "a raw line break or override in: " + LogText.escaped(line));
      assertTrue(line.length() <= LONGEST_LINE, () -> line.length() + " characters in one line: " + LogText.escaped(line));
    }
    assertTrue(lines.stream().anyMatch(l -> l.contains("ui-1\\u000A01:02:03.456 [main] ERROR")), "the forged id shows, escaped");
    assertTrue(lines.stream().anyMatch(l -> l.contains("more chars)")), "the megabyte id shows cut, with what was left out counted");
    assertEquals(0, lines.stream().filter(l -> l.startsWith("01:02:03.456")).count(), "no line of the attacker's making");
  }
}
