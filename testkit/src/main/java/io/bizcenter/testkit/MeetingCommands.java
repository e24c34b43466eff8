package io.bizcenter.testkit;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.Device;
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
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.ServiceOrder;
import io.bizcenter.core.meetings.Task;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of meeting commands: plain functions of a {@link RandomGenerator}. {@link #wellFormed} makes commands
 * whose fields pass their checks (the procedure's rules and the room's calendar still decide); {@link #arbitrary}
 * makes anything a front end could send, nulls, hostile text and impossible times included. Slots fall on a few
 * rooms within a few days of {@code now}, so that bookings clash often.
 */
public final class MeetingCommands {
  /** The meeting rooms the generators book. */
  public static final List<RoomId> ROOMS = List.of(RoomId.of("501"), RoomId.of("502"), RoomId.of("大会议室"));

  private MeetingCommands() {}

  /** A well-formed command: a booking, or a step on one of {@code known} (now and then on an id nobody issued). */
  public static MeetingCommand wellFormed(RandomGenerator random, CenterId center, Instant now, List<MeetingId> known) {
    if (known.isEmpty() || random.nextInt(5) == 0) {
      return booking(random, center, now);
    }
    MeetingId on = random.nextInt(30) == 0 ? MeetingId.of("unknown-" + random.nextInt(100)) : known.get(random.nextInt(known.size()));
    MeetingAction[] steps = MeetingAction.values();
    return wellFormedFor(random, center, now, on, steps[1 + random.nextInt(steps.length - 1)]);
  }

  /** A well-formed command asking for {@code action} on meeting {@code on}; a booking ignores {@code on}. */
  public static MeetingCommand wellFormedFor(RandomGenerator random, CenterId center, Instant now, MeetingId on, MeetingAction action) {
    CommandId id = commandId(random);
    return switch (action) {
      case BOOK_ROOM -> booking(random, center, now);
      case RECORD_CLIENT_CONTACT -> new RecordClientContact(id, center, on, Texts.plain(random, 100));
      case RESCHEDULE -> {
        Instant start = start(random, now);
        yield new RescheduleMeeting(id, center, on, room(random), start, end(random, start), Texts.plain(random, 100));
      }
      case CANCEL -> new CancelMeeting(id, center, on, Texts.plain(random, 100));
      case CONFIRM -> new ConfirmMeeting(id, center, on, form(random));
      case SET_UP_VENUE -> new SetUpVenue(id, center, on, note(random));
      case GUIDE_ATTENDEES -> new GuideAttendees(id, center, on, note(random));
      case CHECK_DEVICES -> new CheckDevices(id, center, on, devices(random), note(random));
      case CLEAR_ROADS_AND_PARKING -> new ClearRoadsAndParking(id, center, on, note(random));
      case CLEAN_AND_INSPECT_VENUE -> new CleanAndInspectVenue(id, center, on, note(random));
      case WAIVE_TASK -> new WaiveTask(id, center, on, waivedTask(random), Texts.plain(random, 100));
      case START -> new StartMeeting(id, center, on);
      case RECORD_TEA_SERVICE -> new RecordTeaService(id, center, on, random.nextInt(60));
      case LOG_INCIDENT -> new LogIncident(id, center, on, Texts.plain(random, 100));
      case RECORD_SOUND_AND_LIGHTING -> new RecordSoundAndLighting(id, center, on, note(random));
      case END -> new EndMeeting(id, center, on);
      case SEE_OFF_AND_INVOICE -> new SeeOffAndInvoice(id, center, on, "FP-" + random.nextInt(100_000));
      case COLLECT_EQUIPMENT -> new CollectEquipment(id, center, on, Actors.pick(random, "设备间 B1", "AV store 2F"));
      case CLEAN_VENUE -> new CleanVenue(id, center, on, note(random));
      case CLOSE -> new CloseMeeting(id, center, on);
    };
  }

  /** A booking of one of {@link #ROOMS} from about two hours ago to five days on, in half hours, for half an hour to four hours. */
  public static BookMeetingRoom booking(RandomGenerator random, CenterId center, Instant now) {
    Instant start = start(random, now);
    return new BookMeetingRoom(commandId(random), center, room(random), start, end(random, start), client(random),
        Actors.pick(random, "季度经营分析会", "Board meeting", "新品发布会", "培训 Training"));
  }

  /** Anything at all: null fields, hostile or oversized text, impossible times and numbers, any center of {@code centers}. */
  public static MeetingCommand arbitrary(RandomGenerator random, List<CenterId> centers, Instant now, List<MeetingId> known) {
    CommandId id = random.nextInt(20) == 0 ? null : new CommandId(random.nextInt(20) == 0 ? Texts.any(random, 120) : "cmd-" + random.nextLong());
    CenterId center = random.nextInt(20) == 0 ? null : centers.get(random.nextInt(centers.size()));
    MeetingId on = random.nextInt(10) == 0 || known.isEmpty()
        ? (random.nextInt(3) == 0 ? null : MeetingId.of(Texts.any(random, 80)))
        : known.get(random.nextInt(known.size()));
    RoomId room = random.nextInt(10) == 0 ? null : RoomId.of(random.nextBoolean() ? Texts.any(random, 70) : room(random).value());
    Instant start = anyInstant(random, now);
    boolean nearStart = start != null && !start.equals(Instant.MIN) && !start.equals(Instant.MAX) && random.nextBoolean();
    Instant end = nearStart ? start.plus(Duration.ofMinutes(random.nextInt(3000) - 60)) : anyInstant(random, now);
    return switch (random.nextInt(20)) {
      case 0 -> new BookMeetingRoom(id, center, room, start, end, arbitraryClient(random), Texts.any(random, 110));
      case 1 -> new RecordClientContact(id, center, on, Texts.any(random, 1100));
      case 2 -> new RescheduleMeeting(id, center, on, room, start, end, Texts.any(random, 1100));
      case 3 -> new CancelMeeting(id, center, on, Texts.any(random, 1100));
      case 4 -> new ConfirmMeeting(id, center, on, arbitraryForm(random));
      case 5 -> new SetUpVenue(id, center, on, Texts.any(random, 1100));
      case 6 -> new GuideAttendees(id, center, on, Texts.any(random, 1100));
      case 7 -> new CheckDevices(id, center, on, random.nextInt(5) == 0 ? null : withNulls(random, devices(random)), Texts.any(random, 1100));
      case 8 -> new ClearRoadsAndParking(id, center, on, Texts.any(random, 1100));
      case 9 -> new CleanAndInspectVenue(id, center, on, Texts.any(random, 1100));
      case 10 -> new WaiveTask(id, center, on, random.nextInt(5) == 0 ? null : Actors.pick(random, Task.values()), Texts.any(random, 1100));
      case 11 -> new StartMeeting(id, center, on);
      case 12 -> new RecordTeaService(id, center, on, Actors.pick(random, -1, 0, 12, 100_000, 100_001, Integer.MIN_VALUE, Integer.MAX_VALUE));
      case 13 -> new LogIncident(id, center, on, Texts.any(random, 1100));
      case 14 -> new RecordSoundAndLighting(id, center, on, Texts.any(random, 1100));
      case 15 -> new EndMeeting(id, center, on);
      case 16 -> new SeeOffAndInvoice(id, center, on, Texts.any(random, 70));
      case 17 -> new CollectEquipment(id, center, on, Texts.any(random, 70));
      case 18 -> new CleanVenue(id, center, on, Texts.any(random, 1100));
      default -> new CloseMeeting(id, center, on);
    };
  }

  public static Client client(RandomGenerator random) {
    return Client.of(Actors.pick(random, "上海某某贸易有限公司", "ACME (Shanghai) Ltd.", "Müller & Söhne GmbH"),
        Actors.pick(random, "王小明", "李华", "Chen Jie", "María O'Neil"), "13" + (100000000 + random.nextInt(900000000)));
  }

  /** A request form as a client fills it: 1 to 200 attendees, a few services on request, sometimes a wish. */
  public static RequestForm form(RandomGenerator random) {
    List<ServiceOrder> services = new ArrayList<>();
    for (ServiceItem item : ServiceItem.values()) {
      if (item.onRequest() && random.nextInt(3) == 0) {
        services.add(ServiceOrder.of(item, 1 + random.nextInt(item == ServiceItem.MICROPHONE ? 8 : 1)));
      }
    }
    return RequestForm.of(1 + random.nextInt(200), services, random.nextBoolean() ? null : Texts.plain(random, 100));
  }

  private static RoomId room(RandomGenerator random) {
    return ROOMS.get(random.nextInt(ROOMS.size()));
  }

  private static Instant start(RandomGenerator random, Instant now) {
    Instant halfHour = now.truncatedTo(ChronoUnit.HOURS);
    return halfHour.plus(Duration.ofMinutes(30L * (random.nextInt(250) - 4)));
  }

  private static Instant end(RandomGenerator random, Instant start) {
    return start.plus(Duration.ofMinutes(30L * (1 + random.nextInt(8))));
  }

  private static String note(RandomGenerator random) {
    return random.nextBoolean() ? null : Texts.plain(random, 100);
  }

  /** Mostly all four devices, in any order; now and then one is missing or named twice. */
  private static List<Device> devices(RandomGenerator random) {
    List<Device> devices = new ArrayList<>(Arrays.asList(Device.values()));
    if (random.nextInt(6) == 0) {
      devices.remove(random.nextInt(devices.size()));
    }
    if (random.nextInt(6) == 0) {
      devices.add(Actors.pick(random, Device.values()));
    }
    for (int i = devices.size() - 1; i > 0; i--) {
      devices.set(i, devices.set(random.nextInt(i + 1), devices.get(i)));
    }
    return devices;
  }

  /** Mostly a preparation that may be waived; sometimes one that may not. */
  private static Task waivedTask(RandomGenerator random) {
    return random.nextInt(6) == 0
        ? Actors.pick(random, Task.values())
        : Actors.pick(random, Task.SET_UP_VENUE, Task.GUIDE_ATTENDEES, Task.CHECK_DEVICES, Task.CLEAR_ROADS_AND_PARKING,
            Task.CLEAN_AND_INSPECT_VENUE);
  }

  private static Instant anyInstant(RandomGenerator random, Instant now) {
    return switch (random.nextInt(12)) {
      case 0 -> null;
      case 1 -> Instant.MIN;
      case 2 -> Instant.MAX;
      case 3 -> Instant.EPOCH;
      case 4 -> now.plusNanos(1 + random.nextInt(1_000_000));
      case 5 -> Instant.parse("2199-12-31T23:30:00Z");
      default -> start(random, now);
    };
  }

  private static Client arbitraryClient(RandomGenerator random) {
    if (random.nextInt(10) == 0) {
      return null;
    }
    return new Client(Texts.any(random, 110),
        random.nextInt(10) == 0 ? null : PersonName.of(Texts.any(random, 60)),
        random.nextInt(10) == 0 ? null : PhoneNumber.of(random.nextBoolean() ? Texts.any(random, 25) : "1380013" + random.nextInt(10000)));
  }

  private static RequestForm arbitraryForm(RandomGenerator random) {
    if (random.nextInt(10) == 0) {
      return null;
    }
    List<ServiceOrder> services = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      services.add(random.nextInt(8) == 0 ? null
          : new ServiceOrder(random.nextInt(8) == 0 ? null : Actors.pick(random, ServiceItem.values()), random.nextInt(1003) - 1));
    }
    return new RequestForm(Actors.pick(random, -1, 0, 1, 30, 10_000, 10_001), random.nextInt(8) == 0 ? null : services,
        random.nextInt(5) == 0 ? null : java.util.Optional.ofNullable(Texts.any(random, 1100)));
  }

  private static <T> List<T> withNulls(RandomGenerator random, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    if (random.nextInt(5) == 0) {
      copy.add(null);
    }
    return copy;
  }

  private static CommandId commandId(RandomGenerator random) {
    return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
  }
}
