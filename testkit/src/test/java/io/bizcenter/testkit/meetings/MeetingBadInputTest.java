package io.bizcenter.testkit.meetings;

import static io.bizcenter.core.kernel.FieldError.Problem.BLANK;
import static io.bizcenter.core.kernel.FieldError.Problem.CONTROL_CHARACTER;
import static io.bizcenter.core.kernel.FieldError.Problem.MALFORMED;
import static io.bizcenter.core.kernel.FieldError.Problem.MISSING;
import static io.bizcenter.core.kernel.FieldError.Problem.NOT_ALLOWED;
import static io.bizcenter.core.kernel.FieldError.Problem.TOO_LONG;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.meetings.MeetingFixture.HARBOUR;
import static io.bizcenter.testkit.meetings.MeetingFixture.ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.Device;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingCommand.BookMeetingRoom;
import io.bizcenter.core.meetings.MeetingCommand.CancelMeeting;
import io.bizcenter.core.meetings.MeetingCommand.CheckDevices;
import io.bizcenter.core.meetings.MeetingCommand.CleanAndInspectVenue;
import io.bizcenter.core.meetings.MeetingCommand.CleanVenue;
import io.bizcenter.core.meetings.MeetingCommand.ClearRoadsAndParking;
import io.bizcenter.core.meetings.MeetingCommand.CloseMeeting;
import io.bizcenter.core.meetings.MeetingCommand.CollectEquipment;
import io.bizcenter.core.meetings.MeetingCommand.ConfirmMeeting;
import io.bizcenter.core.meetings.MeetingCommand.EndMeeting;
import io.bizcenter.core.meetings.MeetingCommand.GuideAttendees;
import io.bizcenter.core.meetings.MeetingCommand.LogIncident;
import io.bizcenter.core.meetings.MeetingCommand.RecordClientContact;
import io.bizcenter.core.meetings.MeetingCommand.RecordSoundAndLighting;
import io.bizcenter.core.meetings.MeetingCommand.RecordTeaService;
import io.bizcenter.core.meetings.MeetingCommand.RescheduleMeeting;
import io.bizcenter.core.meetings.MeetingCommand.SeeOffAndInvoice;
import io.bizcenter.core.meetings.MeetingCommand.SetUpVenue;
import io.bizcenter.core.meetings.MeetingCommand.StartMeeting;
import io.bizcenter.core.meetings.MeetingCommand.WaiveTask;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.ServiceOrder;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.testkit.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

@DisplayName("Bad meeting input is refused with every field error, in zh-CN and en, and writes nothing (GS-1, GS-5, MR-0.1)")
class MeetingBadInputTest {
  private static final Instant NINE = local("2026-03-10T09:00");
  private static final Instant ELEVEN = local("2026-03-10T11:00");
  private final MeetingFixture fixture = new MeetingFixture();

  private BookMeetingRoom booking(RoomId room, Instant from, Instant to, Client client, String subject) {
    return new BookMeetingRoom(fixture.freshCommandId(), TOWER, room, from, to, client, subject);
  }

  @Test
  @DisplayName("GS-1 MR-0.1: a booking wrong in every field lists every field, and no meeting appears in any center")
  void everyFieldOfABookingAtOnce() {
    Client nobody = new Client("  ", null, PhoneNumber.of("call me"));
    BookMeetingRoom command = new BookMeetingRoom(null, null, RoomId.of(""), NINE.plusSeconds(30), null, nobody, Texts.ofLength(101));

    assertEquals(Map.of("commandId", MISSING, "center", MISSING, "room", BLANK, "startsAt", MALFORMED, "endsAt", MISSING,
        "client.company", BLANK, "client.contact", MISSING, "client.phone", MALFORMED, "subject", TOO_LONG),
        fixture.fieldErrors(command, fixture.serviceClerk));
    assertEquals(List.of(), fixture.storage.meetings().all(TOWER));
    assertEquals(List.of(), fixture.storage.meetings().all(HARBOUR));
  }

  @Test
  @DisplayName("GS-1 MR-0.1: no room, no client, no subject: each is missing")
  void nothingAtAll() {
    assertEquals(Map.of("room", MISSING, "startsAt", MISSING, "endsAt", MISSING, "client", MISSING, "subject", MISSING),
        fixture.fieldErrors(booking(null, null, null, null, null), fixture.serviceClerk));
  }

