package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.kernel.FieldError.Problem.BLANK;
import static io.bizcenter.core.kernel.FieldError.Problem.CONTROL_CHARACTER;
import static io.bizcenter.core.kernel.FieldError.Problem.MALFORMED;
import static io.bizcenter.core.kernel.FieldError.Problem.MISSING;
import static io.bizcenter.core.kernel.FieldError.Problem.NOT_ALLOWED;
import static io.bizcenter.core.kernel.FieldError.Problem.TOO_LONG;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.contracts.ContractFixture.HARBOUR;
import static io.bizcenter.testkit.contracts.ContractFixture.TENANT;
import static io.bizcenter.testkit.contracts.ContractFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractCommand.Abandon;
import io.bizcenter.core.contracts.ContractCommand.BuildTenantFile;
import io.bizcenter.core.contracts.ContractCommand.ConfirmDelivery;
import io.bizcenter.core.contracts.ContractCommand.DraftContract;
import io.bizcenter.core.contracts.ContractCommand.DraftPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.FilePhotocopy;
import io.bizcenter.core.contracts.ContractCommand.Issue;
import io.bizcenter.core.contracts.ContractCommand.PrintContract;
import io.bizcenter.core.contracts.ContractCommand.RecordDeviation;
import io.bizcenter.core.contracts.ContractCommand.RecordPaymentNoticeSignedFor;
import io.bizcenter.core.contracts.ContractCommand.RecordTenantSignature;
import io.bizcenter.core.contracts.ContractCommand.ReturnForRevision;
import io.bizcenter.core.contracts.ContractCommand.ReturnPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.ReviewDeviation;
import io.bizcenter.core.contracts.ContractCommand.ReviewPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.Sign;
import io.bizcenter.core.contracts.ContractCommand.StampPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.WithdrawDeviation;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.testkit.Texts;
import io.bizcenter.testkit.check.StoreSnapshot;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Bad input to contract signing is refused with every field error, in zh-CN and en, and writes nothing (GS-1, GS-5)")
class ContractBadInputTest {
  private final ContractFixture fixture = new ContractFixture();

  static Stream<Arguments> stepsWithNothingFilledIn() {
    return Stream.of(
        Arguments.of("RecordDeviation", new RecordDeviation(null, null, null, null, null, null), List.of("topic", "templateClause", "wording")),
        Arguments.of("ReviewDeviation (a refusal)", new ReviewDeviation(null, null, null, 1, false, null), List.of("comment")),
        Arguments.of("WithdrawDeviation", new WithdrawDeviation(null, null, null, 1), List.of()),
        Arguments.of("PrintContract", new PrintContract(null, null, null), List.of()),
        Arguments.of("RecordTenantSignature", new RecordTenantSignature(null, null, null, null, true, null), List.of("signatory", "documents")),
        Arguments.of("Sign", new Sign(null, null, null, null), List.of("opinion")),
        Arguments.of("ReturnForRevision", new ReturnForRevision(null, null, null, null), List.of("comments")),
        Arguments.of("Issue", new Issue(null, null, null), List.of()),
        Arguments.of("ConfirmDelivery", new ConfirmDelivery(null, null, null), List.of()),
        Arguments.of("FilePhotocopy", new FilePhotocopy(null, null, null, null), List.of("reference")),
        Arguments.of("DraftPaymentNotice", new DraftPaymentNotice(null, null, null, 3, null), List.of("dueOn")),
        Arguments.of("ReviewPaymentNotice", new ReviewPaymentNotice(null, null, null), List.of()),
        Arguments.of("ReturnPaymentNotice", new ReturnPaymentNotice(null, null, null, null), List.of("comments")),
        Arguments.of("StampPaymentNotice", new StampPaymentNotice(null, null, null), List.of()),
        Arguments.of("RecordPaymentNoticeSignedFor", new RecordPaymentNoticeSignedFor(null, null, null, null), List.of("signedBy")),
        Arguments.of("BuildTenantFile", new BuildTenantFile(null, null, null, null), List.of("reference")),
        Arguments.of("Abandon", new Abandon(null, null, null, null), List.of("reason")));
  }

  @ParameterizedTest(name = "GS-1: {0} with nothing filled in")
  @MethodSource("stepsWithNothingFilledIn")
  @DisplayName("GS-1: every step's command with nothing filled in lists its command id, center, contract id and own fields")
  void everyStepListsEveryMissingField(String step, ContractCommand command, List<String> ownFields) {
    Map<String, Problem> errors = fixture.fieldErrors(command, fixture.operations);

    assertEquals(Stream.concat(Stream.of("commandId", "center", "contractId"), ownFields.stream()).collect(Collectors.toSet()), errors.keySet());
    errors.values().forEach(problem -> assertEquals(MISSING, problem));
  }

  @Test
  @DisplayName("GS-1: the list above covers every command on a contract")
  void everyCommandIsCovered() {
    assertEquals(Arrays.stream(ContractCommand.OnContract.class.getPermittedSubclasses()).collect(Collectors.toSet()),
        stepsWithNothingFilledIn().map(a -> a.get()[1].getClass()).collect(Collectors.toSet()));
  }

