package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.COMPANY;
import static io.bizcenter.testkit.tenancy.TenancyFixture.EQUIPMENT;
import static io.bizcenter.testkit.tenancy.TenancyFixture.LEASE_EXPIRY;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1204;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1501;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.local;
import static io.bizcenter.testkit.tenancy.TenancyFixture.toldWhat;
import static io.bizcenter.testkit.tenancy.TenancyFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ChargedLine;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.DirectoryEntry;
import io.bizcenter.core.tenancy.FeeNotice;
import io.bizcenter.core.tenancy.HeldKey;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.OrientationItem;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.core.tenancy.TenancyRejection;
import io.bizcenter.core.tenancy.TenantDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A plain move-in, from Administration's notice to the complete client file, with the freight elevator booked (MI-1.1 to MI-6.3)")
class PlainMoveInTest {
  private final TenancyFixture fixture = new TenancyFixture();

  @Test
  @DisplayName("MI-1.1 MI-1.2 MI-2.1 MI-2.2 MI-3.1 MI-3.2 MI-4.1 MI-4.2 MI-4.3 MI-4.4 MI-5.1 MI-5.2 MI-5.3 MI-5.4 MI-6.1 MI-6.3 GS-6: step by step in the source's order, each by its department, then the move-in completes")
  void aMoveInFromNoticeToCompleteFile() {
    // given Administration's Client Move-in Notice for units 1203 and 1204 (MI-1.1)
    MoveIn m = fixture.noticed(ACME, ROOM_1203, ROOM_1204);
    MoveInId id = m.id();
    assertEquals(MoveInState.NOTICE_RECEIVED, m.state());
    assertEquals(List.of(ROOM_1203, ROOM_1204), m.units());
    assertEquals(LEASE_EXPIRY, m.leaseExpiry());
    // Engineering and Security are told in writing, at once, to pre-inspect the units
    List<OutboxNotice> told = fixture.deliver();
    assertEquals(List.of("ENGINEERING MI_PRE_INSPECTION", "SECURITY MI_PRE_INSPECTION"), toldWhat(told));
    assertEquals("入驻" + id + "：客户将入驻单元1203, 1204，请对入驻单元进行预检。", told.get(0).message(Messages.ZH_CN));
    // Service owes the forms (MI-1.2)
    assertEquals(List.of("PREPARE_FORMS"), fixture.actionsOf(fixture.serviceClerk, id.value()));

    m = fixture.accepted(fixture.prepareForms(id), fixture.serviceClerk);
    assertEquals(MoveInState.FORMS_PREPARED, m.state());
    // MI-2.1: the identity against the original document; personal data stays masked in what is printed
    m = fixture.accepted(fixture.verifyIdentity(id), fixture.serviceClerk);
    assertEquals(MoveInState.IDENTITY_VERIFIED, m.state());
    assertFalse(m.toString().contains(TenancyFixture.ID_NUMBER) || m.toString().contains(TenancyFixture.HOLDER_NAME), m.toString());

    // MI-2.2: the fee notice at the charging standard, exact CNY, to Administration
    m = fixture.accepted(fixture.feeNotice(id), fixture.serviceClerk);
    FeeNotice fees = m.feeNotice().get();
    assertEquals(List.of(
        new ChargedLine(ChargeItem.MANAGEMENT_FEE, new BigDecimal("361.50"), yuan("25.00"), yuan("9037.50")),
        new ChargedLine(ChargeItem.MANAGEMENT_FEE_DEPOSIT, new BigDecimal("120.50"), yuan("75.00"), yuan("9037.50")),
        new ChargedLine(ChargeItem.UTILITY_DEPOSIT, new BigDecimal("1.00"), yuan("2000.00"), yuan("2000.00"))), fees.lines());
    assertEquals(yuan("20075.00"), fees.total());
    assertEquals("MA-2026-1", fees.agreementTemplate());
    assertEquals(List.of("ADMINISTRATION MI_FEE_NOTICE"), toldWhat(fixture.deliver()));

    // MI-3.1: only the Management Office signs the agreement, on the template in force; it goes into the file (c)
    assertRejection(fixture.rejected(fixture.signAgreement(id), fixture.serviceClerk), io.bizcenter.core.kernel.Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "MI-3.1", MoveInAction.SIGN_MANAGEMENT_AGREEMENT, io.bizcenter.core.kernel.Role.STAFF, Department.SERVICE);
    m = fixture.accepted(fixture.signAgreement(id), fixture.managementOffice);
    assertEquals("MA-2026-1", m.agreement().get().templateVersion());
    assertTrue(m.clientFile().holds(ClientDocument.MANAGEMENT_AGREEMENT));
    // MI-3.2, MI-4.1
    m = fixture.accepted(fixture.handbook(id), fixture.serviceClerk);
    assertEquals(MoveInState.HANDBOOK_DELIVERED, m.state());
    m = fixture.accepted(fixture.inspect(id), fixture.serviceClerk);
    // MI-4.2: the equipment handed over, the Acceptance & Rectification Form signed without comments
    m = fixture.accepted(fixture.acceptEquipment(id), fixture.serviceClerk);
    assertEquals(MoveInState.EQUIPMENT_ACCEPTED, m.state());
    assertEquals(EQUIPMENT, m.equipment());
    assertEquals(List.of(), m.rectificationItems());

    // MI-4.3: the key handover is reached: key control now cuts the client's door keys (KY-2.1), one unit at a time
    List<Key> first = fixture.cutDoorKeys(ACME, ROOM_1203);
    assertRejection(fixture.rejected(fixture.keyHandoverForm(id), fixture.serviceClerk), TenancyRejection.DoorKeysNotHandedOver.class,
        "MI_DOOR_KEYS_NOT_HANDED_OVER", "MI-4.3", List.of("1204"));
    List<Key> second = fixture.cutDoorKeys(ACME, ROOM_1204);
    m = fixture.accepted(fixture.keyHandoverForm(id), fixture.serviceClerk);
    assertEquals(MoveInState.KEYS_HANDED_OVER, m.state());
    assertEquals(List.of(new HeldKey(first.get(0).id().value(), ROOM_1203, KeyKind.DOOR), new HeldKey(second.get(0).id().value(), ROOM_1204,
        KeyKind.DOOR)), m.keyHandover().get().keys());
    assertTrue(m.clientFile().holds(ClientDocument.KEY_COLLECTION_RECORD), "the key collection record is filed (MI-6.3 e)");

    // MI-4.4: the initial reading confirmed with the client, Engineering told to record it
    m = fixture.accepted(fixture.confirmReading(id, "1520.5"), fixture.serviceClerk);
    assertEquals(MoveInState.UNIT_HANDED_OVER, m.state());
    assertEquals(new BigDecimal("1520.50"), m.confirmedReading().get().reading());
    assertEquals(List.of("ENGINEERING MI_METER_READING_TO_RECORD"), toldWhat(fixture.deliver()));
    AgendaItem toRecord = TenancyFixture.item(fixture.agendaOf(fixture.engineer, id.value()), "RECORD_METER_READING").orElseThrow();
    assertEquals(Clause.of("MI-4.4"), toRecord.clause());
    assertRejection(fixture.rejected(fixture.recordReading(id, "1502.50"), fixture.engineer), TenancyRejection.MeterReadingDiffers.class,
        "MI_METER_READING_DIFFERS", "MI-4.4", "E-1203", "1520.50", "E-1203", "1502.50");
    m = fixture.accepted(fixture.recordReading(id, "1520.50"), fixture.engineer);
    assertEquals(List.of(), fixture.agendaOf(fixture.engineer, id.value()), "Engineering owes nothing more");

    // MI-5.4: a question answered at any point; MI-5.1 to MI-5.3: the orientation item by item
    m = fixture.accepted(fixture.question(id), fixture.serviceClerk);
    assertEquals(1, m.questions().size());
    m = fixture.accepted(fixture.introduce(id, OrientationItem.DEPARTMENT_HEADS_AND_CONTACT_CARD), fixture.serviceClerk);
    assertRejection(fixture.rejected(fixture.introduce(id, OrientationItem.DEPARTMENT_HEADS_AND_CONTACT_CARD), fixture.serviceClerk),
        TenancyRejection.AlreadyIntroduced.class, "MI_ALREADY_INTRODUCED", "MI-5.1", OrientationItem.DEPARTMENT_HEADS_AND_CONTACT_CARD);
    m = fixture.accepted(fixture.introduce(id, OrientationItem.BUSINESS_CENTER_SERVICES), fixture.serviceClerk);
    m = fixture.accepted(fixture.introduce(id, OrientationItem.TRANSPORT), fixture.serviceClerk);
    // the move is arranged once every item was introduced: the missing ones are listed
    TenancyRejection.OrientationIncomplete incomplete = (TenancyRejection.OrientationIncomplete) fixture.rejected(
        fixture.bookMove(id, "2026-03-20T09:00", "2026-03-20T12:00"), fixture.serviceClerk);
    assertEquals(List.of(OrientationItem.HOSPITALS, OrientationItem.PUBLIC_SECURITY, OrientationItem.FIRE_SAFETY, OrientationItem.WASTE_DISPOSAL,
        OrientationItem.AIR_CONDITIONING, OrientationItem.ELEVATOR_USE), incomplete.missing());
    assertEquals(Clause.of("MI-5.3"), incomplete.clause());
    for (OrientationItem item : incomplete.missing()) {
      m = fixture.accepted(fixture.introduce(id, item), fixture.serviceClerk);
    }
    assertEquals(List.of(MoveInAction.ANSWER_QUESTION, MoveInAction.BOOK_MOVE, MoveInAction.INTRODUCE_RENOVATION_MANAGER,
        MoveInAction.FILE_DOCUMENT, MoveInAction.RECORD_CLIENT_CONTACTS), fixture.desk().availableActions(fixture.serviceClerk, TOWER, id).get());

    // MI-6.1: no secondary renovation: the move date agreed and the freight elevator booked
    m = fixture.accepted(fixture.bookMove(id, "2026-03-20T09:00", "2026-03-20T12:00"), fixture.serviceClerk);
    assertEquals(MoveInState.MOVE_BOOKED, m.state());
    assertEquals(local("2026-03-20T09:00"), m.move().get().startsAt());

    // MI-6.3: the client file is checked; the rejection lists everything missing, in the source's order
    TenancyRejection.ClientFileIncomplete missing = (TenancyRejection.ClientFileIncomplete) fixture.rejected(fixture.complete(id),
        fixture.serviceClerk);
    assertEquals(List.of(ClientDocument.ID_COPY, ClientDocument.COMPANY_REGISTRATION_COPY, ClientDocument.PROPERTY_TITLE_COPY,
        ClientDocument.CLIENT_CONTACTS, ClientDocument.LEASE_COPY), missing.missing());
    assertEquals("The move-in completes with a complete client file; 5 document(s) missing: identity document copy, company registration copy, "
        + "property title certificate copy, client contact details, lease copy.", missing.message(Messages.EN));
    m = fixture.fileComplete(m);
    m = fixture.accepted(fixture.complete(id), fixture.serviceClerk);
    assertEquals(MoveInState.COMPLETED, m.state());
    assertEquals(List.of(), m.clientFile().missing(io.bizcenter.core.tenancy.TenancyPolicy.defaults().requiredDocuments()));
    assertEquals(List.of(), fixture.agendaOf(fixture.serviceClerk, id.value()), "a completed move-in owes nothing");

    // GS-6: every step on the trail, with who, under which clause
    List<AuditEntry> trail = fixture.trail(id);
    assertEquals(m.version(), trail.size());
    assertEquals(List.of("MI-1.1", "MI-1.2", "MI-2.1", "MI-2.2", "MI-3.1", "MI-3.2", "MI-4.1", "MI-4.2", "MI-4.3", "MI-4.4"),
        trail.subList(0, 10).stream().map(e -> e.clause().id()).toList());
    assertEquals(Department.MANAGEMENT_OFFICE, trail.get(4).department());
    assertEquals("MI-6.3", trail.get(trail.size() - 1).clause().id());

    // MO-1.1: the lease is watched from now on
    RenewalVisit lease = fixture.leaseOf(m);
    assertEquals(RenewalVisitState.WATCHED, lease.state());
    assertEquals(LocalDate.of(2028, 2, 29), lease.visitDue());
    // MO-3.2: the Tenant Directory shows who occupies which unit since when
    TenantDirectory directory = fixture.desk().directory(fixture.serviceClerk, TOWER).get();
    assertEquals(List.of(ROOM_1203, ROOM_1204), directory.entries().stream().map(DirectoryEntry::unit).toList());
    DirectoryEntry unit = directory.unit(ROOM_1203).orElseThrow();
    assertEquals(ACME, unit.tenant());
    assertEquals(COMPANY, unit.company());
    assertEquals(m.keyHandover().get().signedAt(), unit.since());
    assertEquals(LEASE_EXPIRY, unit.leaseExpiry());
    assertEquals(MoveInState.COMPLETED, unit.moveInState());
    assertEquals(java.util.Optional.of(RenewalVisitState.WATCHED), unit.leaseState());
  }

