package io.bizcenter.testkit.tenancy;

import static io.bizcenter.core.kernel.FieldError.Problem.BLANK;
import static io.bizcenter.core.kernel.FieldError.Problem.CONTROL_CHARACTER;
import static io.bizcenter.core.kernel.FieldError.Problem.MALFORMED;
import static io.bizcenter.core.kernel.FieldError.Problem.MISSING;
import static io.bizcenter.core.kernel.FieldError.Problem.NOT_ALLOWED;
import static io.bizcenter.core.kernel.FieldError.Problem.TOO_LONG;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.COMPANY;
import static io.bizcenter.testkit.tenancy.TenancyFixture.HARBOUR;
import static io.bizcenter.testkit.tenancy.TenancyFixture.LEASE_EXPIRY;
import static io.bizcenter.testkit.tenancy.TenancyFixture.LEASE_START;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.ClientContact;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.FeeLine;
import io.bizcenter.core.tenancy.IdentityDocument;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.ItemCondition;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.testkit.Texts;
import io.bizcenter.testkit.check.StoreSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Bad tenancy commands are refused with every field error, in zh-CN and en, and write nothing (GS-1, GS-5, MI-1.1, MO-1.1)")
class TenancyBadInputTest {
  private final TenancyFixture fixture = new TenancyFixture();

  static Stream<Arguments> commandsWithNothingFilledIn() {
    MoveInId none = null;
    return Stream.of(
        Arguments.of(new MoveInCommand.ReceiveMoveInNotice(null, null, null, null, null, null, null, null),
            List.of("tenant", "company", "units", "leaseStart", "leaseExpiry", "noticeReference")),
        Arguments.of(new MoveInCommand.PrepareForms(null, null, none), List.of("moveInId")),
        Arguments.of(new MoveInCommand.VerifyIdentity(null, null, none, null), List.of("moveInId", "document")),
        Arguments.of(new MoveInCommand.SendFeeNotice(null, null, none, null), List.of("moveInId", "lines")),
        Arguments.of(new MoveInCommand.SignManagementAgreement(null, null, none, null, null, null),
            List.of("moveInId", "templateVersion", "agreementNumber", "signatory")),
        Arguments.of(new MoveInCommand.DeliverHandbookAndGuide(null, null, none, null), List.of("moveInId", "receivedBy")),
        Arguments.of(new MoveInCommand.InspectUnit(null, null, none, null), List.of("moveInId")),
        Arguments.of(new MoveInCommand.AcceptEquipment(null, null, none, null, null), List.of("moveInId", "equipment", "rectificationComments")),
        Arguments.of(new MoveInCommand.SignKeyHandoverForm(null, null, none), List.of("moveInId")),
        Arguments.of(new MoveInCommand.ConfirmMeterReading(null, null, none, null, null), List.of("moveInId", "meter", "reading")),
        Arguments.of(new MoveInCommand.RecordMeterReading(null, null, none, null, null), List.of("moveInId", "meter", "reading")),
        Arguments.of(new MoveInCommand.CloseRectificationItem(null, null, none, null, null), List.of("moveInId", "item", "resolution")),
        Arguments.of(new MoveInCommand.Introduce(null, null, none, null, null), List.of("moveInId", "item")),
        Arguments.of(new MoveInCommand.AnswerQuestion(null, null, none, null, null), List.of("moveInId", "question", "answer")),
        Arguments.of(new MoveInCommand.BookMove(null, null, none, null, null, null), List.of("moveInId", "elevator", "startsAt", "endsAt")),
        Arguments.of(new MoveInCommand.IntroduceRenovationManager(null, null, none, null, null), List.of("moveInId", "application", "manager")),
        Arguments.of(new MoveInCommand.HoldFirstRenovationMeeting(null, null, none, null), List.of("moveInId")),
        Arguments.of(new MoveInCommand.FileDocument(null, null, none, null, null), List.of("moveInId", "kind", "reference")),
        Arguments.of(new MoveInCommand.RecordClientContacts(null, null, none, null), List.of("moveInId", "contacts")),
        Arguments.of(new MoveInCommand.CompleteMoveIn(null, null, none), List.of("moveInId")),
        Arguments.of(new MoveInCommand.WithdrawMoveIn(null, null, none, null), List.of("moveInId", "reason")),
        Arguments.of(new RenewalVisitCommand.WatchLease(null, null, null), List.of("moveIn")),
        Arguments.of(new RenewalVisitCommand.RecordIntent(null, null, null, null, null), List.of("leaseId", "intent")),
        Arguments.of(new RenewalVisitCommand.RecordNewTerm(null, null, null, null, null), List.of("leaseId", "expiry", "contract")),
        Arguments.of(new MoveOutCommand.OpenMoveOut(null, null, null, null), List.of("moveIn")),
        Arguments.of(new MoveOutCommand.TakeJointInventory(null, null, null, null, null), List.of("moveOutId", "engineer", "lines")),
        Arguments.of(new MoveOutCommand.RecordMeterReading(null, null, null, null, null), List.of("moveOutId", "meter", "reading")),
        Arguments.of(new MoveOutCommand.AssessDamage(null, null, null, null), List.of("moveOutId", "compensations")),
        Arguments.of(new MoveOutCommand.Vacate(null, null, null), List.of("moveOutId")),
        Arguments.of(new MoveOutCommand.ArchiveClientFile(null, null, null, null), List.of("moveOutId", "archive")),
        Arguments.of(new MoveOutCommand.UpdateDirectoryAndNameplate(null, null, null, null), List.of("moveOutId")));
  }