  static Stream<Arguments> impossibleSlots() {
    return Stream.of(
        Arguments.of("ends before it starts", NINE, NINE.minusSeconds(1800), "endsAt", NOT_ALLOWED),
        Arguments.of("ends as it starts", NINE, NINE, "endsAt", NOT_ALLOWED),
        Arguments.of("lasts a day and a minute", NINE, NINE.plus(Duration.ofHours(24)).plusSeconds(60), "endsAt", NOT_ALLOWED),
        Arguments.of("starts on a second", NINE.plusSeconds(1), ELEVEN, "startsAt", MALFORMED),
        Arguments.of("ends on a nanosecond", NINE, ELEVEN.plusNanos(1), "endsAt", MALFORMED),
        Arguments.of("starts in 1999", Instant.parse("1999-12-31T01:00:00Z"), ELEVEN, "startsAt", MALFORMED),
        Arguments.of("ends at the end of time", NINE, Instant.MAX, "endsAt", MALFORMED),
        Arguments.of("starts at the beginning of time", Instant.MIN, ELEVEN, "startsAt", MALFORMED));
  }

  @ParameterizedTest(name = "GS-1 MR-0.1: a slot that {0} is refused")
  @MethodSource("impossibleSlots")
  @DisplayName("GS-1 MR-0.1: a slot in whole minutes, ending after it starts, within a day and within the years a booking can have")
  void impossibleSlots(String what, Instant from, Instant to, String field, Problem problem) {
    assertEquals(Map.of(field, problem), fixture.fieldErrors(booking(ROOM, from, to, fixture.client(), "会"), fixture.serviceClerk));
  }

  @Test
  @DisplayName("GS-1 MR-0.1: a meeting of exactly a day is accepted")
  void aWholeDay() {
    fixture.accepted(booking(ROOM, NINE, NINE.plus(Meeting.LONGEST), fixture.client(), "全天培训"), fixture.serviceClerk);
  }

  static Stream<Arguments> stepsWithNothingFilledIn() {
    return Stream.of(
        Arguments.of("RecordClientContact", new RecordClientContact(null, null, null, null), List.of("note")),
        Arguments.of("RescheduleMeeting", new RescheduleMeeting(null, null, null, null, null, null, null),
            List.of("room", "startsAt", "endsAt", "reason")),
        Arguments.of("CancelMeeting", new CancelMeeting(null, null, null, null), List.of("reason")),
        Arguments.of("ConfirmMeeting", new ConfirmMeeting(null, null, null, null), List.of("form")),
        Arguments.of("SetUpVenue", new SetUpVenue(null, null, null, null), List.of()),
        Arguments.of("GuideAttendees", new GuideAttendees(null, null, null, null), List.of()),
        Arguments.of("CheckDevices", new CheckDevices(null, null, null, null, null), List.of("working")),
        Arguments.of("ClearRoadsAndParking", new ClearRoadsAndParking(null, null, null, null), List.of()),
        Arguments.of("CleanAndInspectVenue", new CleanAndInspectVenue(null, null, null, null), List.of()),
        Arguments.of("WaiveTask", new WaiveTask(null, null, null, null, null), List.of("task", "reason")),
        Arguments.of("StartMeeting", new StartMeeting(null, null, null), List.of()),
        Arguments.of("RecordTeaService", new RecordTeaService(null, null, null, 0), List.of()),
        Arguments.of("LogIncident", new LogIncident(null, null, null, null), List.of("description")),
        Arguments.of("RecordSoundAndLighting", new RecordSoundAndLighting(null, null, null, null), List.of()),
        Arguments.of("EndMeeting", new EndMeeting(null, null, null), List.of()),
        Arguments.of("SeeOffAndInvoice", new SeeOffAndInvoice(null, null, null, null), List.of("invoiceNumber")),
        Arguments.of("CollectEquipment", new CollectEquipment(null, null, null, null), List.of("lockedIn")),
        Arguments.of("CleanVenue", new CleanVenue(null, null, null, null), List.of()),
        Arguments.of("CloseMeeting", new CloseMeeting(null, null, null), List.of()));
  }

  @Test
  @DisplayName("GS-1: the list of steps checked with nothing filled in covers every command on a meeting")
  void everyStepIsListed() {
    assertEquals(Arrays.stream(MeetingCommand.OnMeeting.class.getPermittedSubclasses()).collect(Collectors.toSet()),
        stepsWithNothingFilledIn().map(a -> a.get()[1].getClass()).collect(Collectors.toSet()));
  }