  @Test
  @DisplayName("MI-1.1 a unit has one tenant at a time: a notice for a unit another move-in holds is refused naming it; another center's unit is another unit")
  void aUnitHasOneTenantAtATime() {
    MoveIn acme = fixture.noticed(ACME, ROOM_1203);

    assertRejection(fixture.rejected(fixture.notice(TenancyFixture.BETA, ROOM_1501, ROOM_1203), fixture.administration),
        TenancyRejection.UnitOccupied.class, "MI_UNIT_OCCUPIED", "MI-1.1", "1203", acme.id().value());

    // withdrawn before the key handover, the unit is free again
    fixture.accepted(fixture.withdraw(acme.id()), fixture.administration);
    MoveIn beta = fixture.accepted(fixture.notice(TenancyFixture.BETA, ROOM_1203), fixture.administration);
    assertEquals(MoveInState.NOTICE_RECEIVED, beta.state());
    assertEquals(List.of(), fixture.agendaOf(fixture.serviceClerk, acme.id().value()), "a withdrawn move-in owes nothing");
  }

  @Test
  @DisplayName("MI-1.1 MI-4.2 a move-in is withdrawn only before the equipment is accepted; after that the tenant may hold keys")
  void withdrawnOnlyBeforeTheKeyHandover() {
    MoveIn m = fixture.advance(fixture.noticed(ACME, ROOM_1203), MoveInState.EQUIPMENT_ACCEPTED);

    assertRejection(fixture.rejected(fixture.withdraw(m.id()), fixture.administration), io.bizcenter.core.kernel.Rejection.ActionNotAllowed.class,
        "ACTION_NOT_ALLOWED", "MI-4.2", MoveInState.EQUIPMENT_ACCEPTED, MoveInAction.WITHDRAW);
  }

