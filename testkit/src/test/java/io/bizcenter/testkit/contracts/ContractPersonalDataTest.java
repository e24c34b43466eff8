package io.bizcenter.testkit.contracts;

import static io.bizcenter.testkit.contracts.ContractFixture.PASSPORT;
import static io.bizcenter.testkit.contracts.ContractFixture.SIGNATORY_NAME;
import static io.bizcenter.testkit.contracts.ContractFixture.SIGNED_FOR_BY;
import static io.bizcenter.testkit.contracts.ContractFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractCommand.RecordTenantSignature;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.LibraryLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tenant's signatory (name, ID or passport number) and who signed for the payment notice are personal data. */
@DisplayName("Personal data in contract signing stays masked (CS-2.1 to CS-2.4, CS-5.1)")
class ContractPersonalDataTest {
  private static final List<String> PERSONAL = List.of(SIGNATORY_NAME, PASSPORT, SIGNED_FOR_BY);

  private final ContractFixture fixture = new ContractFixture();
  @RegisterExtension
  final LibraryLog log = new LibraryLog();

  private static void assertNothingPersonal(String text) {
    for (String secret : PERSONAL) {
      assertFalse(text.contains(secret), () -> "'" + secret + "' in clear in: " + text);
    }
  }

  @Test
  @DisplayName("CS-2.3: a signatory shows the first character of the name and the ends of the passport number")
  void aSignatoryIsMasked() {
    Signatory signatory = fixture.signatory(Signatory.Capacity.HEAD_OF_COMPANY);

    assertNothingPersonal(signatory.toString());
    assertTrue(signatory.toString().contains("欧**") && signatory.toString().contains("E9****32"), signatory::toString);
  }

  @Test
  @DisplayName("CS-2.1, CS-5.1, GS-6: a whole lease, its commands, contract, events, audit entries, notices and the log show no personal data")
  void aWholeLeaseAndItsLog() {
    Contract lease = fixture.issued(fixture.draftLease(TenantType.OVERSEAS_OR_FORMING_COMPANY));
    fixture.delivered(lease.id());
    fixture.accepted(fixture.draftPaymentNotice(lease.id()), fixture.deputySupervisor);
    fixture.accepted(fixture.reviewPaymentNotice(lease.id()), fixture.departmentManager);
    fixture.accepted(fixture.stampPaymentNotice(lease.id()), fixture.finance);
    fixture.accepted(fixture.paymentNoticeSignedFor(lease.id()), fixture.operations);
    Contract closed = fixture.accepted(fixture.buildTenantFile(lease.id()), fixture.managersAssistant);
    fixture.center.notices().deliverPending(100);
    // a rejected signature that carries the signatory, and bad input
    Contract printed = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    fixture.accepted(fixture.print(printed.id()), fixture.operations);
    RecordTenantSignature unsealed = fixture.tenantSigned(printed.id(), Signatory.Capacity.REPRESENTATIVE, false, SupportingDocument.BUSINESS_LICENCE_COPY);
    Rejection refused = fixture.rejected(unsealed, fixture.operations);
    Rejection malformed = fixture.rejected(new RecordTenantSignature(fixture.freshCommandId(), TOWER, printed.id(),
        new Signatory(PersonName.of(SIGNATORY_NAME), IdentityNumber.of(PASSPORT + " x"), Signatory.Capacity.REPRESENTATIVE), true, List.of()),
        fixture.operations);

    assertNothingPersonal(unsealed.toString());
    assertNothingPersonal(fixture.paymentNoticeSignedFor(lease.id()).toString());
    assertNothingPersonal(closed.toString());
    assertTrue(closed.toString().contains("司**"), "the payment notice shows who signed for it, masked");
    for (Rejection r : List.of(refused, malformed)) {
      assertNothingPersonal(r.toString() + r.message(Messages.ZH_CN) + r.message(Messages.EN));
    }
    for (AuditEntry entry : fixture.trail(lease.id())) {
      assertNothingPersonal(entry.toString());
      entry.notices().forEach(n -> assertNothingPersonal(n.message(Messages.ZH_CN) + n.message(Messages.EN)));
    }
    assertTrue(log.lines().stream().anyMatch(e -> e.getLevel() == Level.INFO), "accepted steps are logged");
    assertTrue(log.lines().stream().anyMatch(e -> e.getLevel() == Level.DEBUG), "rejections are logged");
    for (ILoggingEvent line : log.lines()) {
      List<String> parts = new ArrayList<>(List.of(line.getFormattedMessage()));
      if (line.getArgumentArray() != null) {
        Arrays.stream(line.getArgumentArray()).map(String::valueOf).forEach(parts::add);
      }
      assertNothingPersonal(String.join("\n", parts));
    }
  }
}