  @ParameterizedTest(name = "GS-1 {0}")
  @MethodSource("commandsWithNothingFilledIn")
  @DisplayName("GS-1 MI-1.1 MO-1.1: a command with nothing filled in lists every missing field, command id and center included")
  void nothingFilledIn(Object command, List<String> fields) {
    Map<String, Problem> errors = fixture.fieldErrors(command, fixture.serviceClerk);

    List<String> expected = new ArrayList<>(List.of("commandId", "center"));
    expected.addAll(fields);
    assertEquals(expected, List.copyOf(errors.keySet()));
    errors.values().forEach(p -> assertEquals(MISSING, p));
  }

  @Test
  @DisplayName("GS-1: no command, no actor, or an actor with holes: each missing part is listed")
  void missingCommandOrActor() {
    assertEquals(Map.of("command", MISSING), fixture.fieldErrors(null, fixture.serviceClerk));
    assertEquals(Map.of("actor", MISSING), fixture.fieldErrors(fixture.notice(ACME, ROOM_1203), null));
    assertEquals(Map.of("actor.staff", MISSING, "actor.role", MISSING, "actor.department", MISSING, "actor.centers", MISSING),
        fixture.fieldErrors(fixture.notice(ACME, ROOM_1203), new Actor(null, null, null, null)));
  }