  @Test
  @DisplayName("MI-2.2 the fee notice follows the center's charging standard, half-up to the fen")
  void theFeeNoticeFollowsTheStandard() {
    TenancyFixture cheaper = new TenancyFixture(c -> io.bizcenter.core.tenancy.TenancyPolicy.defaults()
        .withRate(io.bizcenter.core.kernel.PolicyVersion.of("fees-2027"), ChargeItem.MANAGEMENT_FEE, Money.yuan("18.35")));
    MoveIn m = cheaper.advance(cheaper.noticed(ACME, ROOM_1203), MoveInState.IDENTITY_VERIFIED);

    m = cheaper.accepted(new io.bizcenter.core.tenancy.MoveInCommand.SendFeeNotice(cheaper.freshCommandId(), TOWER, m.id(),
        List.of(io.bizcenter.core.tenancy.FeeLine.of(ChargeItem.MANAGEMENT_FEE, "120.25"))), cheaper.serviceClerk);

    // 18.35 × 120.25 = 2206.5875 → 2206.59
    assertEquals(yuan("2206.59"), m.feeNotice().get().total());
    assertEquals(io.bizcenter.core.kernel.PolicyVersion.of("fees-2027"), m.policy());
  }

  @Test
  @DisplayName("MI-3.1 the Management Agreement is signed on the template version in force")
  void theAgreementIsSignedOnTheTemplateInForce() {
    MoveIn m = fixture.advance(fixture.noticed(ACME, ROOM_1203), MoveInState.FEE_NOTICE_SENT);

    assertRejection(fixture.rejected(new io.bizcenter.core.tenancy.MoveInCommand.SignManagementAgreement(fixture.freshCommandId(), TOWER, m.id(),
            "MA-2025-3", "MA-1203-01", io.bizcenter.core.kernel.PersonName.of("王小明")), fixture.managementOffice),
        TenancyRejection.AgreementTemplateNotCurrent.class, "MI_AGREEMENT_TEMPLATE_NOT_CURRENT", "MI-3.1", "MA-2025-3", "MA-2026-1");
  }

  @Test
  @DisplayName("MI-2.1 the identity is verified against the original document, not a copy")
  void theOriginalDocument() {
    MoveIn m = fixture.advance(fixture.noticed(ACME, ROOM_1203), MoveInState.FORMS_PREPARED);

    assertRejection(fixture.rejected(new io.bizcenter.core.tenancy.MoveInCommand.VerifyIdentity(fixture.freshCommandId(), TOWER, m.id(),
            new io.bizcenter.core.tenancy.IdentityDocument(io.bizcenter.core.tenancy.IdentityDocumentKind.PASSPORT,
                io.bizcenter.core.kernel.IdentityNumber.of("E12345678"), io.bizcenter.core.kernel.PersonName.of("王小明"), false)),
            fixture.serviceClerk),
        TenancyRejection.OriginalDocumentRequired.class, "MI_ORIGINAL_DOCUMENT_REQUIRED", "MI-2.1",
        io.bizcenter.core.tenancy.IdentityDocumentKind.PASSPORT);
  }
}
