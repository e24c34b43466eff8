package io.bizcenter.testkit.complaints;

import static io.bizcenter.core.kernel.FieldError.Problem.BLANK;
import static io.bizcenter.core.kernel.FieldError.Problem.CONTROL_CHARACTER;
import static io.bizcenter.core.kernel.FieldError.Problem.MALFORMED;
import static io.bizcenter.core.kernel.FieldError.Problem.MISSING;
import static io.bizcenter.core.kernel.FieldError.Problem.TOO_LONG;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.complaints.ComplaintFixture.COMPANY;
import static io.bizcenter.testkit.complaints.ComplaintFixture.COMPLAINANT_NAME;
import static io.bizcenter.testkit.complaints.ComplaintFixture.COMPLAINANT_PHONE;
import static io.bizcenter.testkit.complaints.ComplaintFixture.HARBOUR;
import static io.bizcenter.testkit.complaints.ComplaintFixture.PHONE_CONTENT;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
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
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Handler;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.testkit.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Bad input is refused with every field error, in zh-CN and en, and writes nothing (GS-1, GS-5)")
class ComplaintBadInputTest {
  private static final String EMOJI = "😀";
  private final ComplaintFixture fixture = new ComplaintFixture();

  @Test
  @DisplayName("GS-1: no command, no actor, or both: each missing one is listed")
  void missingCommandOrActor() {
    assertEquals(Map.of("command", MISSING), fixture.fieldErrors(null, fixture.operations));
    assertEquals(Map.of("actor", MISSING), fixture.fieldErrors(fixture.phoneComplaint(), null));
    assertEquals(Map.of("command", MISSING, "actor", MISSING), fixture.fieldErrors(null, null));
  }

  @Test
  @DisplayName("GS-1: an actor without staff id, role, department or centers is refused, each hole listed")
  void actorWithHoles() {
    Actor hollow = new Actor(null, null, null, null);

    assertEquals(Map.of("actor.staff", MISSING, "actor.role", MISSING, "actor.department", MISSING, "actor.centers", MISSING),
        fixture.fieldErrors(fixture.phoneComplaint(), hollow));
  }

  @Test
  @DisplayName("GS-1, CP-2.1: a letter complaint wrong in every field lists every field, and no case appears in any center")
  void everyFieldOfAnOpeningAtOnce() {
    Complainant nobody = new Complainant(null, "  ", PhoneNumber.of("call me"));
    RecordLetterComplaint command =
        new RecordLetterComplaint(null, null, nobody, Texts.ofLength(ComplaintCommand.CONTENT + 1), "L".repeat(ComplaintCommand.REFERENCE + 1));

    Map<String, Problem> errors = fixture.fieldErrors(command, fixture.operations);

    assertEquals(Map.of("commandId", MISSING, "center", MISSING, "complainant.name", MISSING, "complainant.company", BLANK,
        "complainant.phone", MALFORMED, "content", TOO_LONG, "letter", TOO_LONG), errors);
    assertEquals(List.of(), fixture.storage.complaints().all(TOWER));
    assertEquals(List.of(), fixture.storage.complaints().all(HARBOUR));
  }