  @Test
  @DisplayName("GS-1, CS-0.1, CS-1.1: a draft with nothing filled in lists every field, and no contract appears in any center")
  void anEmptyDraft() {
    Map<String, Problem> errors = fixture.fieldErrors(new DraftContract(null, null, null, null, null, null, null, null), fixture.operations);

    assertEquals(Map.of("commandId", MISSING, "center", MISSING, "type", MISSING, "tenant", MISSING, "tenantType", MISSING, "terms", MISSING), errors);
    assertEquals(List.of(), fixture.storage.contracts().all(TOWER));
    assertEquals(List.of(), fixture.storage.contracts().all(HARBOUR));
  }

  @Test
  @DisplayName("GS-1, CS-1.1: terms wrong in every field: blank subject, end before start, a negative charge, a deposit beyond any contract")
  void termsWrongInEveryField() {
    Terms terms = new Terms(" \t", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31), Money.yuan("-0.01"), Money.yuan("1000000000000.00"));

    Map<String, Problem> errors = fixture.fieldErrors(
        new DraftContract(fixture.freshCommandId(), TOWER, ContractType.LEASE, TENANT, TenantType.COMPANY, terms, null, null), fixture.operations);

    assertEquals(Map.of("terms.subject", BLANK, "terms.end", MALFORMED, "terms.monthlyCharge", NOT_ALLOWED, "terms.deposit", NOT_ALLOWED), errors);
  }

  @Test
  @DisplayName("GS-1, CS-5.1: a parking or phone-line agreement names its lease; a lease names none, and only a lease renews one")
  void leaseLinks() {
    Terms terms = ContractFixture.parkingTerms();
    assertEquals(Map.of("lease", MISSING), fixture.fieldErrors(
        new DraftContract(fixture.freshCommandId(), TOWER, ContractType.PARKING, TENANT, TenantType.COMPANY, terms, null, null), fixture.operations));
    assertEquals(Map.of("lease", MISSING, "renewalOf", NOT_ALLOWED), fixture.fieldErrors(new DraftContract(fixture.freshCommandId(), TOWER,
        ContractType.PHONE_LINE_TRANSFER, TENANT, TenantType.COMPANY, terms, null, ContractId.of("K-1")), fixture.operations));
    assertEquals(Map.of("lease", NOT_ALLOWED), fixture.fieldErrors(new DraftContract(fixture.freshCommandId(), TOWER, ContractType.LEASE, TENANT,
        TenantType.COMPANY, terms, ContractId.of("K-1"), null), fixture.operations));
    assertEquals(Map.of("tenant", TOO_LONG, "lease", TOO_LONG), fixture.fieldErrors(new DraftContract(fixture.freshCommandId(), TOWER,
        ContractType.PARKING, TenantId.of(Texts.ofLength(65)), TenantType.COMPANY, terms, ContractId.of(Texts.ofLength(65)), null), fixture.operations));
  }

  @Test
  @DisplayName("GS-1, CS-2.1: the tenant's signatory needs a name, an ID or passport number of letters and digits, and a capacity; documents have no holes")
  void aSignatoryWithHoles() {
    ContractId id = printed();
    RecordTenantSignature holes = new RecordTenantSignature(fixture.freshCommandId(), TOWER, id,
        new Signatory(PersonName.of("  "), IdentityNumber.of("E12 345/678"), null), true, Arrays.asList(SupportingDocument.BUSINESS_LICENCE_COPY, null));

    assertEquals(Map.of("signatory.name", BLANK, "signatory.identity", MALFORMED, "signatory.capacity", MISSING, "documents", MISSING),
        fixture.fieldErrors(holes, fixture.operations));
    RecordTenantSignature noIdentity = new RecordTenantSignature(fixture.freshCommandId(), TOWER, id,
        new Signatory(PersonName.of("欧阳\u0007娜娜"), null, Signatory.Capacity.REPRESENTATIVE), true, List.of());
    assertEquals(Map.of("signatory.name", CONTROL_CHARACTER, "signatory.identity", MISSING), fixture.fieldErrors(noIdentity, fixture.operations));
  }

  @ParameterizedTest(name = "GS-1: months {0}")
  @ValueSource(ints = {-1, 0, 13})
  @DisplayName("GS-1, CS-5.1: a payment notice asks one to twelve months")
  void monthsOfAPaymentNotice(int months) {
    assertEquals(Map.of("months", NOT_ALLOWED),
        fixture.fieldErrors(new DraftPaymentNotice(fixture.freshCommandId(), TOWER, ContractId.of("K-1"), months, LocalDate.of(2026, 4, 1)), fixture.operations));
  }

  @Test
  @DisplayName("GS-1, CS-1.1, CS-3.1: a deviation is numbered from 1; a refusal says why; an opinion is one plain text of at most 1000 characters")
  void numbersAndTexts() {
    ContractId id = ContractId.of("K-1");
    assertEquals(Map.of("deviation", MALFORMED), fixture.fieldErrors(new WithdrawDeviation(fixture.freshCommandId(), TOWER, id, 0), fixture.operations));
    assertEquals(Map.of("deviation", MALFORMED, "comment", BLANK),
        fixture.fieldErrors(new ReviewDeviation(fixture.freshCommandId(), TOWER, id, -2, false, " "), fixture.legal));
    assertEquals(Map.of("opinion", TOO_LONG), fixture.fieldErrors(new Sign(fixture.freshCommandId(), TOWER, id, Texts.ofLength(1001)), fixture.audit));
    assertEquals(Map.of("opinion", CONTROL_CHARACTER), fixture.fieldErrors(new Sign(fixture.freshCommandId(), TOWER, id, "同意\u0000"), fixture.audit));
    assertEquals(Map.of("contractId", BLANK), fixture.fieldErrors(new Issue(fixture.freshCommandId(), TOWER, ContractId.of("")), fixture.generalOffice));
  }

  @Test
  @DisplayName("GS-5: another center's contract is answered exactly as an unknown id, by a command, find, available actions and the trail")
  void anotherCentersContractIsUnknown() {
    Contract tower = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    Actor harbour = fixture.harbourOperations;

    Rejection viaTower = fixture.rejected(fixture.print(tower.id()), harbour);
    Rejection viaHarbour = fixture.rejected(new PrintContract(fixture.freshCommandId(), HARBOUR, tower.id()), harbour);
    Rejection unknown = fixture.rejected(new PrintContract(fixture.freshCommandId(), HARBOUR, ContractId.of("K-404")), harbour);

    assertRejection(viaTower, Rejection.CaseNotFound.class, "CASE_NOT_FOUND", "GS-1", tower.id().value());
    assertEquals(viaTower, viaHarbour);
    assertEquals(new Rejection.CaseNotFound("contracts", "K-404"), unknown);
    assertEquals(Either.left(viaTower), fixture.desk().find(harbour, TOWER, tower.id()));
    assertEquals(Either.left(viaTower), fixture.desk().availableActions(harbour, TOWER, tower.id()));
    assertEquals(Either.left(viaTower), fixture.desk().trail(harbour, TOWER, tower.id()));
    assertEquals(Either.left(viaTower), fixture.desk().related(harbour, TOWER, tower.id()));
    assertEquals(Either.left(viaTower), fixture.desk().find(harbour, HARBOUR, tower.id()));
    assertEquals(List.of(), fixture.storage.contracts().all(HARBOUR));
  }

  @Test
  @DisplayName("GS-5: a contract is opened only in a center the clerk works for")
  void openedOnlyInYourCenter() {
    DraftContract inTheTower = fixture.draftLease(TenantType.COMPANY);

    assertRejection(fixture.rejected(inTheTower, fixture.harbourOperations), Rejection.NotInYourCenter.class, "NOT_IN_YOUR_CENTER", "GS-5",
        TOWER.value());
    assertRejection(fixture.rejected(fixture.draftLease(TenantType.COMPANY), fixture.finance), Rejection.ActorNotPermitted.class,
        "ACTOR_NOT_PERMITTED", "CS-1.1", io.bizcenter.core.contracts.ContractAction.DRAFT_CONTRACT, fixture.finance.role(), fixture.finance.department());
  }

  @Test
  @DisplayName("GS-2: a command sent again returns its first answer and writes nothing; its id used for another command is refused")
  void resentCommands() {
    DraftContract draft = fixture.draftLease(TenantType.COMPANY);
    Contract first = fixture.accepted(draft, fixture.operations);
    Contract signedOff = fixture.accepted(fixture.print(first.id()), fixture.operations);

    StoreSnapshot before = fixture.snapshot();
    assertEquals(Either.right(first), fixture.send(draft, fixture.operations));
    assertEquals(before, fixture.snapshot());

    Rejection reused = fixture.rejected(new PrintContract(draft.commandId(), TOWER, first.id()), fixture.operations);
    assertRejection(reused, Rejection.CommandIdReused.class, "COMMAND_ID_REUSED", "GS-2", draft.commandId().value());
    assertEquals(signedOff, fixture.stored(first.id()));
  }

  @Test
  @DisplayName("GS-1: nulls everywhere, an actor with holes: refused, never an exception")
  void nullsEverywhere() {
    assertEquals(Map.of("command", MISSING), fixture.fieldErrors(null, fixture.operations));
    assertEquals(Map.of("actor", MISSING), fixture.fieldErrors(fixture.print(ContractId.of("K-1")), null));
    assertEquals(Map.of("actor.staff", MISSING, "actor.role", MISSING, "actor.department", MISSING, "actor.centers", MISSING),
        fixture.fieldErrors(fixture.print(ContractId.of("K-1")), new Actor(null, null, null, null)));
    assertEquals(Map.of("commandId", BLANK), fixture.fieldErrors(new Issue(CommandId.of(" "), TOWER, ContractId.of("K-1")), fixture.generalOffice));
  }

  private ContractId printed() {
    Contract c = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    fixture.accepted(fixture.print(c.id()), fixture.operations);
    return c.id();
  }
}