  @ParameterizedTest(name = "GS-1: {0} with nothing filled in")
  @MethodSource("stepsWithNothingFilledIn")
  @DisplayName("GS-1: each step with nothing filled in lists its command id, center, meeting and its own required fields")
  void stepsWithNothingFilledIn(String step, MeetingCommand command, List<String> ownFields) {
    Map<String, Problem> errors = fixture.fieldErrors(command, fixture.serviceClerk);

    assertEquals(Stream.concat(Stream.of("commandId", "center", "meetingId"), ownFields.stream()).collect(Collectors.toSet()), errors.keySet());
    errors.values().forEach(problem -> assertEquals(MISSING, problem));
  }

  static Stream<Arguments> badForms() {
    List<ServiceOrder> fine = List.of(ServiceOrder.of(ServiceItem.MICROPHONE, 2));
    return Stream.of(
        Arguments.of("nobody attends", new RequestForm(0, fine, Optional.empty()), Map.of("form.attendees", NOT_ALLOWED)),
        Arguments.of("too many attend", new RequestForm(10_001, fine, Optional.empty()), Map.of("form.attendees", NOT_ALLOWED)),
        Arguments.of("tea asked for on the form", new RequestForm(5, List.of(ServiceOrder.of(ServiceItem.TEA, 5)), Optional.empty()),
            Map.of("form.services", NOT_ALLOWED)),
        Arguments.of("the room asked for on the form", new RequestForm(5, List.of(ServiceOrder.of(ServiceItem.ROOM, 1)), Optional.empty()),
            Map.of("form.services", NOT_ALLOWED)),
        Arguments.of("an item twice", new RequestForm(5, List.of(ServiceOrder.of(ServiceItem.MUSIC, 1), ServiceOrder.of(ServiceItem.MUSIC, 1)),
            Optional.empty()), Map.of("form.services", NOT_ALLOWED)),
        Arguments.of("none of an item", new RequestForm(5, List.of(ServiceOrder.of(ServiceItem.MUSIC, 0)), Optional.empty()),
            Map.of("form.services", NOT_ALLOWED)),
        Arguments.of("1001 microphones", new RequestForm(5, List.of(ServiceOrder.of(ServiceItem.MICROPHONE, 1001)), Optional.empty()),
            Map.of("form.services", NOT_ALLOWED)),
        Arguments.of("an item without a name", new RequestForm(5, List.of(new ServiceOrder(null, 1)), Optional.empty()),
            Map.of("form.services", NOT_ALLOWED)),
        Arguments.of("an empty line", new RequestForm(5, Arrays.asList(ServiceOrder.of(ServiceItem.MUSIC, 1), null), Optional.empty()),
            Map.of("form.services", MISSING)),
        Arguments.of("no list of services", new RequestForm(5, null, Optional.empty()), Map.of("form.services", MISSING)),
        Arguments.of("blank wishes", new RequestForm(5, fine, Optional.of(" ")), Map.of("form.requirements", BLANK)),
        Arguments.of("everything wrong", new RequestForm(-3, null, Optional.of("\u0007")),
            Map.of("form.attendees", NOT_ALLOWED, "form.services", MISSING, "form.requirements", CONTROL_CHARACTER)));
  }

  @ParameterizedTest(name = "GS-1 MR-1.1: a request form with {0} is refused")
  @MethodSource("badForms")
  @DisplayName("GS-1 MR-1.1: the request form: attendees 1 to 10000, services on request once each, 1 to 1000 of each")
  void badForms(String what, RequestForm form, Map<String, Problem> expected) {
    MeetingId id = fixture.booked().id();

    assertEquals(expected, fixture.fieldErrors(new ConfirmMeeting(fixture.freshCommandId(), TOWER, id, form), fixture.cleaningClerk));
    assertEquals(MeetingState.BOOKED, fixture.stored(id).state());
  }

  @Test
  @DisplayName("GS-1 MR-1.1: a form with no services and no wishes is fine")
  void aPlainForm() {
    MeetingId id = fixture.booked().id();
    fixture.accepted(new ConfirmMeeting(fixture.freshCommandId(), TOWER, id, RequestForm.of(8, List.of(), null)), fixture.cleaningClerk);
  }