  @Test
  @DisplayName("GS-1 MI-1.1: a notice's fields: blank, too long, control characters, repeated units, a lease ending before it starts")
  void aBadNotice() {
    CommandId id = fixture.freshCommandId();
    assertEquals(Map.of("tenant", BLANK, "company", TOO_LONG, "units", NOT_ALLOWED, "leaseExpiry", NOT_ALLOWED, "noticeReference",
            CONTROL_CHARACTER),
        fixture.fieldErrors(new MoveInCommand.ReceiveMoveInNotice(id, TOWER, TenantId.of(" "), Texts.ofLength(101), List.of(ROOM_1203, ROOM_1203),
            LEASE_START, LEASE_START, "行政\u0007031"), fixture.serviceClerk));
    assertEquals(Map.of("units", TOO_LONG, "leaseStart", MALFORMED),
        fixture.fieldErrors(new MoveInCommand.ReceiveMoveInNotice(fixture.freshCommandId(), TOWER, ACME, COMPANY,
            Stream.iterate(1, i -> i + 1).limit(21).map(i -> RoomId.of("R" + i)).toList(), LocalDate.of(1999, 12, 31), LEASE_EXPIRY, "n-1"),
            fixture.serviceClerk));
    assertEquals(Map.of("units", MISSING), fixture.fieldErrors(new MoveInCommand.ReceiveMoveInNotice(fixture.freshCommandId(), TOWER, ACME,
        COMPANY, Arrays.asList(ROOM_1203, null), LEASE_START, LEASE_EXPIRY, "n-1"), fixture.serviceClerk));
    assertEquals(Map.of("units", TOO_LONG), fixture.fieldErrors(new MoveInCommand.ReceiveMoveInNotice(fixture.freshCommandId(), TOWER, ACME,
        COMPANY, List.of(RoomId.of(Texts.ofLength(33))), LEASE_START, LEASE_EXPIRY, "n-1"), fixture.serviceClerk));
    // the longest allowed values are fine
    assertTrue(fixture.send(new MoveInCommand.ReceiveMoveInNotice(fixture.freshCommandId(), TOWER, TenantId.of(Texts.ofLength(64)),
        Texts.ofLength(100), List.of(RoomId.of(Texts.ofLength(32))), LEASE_START, LEASE_EXPIRY, Texts.ofLength(64)), fixture.serviceClerk).isRight());
  }

  @Test
  @DisplayName("GS-1 MI-2.1 MI-2.2 MI-4.4 MI-6.1 MI-6.3: malformed documents, quantities, readings, slots, contacts and file kinds")
  void badFieldsOfTheSteps() {
    MoveInId id = MoveInId.of("T-1");
    assertEquals(Map.of("document.kind", MISSING, "document.number", MALFORMED, "document.holder", BLANK),
        fixture.fieldErrors(new MoveInCommand.VerifyIdentity(fixture.freshCommandId(), TOWER, id,
            new IdentityDocument(null, IdentityNumber.of("31-01 99"), PersonName.of(" "), true)), fixture.serviceClerk));
    assertEquals(Map.of("lines.quantity", NOT_ALLOWED), fixture.fieldErrors(new MoveInCommand.SendFeeNotice(fixture.freshCommandId(), TOWER, id,
        List.of(FeeLine.of(ChargeItem.MANAGEMENT_FEE, "10.125"))), fixture.serviceClerk));
    assertEquals(Map.of("lines.quantity", NOT_ALLOWED), fixture.fieldErrors(new MoveInCommand.SendFeeNotice(fixture.freshCommandId(), TOWER, id,
        List.of(FeeLine.of(ChargeItem.MANAGEMENT_FEE, "0"))), fixture.serviceClerk));
    assertEquals(Map.of("lines.item", NOT_ALLOWED), fixture.fieldErrors(new MoveInCommand.SendFeeNotice(fixture.freshCommandId(), TOWER, id,
        List.of(FeeLine.of(ChargeItem.UTILITY_DEPOSIT, "1"), FeeLine.of(ChargeItem.UTILITY_DEPOSIT, "2"))), fixture.serviceClerk));
    assertEquals(Map.of("lines", BLANK), fixture.fieldErrors(new MoveInCommand.SendFeeNotice(fixture.freshCommandId(), TOWER, id, List.of()),
        fixture.serviceClerk));
    assertEquals(Map.of("reading", NOT_ALLOWED), fixture.fieldErrors(new MoveInCommand.ConfirmMeterReading(fixture.freshCommandId(), TOWER, id,
        "E-1", new BigDecimal("-1")), fixture.serviceClerk));
    assertEquals(Map.of("endsAt", NOT_ALLOWED), fixture.fieldErrors(new MoveInCommand.BookMove(fixture.freshCommandId(), TOWER, id, "F1",
        local("2026-04-01T09:00"), local("2026-04-02T09:01")), fixture.serviceClerk));
    assertEquals(Map.of("startsAt", MALFORMED), fixture.fieldErrors(new MoveInCommand.BookMove(fixture.freshCommandId(), TOWER, id, "F1",
        local("2026-04-01T09:00").plusSeconds(30), local("2026-04-01T12:00")), fixture.serviceClerk));
    assertEquals(Map.of("kind", NOT_ALLOWED), fixture.fieldErrors(fixture.file(id, ClientDocument.MANAGEMENT_AGREEMENT), fixture.serviceClerk));
    assertEquals(Map.of("contacts.phone", MALFORMED), fixture.fieldErrors(new MoveInCommand.RecordClientContacts(fixture.freshCommandId(), TOWER,
        id, List.of(new ClientContact(PersonName.of("王小明"), PhoneNumber.of("call me"), "经理"))), fixture.serviceClerk));
    assertEquals(Map.of("equipment", NOT_ALLOWED), fixture.fieldErrors(new MoveInCommand.AcceptEquipment(fixture.freshCommandId(), TOWER, id,
        List.of("空调", "空调"), List.of()), fixture.serviceClerk));
    assertEquals(Map.of("compensations.amount", NOT_ALLOWED), fixture.fieldErrors(new MoveOutCommand.AssessDamage(fixture.freshCommandId(), TOWER,
        MoveOutId.of("T-2"), List.of(new Compensation("窗帘", Money.yuan("-1.00")))), fixture.serviceClerk));
    assertEquals(Map.of("lines.item", NOT_ALLOWED), fixture.fieldErrors(new MoveOutCommand.TakeJointInventory(fixture.freshCommandId(), TOWER,
        MoveOutId.of("T-2"), StaffId.of("en-1"), List.of(new InventoryLine("窗帘", ItemCondition.INTACT, null),
            new InventoryLine("窗帘", ItemCondition.MISSING, null))), fixture.serviceClerk));
    assertEquals(Map.of("expiry", MALFORMED), fixture.fieldErrors(new RenewalVisitCommand.RecordNewTerm(fixture.freshCommandId(), TOWER,
        RenewalVisitId.of("T-3"), LocalDate.of(2200, 1, 1), "c-1"), fixture.serviceClerk));
  }