  @Test
  @DisplayName("GS-1, CP-1.1: no complainant at all, and no content")
  void noComplainant() {
    assertEquals(Map.of("complainant", MISSING, "content", BLANK),
        fixture.fieldErrors(new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, null, " \n\t "), fixture.operations));
  }

  static Stream<Arguments> stepsWithNothingFilledIn() {
    return Stream.of(
        Arguments.of("Triage", new Triage(null, null, null, null), List.of("remit")),
        Arguments.of("TellFix", new TellFix(null, null, null, null), List.of("fix")),
        Arguments.of("RecordFixed", new RecordFixed(null, null, null, null), List.of("note")),
        Arguments.of("Apologise in writing", new Apologise(null, null, null, true, null), List.of("reply")),
        Arguments.of("ArchiveLetterAndReply", new ArchiveLetterAndReply(null, null, null, null), List.of("archive")),
        Arguments.of("AssureCaller", new AssureCaller(null, null, null), List.of()),
        Arguments.of("ForwardToDepartment", new ForwardToDepartment(null, null, null, null), List.of("department")),
        Arguments.of("RecordPlan", new RecordPlan(null, null, null, null, null), List.of("plan", "handler")),
        Arguments.of("InformComplainant", new InformComplainant(null, null, null), List.of()),
        Arguments.of("FollowUp", new FollowUp(null, null, null, true, null), List.of("note")),
        Arguments.of("VisitCompany", new VisitCompany(null, null, null, null), List.of("findings")),
        Arguments.of("ContactDepartments", new ContactDepartments(null, null, null, null), List.of("departments")),
        Arguments.of("ReportToGeneralOffice", new ReportToGeneralOffice(null, null, null, null), List.of("summary")),
        Arguments.of("RecordResolution", new RecordResolution(null, null, null, null), List.of("resolution")));
  }

  @ParameterizedTest(name = "GS-1: {0} with nothing filled in")
  @MethodSource("stepsWithNothingFilledIn")
  @DisplayName("GS-1: every step's command with nothing filled in lists its command id, center, complaint id and own fields")
  void everyStepListsEveryMissingField(String step, ComplaintCommand command, List<String> ownFields) {
    Map<String, Problem> errors = fixture.fieldErrors(command, fixture.operations);

    assertEquals(Stream.concat(Stream.of("commandId", "center", "complaintId"), ownFields.stream()).collect(Collectors.toSet()),
        errors.keySet());
    errors.values().forEach(problem -> assertEquals(MISSING, problem));
  }

  @ParameterizedTest(name = "GS-1: control character #{index} in single-line fields")
  @ValueSource(strings = {"\u0000", "\u0007", "\u001B[31m", "\n", "\t", "\r"})
  @DisplayName("GS-1, CP-2.1: a control character in a single-line field (name, company, phone, letter) is refused; newline and tab too")
  void controlCharactersInSingleLineFields(String control) {
    Complainant who = Complainant.of("欧阳" + control + "娜娜", "ACME" + control + "Ltd", "139" + control + "12345678");
    RecordLetterComplaint command = new RecordLetterComplaint(fixture.freshCommandId(), TOWER, who, PHONE_CONTENT, "L-" + control + "1");

    assertEquals(Map.of("complainant.name", CONTROL_CHARACTER, "complainant.company", CONTROL_CHARACTER,
        "complainant.phone", CONTROL_CHARACTER, "letter", CONTROL_CHARACTER), fixture.fieldErrors(command, fixture.operations));
  }

  @ParameterizedTest(name = "GS-1: control character #{index} in multi-line text")
  @ValueSource(strings = {"\u0000", "\u0007", "\u001B"})
  @DisplayName("GS-1, CP-1.1, CP-1.2: a control character in multi-line text (content, fix) is refused")
  void controlCharactersInMultiLineText(String control) {
    RecordPhoneComplaint opening = new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, fixture.complainant(), "空调" + control + "不制冷");
    assertEquals(Map.of("content", CONTROL_CHARACTER), fixture.fieldErrors(opening, fixture.operations));

    Complaint within = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations), id -> fixture.triage(id, Remit.WITHIN));
    TellFix fix = new TellFix(fixture.freshCommandId(), TOWER, within.id(), "下午" + control + "检修");
    assertEquals(Map.of("fix", CONTROL_CHARACTER), fixture.fieldErrors(fix, fixture.operations));
  }

  @Test
  @DisplayName("GS-1, CP-1.1: newline, carriage return and tab are part of multi-line text, and are kept as sent")
  void newlineAndTabAreAllowedInMultiLineText() {
    String content = "第一行：空调不制冷\n\t第二行：已持续三天\r\n第三行";

    Complaint recorded = fixture.accepted(new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, fixture.complainant(), content),
        fixture.operations);

    assertEquals(content, fixture.stored(recorded.id()).content());
  }

  @ParameterizedTest(name = "GS-1: unpaired surrogate {index}")
  @ValueSource(strings = {"\uD800", "\uDC00x", "a\uD83D"})
  @DisplayName("GS-1, CP-1.1: a lone surrogate (text that cannot be stored as UTF-8) is malformed, in a name and in content")
  void loneSurrogates(String broken) {
    Complainant who = Complainant.of("欧阳" + broken, COMPANY, COMPLAINANT_PHONE);

    assertEquals(Map.of("complainant.name", MALFORMED, "content", MALFORMED),
        fixture.fieldErrors(new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, who, "空调" + broken), fixture.operations));
  }

  @ParameterizedTest(name = "GS-1: phone \"{0}\" is malformed")
  @ValueSource(strings = {"call me", "1234", "139-1234-abcd", "++--()", "１３９１２３４５６７８", "139.1234.5678"})
  @DisplayName("GS-1, CP-1.1: a phone needs at least five digits and only digits, spaces, +, -, ( and )")
  void malformedPhones(String phone) {
    RecordPhoneComplaint command = new RecordPhoneComplaint(fixture.freshCommandId(), TOWER,
        Complainant.of(COMPLAINANT_NAME, COMPANY, phone), PHONE_CONTENT);

    assertEquals(Map.of("complainant.phone", MALFORMED), fixture.fieldErrors(command, fixture.operations));
  }

  @ParameterizedTest(name = "GS-1: phone \"{0}\" is accepted")
  @ValueSource(strings = {"12345", "+86 (21) 5555-0123", "13912345678", "021-55550123"})
  @DisplayName("GS-1, CP-1.1: phones as clerks write them are accepted")
  void wellFormedPhones(String phone) {
    fixture.accepted(new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, Complainant.of(COMPLAINANT_NAME, COMPANY, phone), PHONE_CONTENT),
        fixture.operations);
  }

  @Test
  @DisplayName("GS-1, CP-1.4: the departments contacted: an empty list is blank, a missing list or a missing entry is missing")
  void departmentsToContact() {
    Complaint visited = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.HARD_CASE), fixture::visitCompany);
    ComplaintId id = visited.id();

    assertEquals(Map.of("departments", BLANK), fixture.fieldErrors(fixture.contactDepartments(id), fixture.operations));
    assertEquals(Map.of("departments", MISSING),
        fixture.fieldErrors(new ContactDepartments(fixture.freshCommandId(), TOWER, id, null), fixture.operations));
    assertEquals(Map.of("departments", MISSING),
        fixture.fieldErrors(new ContactDepartments(fixture.freshCommandId(), TOWER, id, Arrays.asList(Department.ENGINEERING, null)),
            fixture.operations));
    assertEquals(ComplaintState.HARD_CASE_VISITED, fixture.stored(id).state());
  }

  @Test
  @DisplayName("GS-1, CP-1.2: a triage without a remit is refused, and the complaint stays where it was")
  void triageWithoutRemit() {
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);

    assertEquals(Map.of("remit", MISSING), fixture.fieldErrors(new Triage(fixture.freshCommandId(), TOWER, received.id(), null), fixture.operations));
    assertEquals(received, fixture.stored(received.id()));
  }

  // ---- the longest values allowed, and one more

  /** A field at a given length, and the command that carries it (the rest well-formed). */
  private record Boundary(String field, int limit, Function<String, ComplaintCommand> command) {}

  private Boundary boundary(String field) {
    return switch (field) {
      case "content" -> new Boundary(field, ComplaintCommand.CONTENT,
          text -> new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, fixture.complainant(), text));
      case "complainant.name" -> new Boundary(field, 50,
          text -> new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, Complainant.of(text, COMPANY, COMPLAINANT_PHONE), PHONE_CONTENT));
      case "complainant.company" -> new Boundary(field, ComplaintCommand.COMPANY,
          text -> new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, Complainant.of(COMPLAINANT_NAME, text, COMPLAINANT_PHONE), PHONE_CONTENT));
      case "letter" -> new Boundary(field, ComplaintCommand.REFERENCE,
          text -> new RecordLetterComplaint(fixture.freshCommandId(), TOWER, fixture.complainant(), PHONE_CONTENT, text));
      case "fix" -> {
        ComplaintId id = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations), i -> fixture.triage(i, Remit.WITHIN)).id();
        yield new Boundary(field, ComplaintCommand.NOTE, text -> new TellFix(fixture.freshCommandId(), TOWER, id, text));
      }
      default -> throw new IllegalArgumentException(field);
    };
  }

  @ParameterizedTest(name = "GS-1: {0} of exactly its limit is accepted, one more is refused")
  @ValueSource(strings = {"content", "complainant.name", "complainant.company", "letter", "fix"})
  @DisplayName("GS-1: each text field takes exactly its limit in characters, and refuses one more")
  void longestAllowedValues(String field) {
    Boundary b = boundary(field);

    fixture.accepted(b.command().apply(Texts.ofLength(b.limit())), fixture.operations);
    assertEquals(Map.of(field, TOO_LONG), fixture.fieldErrors(b.command().apply(Texts.ofLength(b.limit() + 1)), fixture.operations));
  }

  @Test
  @DisplayName("GS-1, CP-1.1: an emoji counts as one character: 2000 of them are accepted as content, 2001 are not")
  void emojiCountAsOneCharacter() {
    Boundary content = boundary("content");
    String longest = EMOJI.repeat(ComplaintCommand.CONTENT);
    String mixed = Texts.ofLength(ComplaintCommand.CONTENT - 1) + EMOJI;

    Complaint emoji = fixture.accepted(content.command().apply(longest), fixture.operations);
    Complaint both = fixture.accepted(content.command().apply(mixed), fixture.operations);

    assertEquals(longest, emoji.content());
    assertEquals(mixed, both.content());
    assertEquals(Map.of("content", TOO_LONG), fixture.fieldErrors(content.command().apply(longest + EMOJI), fixture.operations));
    assertEquals(Map.of("content", TOO_LONG), fixture.fieldErrors(content.command().apply(mixed + "商"), fixture.operations));
  }

  @Test
  @DisplayName("GS-1, CP-1.1: a phone of 20 characters is accepted, 21 are too long")
  void longestPhone() {
    Function<String, ComplaintCommand> call =
        phone -> new RecordPhoneComplaint(fixture.freshCommandId(), TOWER, Complainant.of(COMPLAINANT_NAME, COMPANY, phone), PHONE_CONTENT);

    fixture.accepted(call.apply("1".repeat(20)), fixture.operations);
    assertEquals(Map.of("complainant.phone", TOO_LONG), fixture.fieldErrors(call.apply("1".repeat(21)), fixture.operations));
  }

  @Test
  @DisplayName("GS-1, CP-1.3: a handler's name of 50 characters is accepted, 51 are too long")
  void longestHandlerName() {
    Complaint forwarded = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations),
        id -> fixture.triage(id, Remit.OUTSIDE), fixture::assureCaller, id -> fixture.forward(id, Department.ENGINEERING));
    Function<String, ComplaintCommand> plan = name -> new RecordPlan(fixture.freshCommandId(), TOWER, forwarded.id(), ComplaintFixture.PLAN,
        new Handler(PersonName.of(name), PhoneNumber.of(ComplaintFixture.HANDLER_PHONE)));

    assertEquals(Map.of("handler.name", TOO_LONG), fixture.fieldErrors(plan.apply(Texts.ofLength(51)), fixture.operations));
    fixture.accepted(plan.apply(Texts.ofLength(50)), fixture.operations);
  }

  // ---- ids, actors and centers

  @Test
  @DisplayName("GS-1: a complaint id never issued is not found, and find, availableActions and trail say the same")
  void unknownComplaint() {
    ComplaintId unknown = ComplaintId.of("C-404");

    Rejection rejection = fixture.rejected(fixture.triage(unknown, Remit.WITHIN), fixture.operations);

    assertRejection(rejection, Rejection.CaseNotFound.class, "CASE_NOT_FOUND", "GS-1", "C-404");
    assertEquals(rejection, fixture.desk().find(fixture.operations, TOWER, unknown).getLeft());
    assertEquals(rejection, fixture.desk().availableActions(fixture.operations, TOWER, unknown).getLeft());
    assertEquals(rejection, fixture.desk().trail(fixture.operations, TOWER, unknown).getLeft());
  }

  @Test
  @DisplayName("GS-5, CP-1.2, CP-1.3: a department not handling complaints is refused under the step's own clause; nothing is written")
  void wrongDepartment() {
    Complaint received = fixture.accepted(fixture.phoneComplaint(), fixture.operations);
    Complaint within = fixture.advance(fixture.accepted(fixture.phoneComplaint(), fixture.operations), id -> fixture.triage(id, Remit.WITHIN));

    assertRejection(fixture.rejected(fixture.triage(received.id(), Remit.OUTSIDE), fixture.security),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-1.3", ComplaintAction.TRIAGE_OUTSIDE_REMIT, Role.STAFF, Department.SECURITY);
    assertRejection(fixture.rejected(fixture.tellFix(within.id()), fixture.engineering),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-1.2", ComplaintAction.TELL_FIX, Role.RENOVATION_MANAGER,
        Department.ENGINEERING);
    // the same role in another department is refused as well: rules bind departments, not titles
    Actor managerOfFinance = new Actor(fixture.management.staff(), Role.DEPARTMENT_MANAGER, Department.FINANCE, fixture.management.centers());
    assertRejection(fixture.rejected(fixture.tellFix(within.id()), managerOfFinance),
        Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CP-1.2", ComplaintAction.TELL_FIX, Role.DEPARTMENT_MANAGER,
        Department.FINANCE);
  }

  static Stream<Arguments> commandsOnTheTowersCase() {
    BiFunction<CenterId, ComplaintId, ComplaintCommand> triage =
        (center, id) -> new Triage(CommandId.of("cmd-harbour-1"), center, id, Remit.WITHIN);
    BiFunction<CenterId, ComplaintId, ComplaintCommand> archive =
        (center, id) -> new ArchiveLetterAndReply(CommandId.of("cmd-harbour-1"), center, id, ComplaintFixture.ARCHIVE);
    return Stream.of(
        Arguments.of("a step it could take", TOWER, triage), Arguments.of("a step it could take", HARBOUR, triage),
        Arguments.of("a step out of order", TOWER, archive), Arguments.of("a step out of order", HARBOUR, archive));
  }

  @ParameterizedTest(name = "GS-5: {0}, sent for center {1}")
  @MethodSource("commandsOnTheTowersCase")
  @DisplayName("GS-5: another center's case is answered exactly as an id never issued, whatever the command and center named")
  void anotherCentersCaseIsNotThere(String what, CenterId named, BiFunction<CenterId, ComplaintId, ComplaintCommand> command) {
    // given a complaint of the tower, and a center where its id was never issued
    ComplaintId towers = fixture.accepted(fixture.phoneComplaint(), fixture.operations).id();
    ComplaintFixture neverIssued = new ComplaintFixture();

    // when Operations of the harbour sends a command on it
    Rejection rejection = fixture.rejected(command.apply(named, towers), fixture.harbourOperations);

    // then the answer is the one for an id nobody issued, to the letter
    Rejection unknown = neverIssued.send(command.apply(named, towers), neverIssued.harbourOperations).getLeft();
    assertEquals(unknown, rejection);
    assertEquals(new Rejection.CaseNotFound(ComplaintFixture.PROCEDURE, towers.value()), rejection);
    assertEquals(neverIssued.desk().find(neverIssued.harbourOperations, named, towers),
        fixture.desk().find(fixture.harbourOperations, named, towers));
    assertEquals(neverIssued.desk().availableActions(neverIssued.harbourOperations, named, towers),
        fixture.desk().availableActions(fixture.harbourOperations, named, towers));
    assertEquals(neverIssued.desk().trail(neverIssued.harbourOperations, named, towers),
        fixture.desk().trail(fixture.harbourOperations, named, towers));
    assertEquals(List.of(), fixture.center.agenda().dueBy(fixture.harbourOperations, TOWER, ComplaintFixture.FAR_FUTURE));
    assertTrue(fixture.desk().find(fixture.harbourOperations, named, towers).isLeft());
  }

  @Test
  @DisplayName("GS-5, CP-1.1: opening a complaint in a center the actor does not work for is refused; nothing is written")
  void openingInAnotherCenter() {
    Rejection rejection = fixture.rejected(fixture.phoneComplaint(), fixture.harbourOperations);

    assertRejection(rejection, Rejection.NotInYourCenter.class, "NOT_IN_YOUR_CENTER", "GS-5", TOWER.value());
    assertEquals(List.of(), fixture.storage.complaints().all(TOWER));
  }
}
