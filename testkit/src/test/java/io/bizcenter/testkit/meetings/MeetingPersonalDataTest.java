package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.meetings.MeetingFixture.CONTACT_NAME;
import static io.bizcenter.testkit.meetings.MeetingFixture.CONTACT_PHONE;
import static io.bizcenter.testkit.meetings.MeetingFixture.ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingCommand.BookMeetingRoom;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.LibraryLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client's contact is personal data: masked in every {@code toString}, kept out of notices and log lines. */
@DisplayName("The client's contact stays masked (MR-0.1)")
class MeetingPersonalDataTest {
  private static final List<String> PERSONAL = List.of(CONTACT_NAME, CONTACT_PHONE, "139-1234-5678");

  private final MeetingFixture fixture = new MeetingFixture();
  @RegisterExtension
  final LibraryLog log = new LibraryLog();

  private static void assertNothingPersonal(String text) {
    for (String secret : PERSONAL) {
      assertFalse(text.contains(secret), () -> "'" + secret + "' in clear in: " + text);
    }
  }

  @Test
  @DisplayName("MR-0.1: the client, the booking, the meeting, its events, trail and notices show the contact masked")
  void everywhereMasked() {
    assertTrue(fixture.client().toString().contains("欧**") && fixture.client().toString().contains("139****78"), fixture.client().toString());
    assertNothingPersonal(fixture.booking().toString());

    MeetingId id = fixture.confirmed().id();
    Meeting m = fixture.stored(id);
    assertNothingPersonal(m.toString());
    for (AuditEntry entry : fixture.trail(id)) {
      assertNothingPersonal(entry.toString());
      entry.notices().forEach(n -> assertNothingPersonal(n.toString() + n.message(Messages.ZH_CN) + n.message(Messages.EN)));
    }
    fixture.deliver().forEach(n -> assertNothingPersonal(n.notice().arguments().toString()));
  }

  @Test
  @DisplayName("MR-0.1 GS-1: a refused booking names the fields, never the values sent, and the log of a whole meeting shows no contact in clear")
  void refusalsAndTheLog() {
    BookMeetingRoom bad = new BookMeetingRoom(fixture.freshCommandId(), TOWER, ROOM, local("2026-03-10T09:00"), local("2026-03-10T10:00"),
        new Client("", PersonName.of(CONTACT_NAME.repeat(20)), PhoneNumber.of(CONTACT_PHONE + "x")), "会");
    Rejection rejection = fixture.rejected(bad, fixture.serviceClerk);
    assertNothingPersonal(rejection.toString() + rejection.message(Messages.ZH_CN) + rejection.message(Messages.EN));
    fixture.rejected(fixture.booking(), fixture.engineer);

    Meeting ended = fixture.ended();
    fixture.accepted(fixture.invoice(ended.id()), fixture.serviceClerk);
    fixture.deliver();

    List<ILoggingEvent> lines = log.lines();
    assertTrue(lines.stream().anyMatch(e -> e.getLevel() == Level.INFO), "accepted steps are logged");
    assertTrue(lines.stream().anyMatch(e -> e.getLevel() == Level.DEBUG), "rejections are logged");
    for (ILoggingEvent line : lines) {
      List<String> parts = new ArrayList<>(List.of(line.getFormattedMessage()));
      if (line.getArgumentArray() != null) {
        Arrays.stream(line.getArgumentArray()).map(String::valueOf).forEach(parts::add);
      }
      assertNothingPersonal(String.join("\n", parts));
    }
    assertEquals(CONTACT_NAME, fixture.stored(ended.id()).client().contact().value(), "kept in full on the meeting itself");
  }
}