  @Test
  @DisplayName("GS-1: an unknown case is answered as unknown, whatever its kind")
  void unknownCases() {
    assertEquals(new Rejection.CaseNotFound("move-ins", "T-404"), fixture.rejected(fixture.prepareForms(MoveInId.of("T-404")), fixture.serviceClerk));
    assertEquals(new Rejection.CaseNotFound("renewal-visits", "T-404"),
        fixture.rejected(fixture.intent(RenewalVisitId.of("T-404"), io.bizcenter.core.tenancy.ClientIntent.LEAVE), fixture.serviceClerk));
    assertEquals(new Rejection.CaseNotFound("move-outs", "T-404"), fixture.rejected(fixture.vacate(MoveOutId.of("T-404")), fixture.serviceClerk));
  }

  @Test
  @DisplayName("GS-5 GS-1: another center's case is answered as an unknown id, to its own staff as to anyone; nothing is written")
  void anotherCentersCaseIsUnknown() {
    MoveIn m = fixture.movedIn(ACME, ROOM_1203);
    MoveOut out = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);

    // a harbour clerk naming the tower's cases, in the tower or in its own center
    assertEquals(new Rejection.CaseNotFound("move-ins", m.id().value()), fixture.rejected(fixture.question(m.id()), fixture.harbourClerk));
    assertEquals(new Rejection.CaseNotFound("move-ins", m.id().value()), fixture.rejected(
        new MoveInCommand.AnswerQuestion(fixture.freshCommandId(), HARBOUR, m.id(), "问", "答"), fixture.harbourClerk));
    assertEquals(new Rejection.CaseNotFound("move-outs", out.id().value()), fixture.rejected(
        new MoveOutCommand.Vacate(fixture.freshCommandId(), HARBOUR, out.id()), fixture.harbourClerk));
    assertEquals(new Rejection.CaseNotFound("move-ins", m.id().value()), fixture.rejected(
        new MoveOutCommand.OpenMoveOut(fixture.freshCommandId(), HARBOUR, m.id(), null), fixture.harbourClerk));
    assertEquals(new Rejection.NotInYourCenter(TOWER), fixture.rejected(fixture.notice(ACME, RoomId.of("1801")), fixture.harbourClerk));
    // the questions answer nothing either
    assertEquals(new Rejection.CaseNotFound("move-ins", m.id().value()), fixture.desk().find(fixture.harbourClerk, TOWER, m.id()).getLeft());
    assertEquals(new Rejection.CaseNotFound("move-ins", m.id().value()), fixture.desk().find(fixture.harbourClerk, HARBOUR, m.id()).getLeft());
    assertEquals(new Rejection.NotInYourCenter(TOWER), fixture.desk().directory(fixture.harbourClerk, TOWER).getLeft());
    assertEquals(List.of(), fixture.desk().directory(fixture.harbourClerk, HARBOUR).get().entries());
  }

  @Test
  @DisplayName("GS-5: each step is for its department: a wrong department is refused naming the step, role and department")
  void wrongDepartment() {
    MoveIn m = fixture.noticed(ACME, ROOM_1203);

    assertRejection(fixture.rejected(fixture.prepareForms(m.id()), fixture.engineer), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED",
        "MI-1.2", MoveInAction.PREPARE_FORMS, Role.STAFF, Department.ENGINEERING);
    assertRejection(fixture.rejected(fixture.notice(TenantId.of("T-x"), RoomId.of("0901")), fixture.guard), Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "MI-1.1", MoveInAction.RECEIVE_MOVE_IN_NOTICE, Role.STAFF, Department.SECURITY);
    assertRejection(fixture.rejected(fixture.complete(m.id()), fixture.serviceClerk), Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED",
        "MI-1.1", MoveInState.NOTICE_RECEIVED, MoveInAction.COMPLETE);
  }

  @Test
  @DisplayName("GS-2: a command sent again returns its first answer and writes nothing; a command id used for another command is refused")
  void repeatsAndReusedIds() {
    MoveInCommand.ReceiveMoveInNotice notice = fixture.notice(ACME, ROOM_1203);
    MoveIn first = fixture.accepted(notice, fixture.serviceClerk);
    MoveIn prepared = fixture.accepted(fixture.prepareForms(first.id()), fixture.serviceClerk);

    StoreSnapshot before = fixture.snapshot();
    assertEquals(first, fixture.send(notice, fixture.serviceClerk).get(), "the first answer, not the case as it stands");
    assertEquals(before, fixture.snapshot());
    assertEquals(new Rejection.CommandIdReused(notice.commandId()), fixture.rejected(new MoveInCommand.InspectUnit(notice.commandId(), TOWER,
        prepared.id(), null), fixture.serviceClerk));
  }

  @Test
  @DisplayName("GS-1: hostile text never crashes: it is refused or kept as sent")
  void hostileText() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    MoveIn m = fixture.noticed(ACME, ROOM_1203);
    for (int i = 0; i < 200; i++) {
      String text = Texts.any(random, 1200);
      var answer = fixture.send(new MoveInCommand.AnswerQuestion(fixture.freshCommandId(), TOWER, m.id(), text, text), fixture.serviceClerk);
      answer.peek(after -> assertEquals(text, after.questions().get(after.questions().size() - 1).question()));
      answer.peekLeft(rejection -> assertEquals("INVALID_INPUT", rejection.code()));
    }
  }
}
