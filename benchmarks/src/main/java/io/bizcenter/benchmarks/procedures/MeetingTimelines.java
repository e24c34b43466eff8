package io.bizcenter.benchmarks.procedures;

import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.Device;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingDesk;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.ServiceOrder;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The meeting-timeline workload (MR): one meeting from booking to closed case, as NormalMeetingTest takes it, each
 * department doing its own task: book, confirm with the request form, set up, check the devices, clean and inspect,
 * roads and parking, guide the attendees, start, tea, sound and lighting, end, see off and invoice, collect the
 * equipment, clean, close. Fifteen commands; each meeting in the next of {@value #ROOMS} rooms (or the rooms given), a
 * day later every round of the rooms, so no booking clashes.
 */
public final class MeetingTimelines {
  public static final int ROOMS = 100;
  public static final int COMMANDS_PER_MEETING = 15;
  public static final CenterId TOWER = CenterId.of("bench-tower");
  /** Monday 2 March 2026, 09:00 in Shanghai; the first meeting is on Tuesday the 10th, 09:00 to 11:30. */
  public static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  public static final Instant FIRST = Instant.parse("2026-03-10T01:00:00Z");
  private static final Actor SERVICE = Actor.of("sv-01", Role.STAFF, Department.SERVICE, TOWER);
  private static final Actor CLEANING = Actor.of("sc-01", Role.STAFF, Department.SERVICE_AND_CLEANING, TOWER);
  private static final Actor RECEPTION = Actor.of("sc-02", Role.RECEPTION_STAFF, Department.SERVICE_AND_CLEANING, TOWER);
  private static final Actor ENGINEER = Actor.of("en-01", Role.STAFF, Department.ENGINEERING, TOWER);
  private static final Actor GUARD = Actor.of("se-01", Role.STAFF, Department.SECURITY, TOWER);
  private static final Client CLIENT = Client.of("上海某某贸易有限公司", "欧阳娜娜", "13912345678");
  private static final RequestForm FORM = RequestForm.of(25,
      List.of(ServiceOrder.of(ServiceItem.MICROPHONE, 4), ServiceOrder.of(ServiceItem.PROJECTION, 1)), "主席台摆放鲜花");

  private final MeetingDesk meetings;
  private final List<RoomId> rooms;
  private final CommandIds ids = new CommandIds("mtg-");
  private int meeting;

  /** Meetings in rooms R0 to R99. */
  public MeetingTimelines(Storage storage) {
    this(storage, IntStream.range(0, ROOMS).mapToObj(r -> RoomId.of("R" + r)).toList());
  }

  /** Meetings in these rooms in turn, a day later every round of them. */
  public MeetingTimelines(Storage storage, List<RoomId> rooms) {
    this.rooms = List.copyOf(rooms);
    this.meetings = BusinessCenter.builder()
        .storage(storage)
        .notifier(notice -> { })
        .ids(new SequentialIds("M"))
        .clock(new ManualClock(NOW))
        .build()
        .meetings();
  }

  /** One meeting from booking to close; answers the commands taken. */
  public int meeting() {
    int n = meeting++;
    RoomId room = rooms.get(n % rooms.size());
    Instant starts = FIRST.plus(Duration.ofDays(n / rooms.size()));
    MeetingId id = accepted(meetings.handle(new MeetingCommand.BookMeetingRoom(ids.next(), TOWER, room, starts,
        starts.plus(Duration.ofMinutes(150)), CLIENT, "季度经营分析会"), SERVICE)).id();
    accepted(meetings.handle(new MeetingCommand.ConfirmMeeting(ids.next(), TOWER, id, FORM), CLEANING));
    accepted(meetings.handle(new MeetingCommand.SetUpVenue(ids.next(), TOWER, id, "课桌式，25 座"), CLEANING));
    accepted(meetings.handle(new MeetingCommand.CheckDevices(ids.next(), TOWER, id, List.of(Device.values()), "全部完好"), ENGINEER));
    accepted(meetings.handle(new MeetingCommand.CleanAndInspectVenue(ids.next(), TOWER, id, "已清扫，主管检查合格"), SERVICE));
    accepted(meetings.handle(new MeetingCommand.ClearRoadsAndParking(ids.next(), TOWER, id, "访客车位 B1 20 个"), GUARD));
    accepted(meetings.handle(new MeetingCommand.GuideAttendees(ids.next(), TOWER, id, null), RECEPTION));
    accepted(meetings.handle(new MeetingCommand.StartMeeting(ids.next(), TOWER, id), SERVICE));
    accepted(meetings.handle(new MeetingCommand.RecordTeaService(ids.next(), TOWER, id, 30), SERVICE));
    accepted(meetings.handle(new MeetingCommand.RecordSoundAndLighting(ids.next(), TOWER, id, "开场音乐，演讲时调暗灯光"), ENGINEER));
    accepted(meetings.handle(new MeetingCommand.EndMeeting(ids.next(), TOWER, id), SERVICE));
    accepted(meetings.handle(new MeetingCommand.SeeOffAndInvoice(ids.next(), TOWER, id, "FP-" + n), SERVICE));
    accepted(meetings.handle(new MeetingCommand.CollectEquipment(ids.next(), TOWER, id, "设备间 B1"), ENGINEER));
    accepted(meetings.handle(new MeetingCommand.CleanVenue(ids.next(), TOWER, id, null), SERVICE));
    Meeting closed = accepted(meetings.handle(new MeetingCommand.CloseMeeting(ids.next(), TOWER, id), SERVICE));
    if (closed.state() != MeetingState.CLOSED) {
      throw new IllegalStateException("meeting " + id + " ended " + closed.state() + ", not CLOSED");
    }
    return COMMANDS_PER_MEETING;
  }

  private static Meeting accepted(Either<Rejection, Meeting> answer) {
    return answer.getOrElseThrow(r -> new IllegalStateException("refused: " + r.code() + " [" + r.clause() + "]"));
  }
}