  @Test
  @DisplayName("GS-1 MR-1.3 MR-2.1: devices must be named (no empty entry); servings are 0 to 100000")
  void devicesAndServings() {
    MeetingId id = fixture.confirmed().id();
    assertEquals(Map.of("working", MISSING), fixture.fieldErrors(
        new CheckDevices(fixture.freshCommandId(), TOWER, id, Arrays.asList(Device.LIGHTING, null), null), fixture.engineer));

    fixture.prepared(id);
    fixture.accepted(fixture.start(id), fixture.serviceClerk);
    for (int servings : new int[] {-1, 100_001, Integer.MIN_VALUE}) {
      assertEquals(Map.of("servings", NOT_ALLOWED), fixture.fieldErrors(fixture.tea(id, servings), fixture.serviceClerk));
    }
    fixture.accepted(fixture.tea(id, 100_000), fixture.serviceClerk);
  }

  @ParameterizedTest(name = "GS-1: control character #{index} in the room and the subject")
  @ValueSource(strings = {"\u0000", "\u0007", "\u001B[31m", "\n", "\t"})
  @DisplayName("GS-1 MR-0.1: a control character in a single-line field (room, company, contact, subject) is refused")
  void controlCharacters(String control) {
    Client who = new Client("ACME" + control, PersonName.of("欧阳" + control + "娜娜"), PhoneNumber.of(MeetingFixture.CONTACT_PHONE));
    assertEquals(Map.of("room", CONTROL_CHARACTER, "client.company", CONTROL_CHARACTER, "client.contact", CONTROL_CHARACTER,
        "subject", CONTROL_CHARACTER), fixture.fieldErrors(booking(RoomId.of("5" + control + "01"), NINE, ELEVEN, who, "会" + control),
        fixture.serviceClerk));
  }

  /** A text field at a given length, and the command that carries it. */
  private record Boundary(String field, int limit, Function<String, MeetingCommand> command) {}

  private Boundary boundary(String field) {
    return switch (field) {
      case "subject" -> new Boundary(field, MeetingCommand.SUBJECT, text -> booking(ROOM, NINE, ELEVEN, fixture.client(), text));
      case "room" -> new Boundary(field, MeetingCommand.ROOM, text -> booking(RoomId.of(text), NINE, ELEVEN, fixture.client(), "会"));
      case "client.company" -> new Boundary(field, MeetingCommand.COMPANY,
          text -> booking(ROOM, NINE, ELEVEN, Client.of(text, MeetingFixture.CONTACT_NAME, MeetingFixture.CONTACT_PHONE), "会"));
      case "note" -> {
        MeetingId id = fixture.booked().id();
        yield new Boundary(field, MeetingCommand.NOTE, text -> new RecordClientContact(fixture.freshCommandId(), TOWER, id, text));
      }
      default -> throw new IllegalArgumentException(field);
    };
  }

  @ParameterizedTest(name = "GS-1: {0} of exactly its limit is accepted, one more is refused")
  @ValueSource(strings = {"subject", "room", "client.company", "note"})
  @DisplayName("GS-1 MR-0.1: each text field takes exactly its limit in characters, and refuses one more")
  void longestAllowedValues(String field) {
    Boundary b = boundary(field);

    fixture.accepted(b.command().apply(Texts.ofLength(b.limit())), fixture.serviceClerk);
    assertEquals(Map.of(field, TOO_LONG), fixture.fieldErrors(b.command().apply(Texts.ofLength(b.limit() + 1)), fixture.serviceClerk));
  }

  // ---- ids, actors and centers

  @Test
  @DisplayName("GS-1: a meeting id never issued is not found, and find, availableActions and trail say the same")
  void unknownMeeting() {
    MeetingId unknown = MeetingId.of("M-404");

    Rejection rejection = fixture.rejected(fixture.confirm(unknown), fixture.cleaningClerk);

    assertRejection(rejection, Rejection.CaseNotFound.class, "CASE_NOT_FOUND", "GS-1", "M-404");
    assertEquals(rejection, fixture.desk().find(fixture.serviceClerk, TOWER, unknown).getLeft());
    assertEquals(rejection, fixture.desk().availableActions(fixture.serviceClerk, TOWER, unknown).getLeft());
    assertEquals(rejection, fixture.desk().trail(fixture.serviceClerk, TOWER, unknown).getLeft());
  }

