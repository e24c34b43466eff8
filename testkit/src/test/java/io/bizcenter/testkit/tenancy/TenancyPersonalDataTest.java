package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.CONTACT_PHONE;
import static io.bizcenter.testkit.tenancy.TenancyFixture.HOLDER_NAME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ID_NUMBER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.IdentityDocument;
import io.bizcenter.core.tenancy.IdentityDocumentKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.testkit.LibraryLog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Identity numbers, names and phones are personal data: masked in every {@code toString}, out of notices and log lines. */
@DisplayName("The client's identity and contacts stay masked (MI-2.1, MI-6.3)")
class TenancyPersonalDataTest {
  private static final List<String> PERSONAL = List.of(ID_NUMBER, HOLDER_NAME, CONTACT_PHONE, "199001011234");

  private final TenancyFixture fixture = new TenancyFixture();
  @RegisterExtension
  final LibraryLog log = new LibraryLog();

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
    assertFalse(log.lines().isEmpty(), "the library logged its steps");
    log.lines().forEach(event -> assertNothingPersonal(event.getFormattedMessage()));
    assertTrue(fixture.stored(m.id()).identity().get().document().number().value().equals(ID_NUMBER), "kept in full, shown masked");
  }
}
