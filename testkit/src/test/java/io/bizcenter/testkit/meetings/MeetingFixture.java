package io.bizcenter.testkit.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.Device;
import io.bizcenter.core.meetings.Meeting;
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
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingDesk;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingPolicy;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.ServiceOrder;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.NothingWritten;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.Rejections;
import io.bizcenter.testkit.check.StoreSnapshot;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One business center on the in-memory adapter, for meeting reception's tests: a manual clock on Monday 2 March 2026,
 * 09:00 in Shanghai, sequential ids, a recording notifier, the tower "zz-tower" with one actor per seat the source
 * names for meetings, and a second center with its own Service clerk. Commands come with fresh command ids;
 * {@link #rejected} checks that a rejection wrote nothing.
 */
final class MeetingFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final CenterId HARBOUR = CenterId.of("zz-harbour");
  static final String PROCEDURE = "meetings";
  static final RoomId ROOM = RoomId.of("501");
  static final RoomId OTHER_ROOM = RoomId.of("502");
  /** Monday 2 March 2026, 09:00 in Shanghai. */
  static final Instant START = local("2026-03-02T09:00");
  static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

  // personal data distinctive enough that a leak cannot be a coincidence
  static final String CONTACT_NAME = "欧阳娜娜";
  static final String CONTACT_PHONE = "13912345678";
  static final String COMPANY = "上海某某贸易有限公司";
  static final String SUBJECT = "季度经营分析会";

  final Actor serviceClerk = Actors.of("sv-01", Role.STAFF, Department.SERVICE, TOWER);
  final Actor serviceManager = Actors.of("sv-mgr", Role.DEPARTMENT_MANAGER, Department.SERVICE, TOWER);
  final Actor cleaningClerk = Actors.of("sc-01", Role.STAFF, Department.SERVICE_AND_CLEANING, TOWER);
  final Actor receptionist = Actors.of("sc-02", Role.RECEPTION_STAFF, Department.SERVICE_AND_CLEANING, TOWER);
  final Actor cleaningManager = Actors.of("sc-mgr", Role.DEPARTMENT_MANAGER, Department.SERVICE_AND_CLEANING, TOWER);
  final Actor engineer = Actors.of("en-01", Role.STAFF, Department.ENGINEERING, TOWER);
  final Actor engineeringManager = Actors.of("en-mgr", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);
  final Actor guard = Actors.of("se-01", Role.STAFF, Department.SECURITY, TOWER);
  final Actor finance = Actors.of("fi-01", Role.STAFF, Department.FINANCE, TOWER);
  final Actor harbourService = Actors.of("hb-sv-01", Role.STAFF, Department.SERVICE, HARBOUR);

  private final InMemoryCenter parts = new InMemoryCenter(START, "M");
  final ManualClock clock = parts.clock();
  final RecordingNotifier notifier = parts.notifier();
  final InMemoryStorage storage = parts.storage();
  final BusinessCenter center;

  MeetingFixture() {
    this(center -> MeetingPolicy.defaults());
  }

  MeetingFixture(Function<CenterId, MeetingPolicy> policies) {
    this.center = parts.builder().meetingPolicies(policies).build();
  }

  /** A local time in Shanghai, as a clerk reads it: {@code "2026-03-10T09:00"}. */
  static Instant local(String dateTime) {
    return OffsetDateTime.parse(dateTime + "+08:00").toInstant();
  }

  MeetingDesk desk() {
    return center.meetings();
  }

  List<Actor> everyone() {
    return List.of(serviceClerk, serviceManager, cleaningClerk, receptionist, cleaningManager, engineer, engineeringManager, guard,
        finance, harbourService);
  }

  CommandId freshCommandId() {
    return parts.ids().freshCommandId();
  }

  // ---- commands, each with a fresh command id, for the tower

  Client client() {
    return Client.of(COMPANY, CONTACT_NAME, CONTACT_PHONE);
  }

  /** Tuesday 10 March 2026, 09:00 to 11:30 in room 501: a week and a day ahead of the clock's start. */
  BookMeetingRoom booking() {
    return booking(ROOM, local("2026-03-10T09:00"), local("2026-03-10T11:30"));
  }

  BookMeetingRoom booking(RoomId room, Instant from, Instant to) {
    return new BookMeetingRoom(freshCommandId(), TOWER, room, from, to, client(), SUBJECT);
  }

  /** 25 attendees, four microphones and projection, flowers on the rostrum. */
  RequestForm form() {
    return RequestForm.of(25, List.of(ServiceOrder.of(ServiceItem.MICROPHONE, 4), ServiceOrder.of(ServiceItem.PROJECTION, 1)),
        "主席台摆放鲜花");
  }

  ConfirmMeeting confirm(MeetingId id) {
    return new ConfirmMeeting(freshCommandId(), TOWER, id, form());
  }

  RecordClientContact contact(MeetingId id) {
    return new RecordClientContact(freshCommandId(), TOWER, id, "与客户确认参会人数");
  }

  RescheduleMeeting reschedule(MeetingId id, RoomId room, Instant from, Instant to) {
    return new RescheduleMeeting(freshCommandId(), TOWER, id, room, from, to, "客户要求改期");
  }

  CancelMeeting cancel(MeetingId id) {
    return new CancelMeeting(freshCommandId(), TOWER, id, "客户取消会议");
  }

  SetUpVenue setUp(MeetingId id) {
    return new SetUpVenue(freshCommandId(), TOWER, id, "课桌式，25 座");
  }

  GuideAttendees guide(MeetingId id) {
    return new GuideAttendees(freshCommandId(), TOWER, id, null);
  }

  CheckDevices check(MeetingId id) {
    return new CheckDevices(freshCommandId(), TOWER, id, List.of(Device.values()), "全部完好");
  }

  ClearRoadsAndParking parking(MeetingId id) {
    return new ClearRoadsAndParking(freshCommandId(), TOWER, id, "访客车位 B1 20 个");
  }

  CleanAndInspectVenue cleanBefore(MeetingId id) {
    return new CleanAndInspectVenue(freshCommandId(), TOWER, id, "已清扫，主管检查合格");
  }

  WaiveTask waive(MeetingId id, Task task) {
    return new WaiveTask(freshCommandId(), TOWER, id, task, "车库施工，访客改停邻楼");
  }

  StartMeeting start(MeetingId id) {
    return new StartMeeting(freshCommandId(), TOWER, id);
  }

  RecordTeaService tea(MeetingId id, int servings) {
    return new RecordTeaService(freshCommandId(), TOWER, id, servings);
  }

  LogIncident incident(MeetingId id) {
    return new LogIncident(freshCommandId(), TOWER, id, "投影仪闪烁，已更换备用机");
  }

  RecordSoundAndLighting sound(MeetingId id) {
    return new RecordSoundAndLighting(freshCommandId(), TOWER, id, "开场音乐，演讲时调暗灯光");
  }

  EndMeeting end(MeetingId id) {
    return new EndMeeting(freshCommandId(), TOWER, id);
  }

  SeeOffAndInvoice invoice(MeetingId id) {
    return new SeeOffAndInvoice(freshCommandId(), TOWER, id, "FP-2026-0310");
  }

  CollectEquipment collect(MeetingId id) {
    return new CollectEquipment(freshCommandId(), TOWER, id, "设备间 B1");
  }

  CleanVenue cleanAfter(MeetingId id) {
    return new CleanVenue(freshCommandId(), TOWER, id, null);
  }

  CloseMeeting close(MeetingId id) {
    return new CloseMeeting(freshCommandId(), TOWER, id);
  }

  // ---- sending

  Either<Rejection, Meeting> send(MeetingCommand command, Actor actor) {
    return desk().handle(command, actor);
  }

  Meeting accepted(MeetingCommand command, Actor actor) {
    Either<Rejection, Meeting> answer = send(command, actor);
    assertTrue(answer.isRight(), () -> "expected " + command + " to be accepted, got " + answer.getLeft() + ": "
        + answer.getLeft().message(Messages.EN));
    return answer.get();
  }

  /** The rejection of {@code command}, having checked that it wrote nothing at all, and no receipt of its own. */
  Rejection rejected(MeetingCommand command, Actor actor) {
    return NothingWritten.rejection(command, () -> send(command, actor), this::snapshot, storage);
  }

  /** The field errors of a command refused as bad input (GS-1), having checked code, clause, languages, nothing written. */
  Map<String, FieldError.Problem> fieldErrors(MeetingCommand command, Actor actor) {
    return Rejections.fieldErrorsOf(rejected(command, actor));
  }

  // ---- whole stretches of a meeting, each step by its own seat

  Meeting booked() {
    return accepted(booking(), serviceClerk);
  }

  Meeting confirmed() {
    return accepted(confirm(booked().id()), cleaningClerk);
  }

  /** Every preparation done by its department. */
  Meeting prepared(MeetingId id) {
    accepted(setUp(id), cleaningClerk);
    accepted(check(id), engineer);
    accepted(cleanBefore(id), serviceClerk);
    accepted(parking(id), guard);
    return accepted(guide(id), receptionist);
  }

  /** Confirmed, prepared, held (with 30 servings of tea, music and lighting) and ended. */
  Meeting ended() {
    MeetingId id = confirmed().id();
    prepared(id);
    accepted(start(id), serviceClerk);
    accepted(tea(id, 30), serviceClerk);
    accepted(sound(id), engineer);
    return accepted(end(id), serviceClerk);
  }

  // ---- reading back

  Meeting stored(MeetingId id) {
    return desk().find(serviceClerk, TOWER, id).get();
  }

  List<AuditEntry> trail(MeetingId id) {
    return desk().trail(serviceClerk, TOWER, id).get();
  }

  /** What the actor's agenda shows for the meeting, earliest due first. */
  List<AgendaItem> agendaOf(Actor actor, MeetingId id) {
    CenterId where = actor.worksFor(TOWER) ? TOWER : HARBOUR;
    return center.agenda().dueBy(actor, where, FAR_FUTURE).stream().filter(i -> i.caseId().equals(id.value())).toList();
  }

  /** The tasks the actor's agenda shows for the meeting, by the step that does each. */
  List<String> actionsOf(Actor actor, MeetingId id) {
    return agendaOf(actor, id).stream().flatMap(i -> i.actions().stream()).toList();
  }

  AgendaItem itemOf(Actor actor, MeetingId id, Task task) {
    return agendaOf(actor, id).stream().filter(i -> i.actions().equals(List.of(task.action().name()))).findFirst()
        .orElseThrow(() -> new AssertionError(task + " is not on the agenda of " + actor.department()));
  }

  /** Hands the outbox to the notifier; answers the notices delivered now, in order. */
  List<OutboxNotice> deliver() {
    int before = notifier.delivered().size();
    assertEquals(List.of(), center.notices().deliverPending(100).refused());
    List<OutboxNotice> all = notifier.delivered();
    return all.subList(before, all.size());
  }

  /** Who was told what: the department and code of each notice, in order. */
  static List<String> toldWhat(List<OutboxNotice> notices) {
    return notices.stream().map(n -> n.notice().to() + " " + n.notice().code()).toList();
  }

  /** Everything a command could write, in both centers, and the notices delivered so far. */
  StoreSnapshot snapshot() {
    return parts.snapshot(List.of(TOWER, HARBOUR));
  }
}