  static Stream<Arguments> commandsOnTheTowersMeeting() {
    BiFunction<CenterId, MeetingId, MeetingCommand> cancel = (center, id) -> new CancelMeeting(CommandId.of("cmd-harbour-1"), center, id, "取消");
    BiFunction<CenterId, MeetingId, MeetingCommand> move = (center, id) -> new RescheduleMeeting(CommandId.of("cmd-harbour-1"), center, id,
        ROOM, local("2026-03-12T09:00"), local("2026-03-12T10:00"), "改期");
    BiFunction<CenterId, MeetingId, MeetingCommand> start = (center, id) -> new StartMeeting(CommandId.of("cmd-harbour-1"), center, id);
    return Stream.of(
        Arguments.of("a step it could take", TOWER, cancel), Arguments.of("a step it could take", HARBOUR, cancel),
        Arguments.of("a move of the room", TOWER, move), Arguments.of("a move of the room", HARBOUR, move),
        Arguments.of("a step out of order", TOWER, start), Arguments.of("a step out of order", HARBOUR, start));
  }

  @ParameterizedTest(name = "GS-5: {0}, sent for center {1}")
  @MethodSource("commandsOnTheTowersMeeting")
  @DisplayName("GS-5 MR-0.1: another center's meeting is answered exactly as an id never issued, whatever the command and center named")
  void anotherCentersMeetingIsNotThere(String what, CenterId named, BiFunction<CenterId, MeetingId, MeetingCommand> command) {
    MeetingId towers = fixture.booked().id();
    MeetingFixture neverIssued = new MeetingFixture();

    Rejection rejection = fixture.rejected(command.apply(named, towers), fixture.harbourService);

    assertEquals(neverIssued.send(command.apply(named, towers), neverIssued.harbourService).getLeft(), rejection);
    assertEquals(new Rejection.CaseNotFound(MeetingFixture.PROCEDURE, towers.value()), rejection);
    assertEquals(neverIssued.desk().find(neverIssued.harbourService, named, towers), fixture.desk().find(fixture.harbourService, named, towers));
    assertEquals(neverIssued.desk().availableActions(neverIssued.harbourService, named, towers),
        fixture.desk().availableActions(fixture.harbourService, named, towers));
    assertEquals(neverIssued.desk().trail(neverIssued.harbourService, named, towers), fixture.desk().trail(fixture.harbourService, named, towers));
    assertEquals(List.of(), fixture.center.agenda().dueBy(fixture.harbourService, TOWER, MeetingFixture.FAR_FUTURE));
  }

  @Test
  @DisplayName("GS-5 MR-0.1: booking a room in a center the actor does not work for is refused; nothing is written")
  void bookingInAnotherCenter() {
    Rejection rejection = fixture.rejected(fixture.booking(), fixture.harbourService);

    assertRejection(rejection, Rejection.NotInYourCenter.class, "NOT_IN_YOUR_CENTER", "GS-5", TOWER.value());
    assertEquals(List.of(), fixture.storage.meetings().all(TOWER));
  }

  @Test
  @DisplayName("GS-5 MR-0.1 MR-1.1: rooms are booked by Service, confirmed by Service & Cleaning; other departments are refused under the step's clause")
  void wrongDepartments() {
    assertRejection(fixture.rejected(fixture.booking(), fixture.engineer), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "MR-0.1",
        MeetingAction.BOOK_ROOM, Role.STAFF, Department.ENGINEERING);
    MeetingId id = fixture.booked().id();
    assertRejection(fixture.rejected(fixture.confirm(id), fixture.serviceClerk), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED",
        "MR-1.1", MeetingAction.CONFIRM, Role.STAFF, Department.SERVICE);
    assertRejection(fixture.rejected(fixture.cancel(id), fixture.finance), Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED",
        "MR-0.1", MeetingAction.CANCEL, Role.STAFF, Department.FINANCE);
  }

  @Test
  @DisplayName("GS-1 MR-2.1: a step out of order is refused naming the state and the step")
  void outOfOrder() {
    MeetingId id = fixture.booked().id();

    assertRejection(fixture.rejected(fixture.start(id), fixture.serviceClerk), Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED",
        "MR-0.1", MeetingState.BOOKED, MeetingAction.START);
    assertRejection(fixture.rejected(fixture.waive(id, Task.SET_UP_VENUE), fixture.serviceManager), Rejection.ActionNotAllowed.class,
        "ACTION_NOT_ALLOWED", "MR-0.1", MeetingState.BOOKED, MeetingAction.WAIVE_TASK);
  }
}
