package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.CONTACT_PHONE;
import static io.bizcenter.testkit.tenancy.TenancyFixture.HOLDER_NAME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ID_NUMBER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.IdentityDocument;
import io.bizcenter.core.tenancy.IdentityDocumentKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInCommand;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Identity numbers, names and phones are personal data: masked in every {@code toString}, out of notices and log lines. */
@DisplayName("The client's identity and contacts stay masked (MI-2.1, MI-6.3)")
class TenancyPersonalDataTest {
  private static final List<String> PERSONAL = List.of(ID_NUMBER, HOLDER_NAME, CONTACT_PHONE, "199001011234");

  private final TenancyFixture fixture = new TenancyFixture();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger library = (Logger) LoggerFactory.getLogger("io.bizcenter");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level levelBefore;

  @BeforeEach
  void captureTheLibrarysLog() {
    levelBefore = library.getLevel();
    library.setLevel(Level.DEBUG);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void releaseTheLog() {
    root.detachAppender(captured);
    captured.stop();
    library.setLevel(levelBefore);
  }

  private static void assertNothingPersonal(String text) {
    for (String secret : PERSONAL) {
      assertFalse(text.contains(secret), () -> "'" + secret + "' in clear in: " + text);
    }
  }

  @Test
  @DisplayName("MI-2.1 MI-3.1 MI-3.2 MI-6.3: commands, the move-in, its events, trail, notices and the log show personal data masked")
  void everywhereMasked() {
    IdentityDocument document = IdentityDocument.original(IdentityDocumentKind.RESIDENT_ID_CARD, ID_NUMBER, HOLDER_NAME);
    assertTrue(document.toString().contains("31****34") && document.toString().contains("欧**"), document.toString());
    MoveInCommand.VerifyIdentity verify = new MoveInCommand.VerifyIdentity(fixture.freshCommandId(), TOWER,
        io.bizcenter.core.tenancy.MoveInId.of("T-1"), document);
    assertNothingPersonal(verify.toString());
    assertNothingPersonal(fixture.contacts(io.bizcenter.core.tenancy.MoveInId.of("T-1")).toString());

    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    // a bad command too: its rejection and the log line that reports it
    fixture.rejected(new MoveInCommand.VerifyIdentity(fixture.freshCommandId(), TOWER, m.id(),
        new IdentityDocument(IdentityDocumentKind.PASSPORT, io.bizcenter.core.kernel.IdentityNumber.of(ID_NUMBER + "!"),
            io.bizcenter.core.kernel.PersonName.of(HOLDER_NAME), true)), fixture.serviceClerk);

    assertNothingPersonal(fixture.stored(m.id()).toString());
    for (AuditEntry entry : fixture.trail(m.id())) {
      assertNothingPersonal(entry.toString());
      entry.notices().forEach(n -> assertNothingPersonal(n.toString() + n.message(Messages.ZH_CN) + n.message(Messages.EN)));
    }
    fixture.deliver().forEach(n -> assertNothingPersonal(n.toString() + n.message(Messages.ZH_CN)));
    assertFalse(captured.list.isEmpty(), "the library logged its steps");
    captured.list.forEach(event -> assertNothingPersonal(event.getFormattedMessage()));
    assertTrue(fixture.stored(m.id()).identity().get().document().number().value().equals(ID_NUMBER), "kept in full, shown masked");
  }
}
