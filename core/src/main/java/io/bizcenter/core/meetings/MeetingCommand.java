package io.bizcenter.core.meetings;

import static io.bizcenter.core.kernel.Field.all;
import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.RoomId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commands of meeting reception, in the imperative. Each checks its own fields, every error collected (GS-1); which
 * step it triggers is declared once, in {@link MeetingProcedure}; {@code toString} masks the client's contact through
 * {@link Client}.
 */
public sealed interface MeetingCommand extends Command {
  int ROOM = 64;
  int COMPANY = 100;
  int SUBJECT = 100;
  int NOTE = 1000;
  int REFERENCE = 64;
  int MOST_ATTENDEES = 10_000;
  int MOST_OF_AN_ITEM = 1_000;
  int MOST_SERVINGS = 100_000;
  /** Bookings are made in whole minutes between these instants; anything else is a typing error, not a meeting. */
  Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  /** Every field error of the command, or the command itself. */
  Validation<Seq<FieldError>, MeetingCommand> check();

  /** A command that books a room for a meeting in a slot: the room's calendar is held while it is decided. */
  sealed interface InSlot extends MeetingCommand {
    RoomId room();

    Instant startsAt();

    Instant endsAt();
  }

  /** A command on an existing meeting. */
  sealed interface OnMeeting extends MeetingCommand, Command.OnCase {
    MeetingId meetingId();

    default String caseId() {
      return meetingId() == null ? null : meetingId().value();
    }
  }

  /** MR-0.1: the client asks for a meeting room; Service books it and keeps the client's contact. */
  record BookMeetingRoom(CommandId commandId, CenterId center, RoomId room, Instant startsAt, Instant endsAt, Client client,
      String subject) implements InSlot {

    public Validation<Seq<FieldError>, MeetingCommand> check() {
      List<Validation<FieldError, ?>> checks = slot(room, startsAt, endsAt);
      if (client == null) {
        checks.add(present("client", client));
      } else {
        checks.add(line("client.company", client.company(), COMPANY));
        checks.add(Field.name("client.contact", client.contact()));
        checks.add(Field.phone("client.phone", client.phone()));
      }
      checks.add(line("subject", subject, SUBJECT));
      return collect(this, checks);
    }
  }

  /** MR-0.1: Service keeps in contact with the client until the meeting ends; each contact is noted. */
  record RecordClientContact(CommandId commandId, CenterId center, MeetingId meetingId, String note) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, text("note", note, NOTE));
    }
  }

  /** MR-0.1: the client moves the meeting to another slot (or room); the timeline is planned again. */
  record RescheduleMeeting(CommandId commandId, CenterId center, MeetingId meetingId, RoomId room, Instant startsAt, Instant endsAt,
      String reason) implements OnMeeting, InSlot {

    public Validation<Seq<FieldError>, MeetingCommand> check() {
      List<Validation<FieldError, ?>> checks = slot(room, startsAt, endsAt);
      checks.add(text("reason", reason, NOTE));
      return on(this, checks);
    }
  }

  /** MR-0.1: the client calls the meeting off before it starts. */
  record CancelMeeting(CommandId commandId, CenterId center, MeetingId meetingId, String reason) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, text("reason", reason, NOTE));
    }
  }

  /** MR-1.1: Service &amp; Cleaning confirms the meeting with the client's request form; the other departments are told. */
  record ConfirmMeeting(CommandId commandId, CenterId center, MeetingId meetingId, RequestForm form) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      if (form == null) {
        return on(this, present("form", form));
      }
      List<Validation<FieldError, ?>> checks = new ArrayList<>();
      checks.add(form.attendees() >= 1 && form.attendees() <= MOST_ATTENDEES
          ? Validation.valid(form.attendees())
          : Validation.invalid(FieldError.of("form.attendees", FieldError.Problem.NOT_ALLOWED, 1, MOST_ATTENDEES)));
      checks.add(services(form.services()));
      checks.add(optionalText("form.requirements", form.requirements().orElse(null)));
      return on(this, checks);
    }
  }

  /** MR-1.2: Service &amp; Cleaning sets up the venue the day before. */
  record SetUpVenue(CommandId commandId, CenterId center, MeetingId meetingId, String note) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, optionalText("note", note));
    }
  }

  /** MR-1.2: the reception staff guide the attendees in. */
  record GuideAttendees(CommandId commandId, CenterId center, MeetingId meetingId, String note) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, optionalText("note", note));
    }
  }

  /** MR-1.3: Engineering confirms the devices that work: all four must, before the check counts as done. */
  record CheckDevices(CommandId commandId, CenterId center, MeetingId meetingId, List<Device> working, String note) implements OnMeeting {
    public CheckDevices {
      working = working == null ? null : Collections.unmodifiableList(new ArrayList<>(working));
    }

    /** The devices not confirmed working (empty once the check is complete). */
    public Set<Device> notConfirmed() {
      Set<Device> missing = EnumSet.allOf(Device.class);
      working.forEach(missing::remove);
      return missing;
    }

    public Validation<Seq<FieldError>, MeetingCommand> check() {
      Validation<FieldError, ?> devices = working == null || working.contains(null)
          ? Validation.invalid(FieldError.of("working", FieldError.Problem.MISSING))
          : Validation.valid(working);
      return on(this, devices, optionalText("note", note));
    }
  }

  /** MR-1.4: Security keeps the roads clear and arranges the visitors' parking, from an hour before. */
  record ClearRoadsAndParking(CommandId commandId, CenterId center, MeetingId meetingId, String note) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, optionalText("note", note));
    }
  }

  /** MR-1.5: Service cleans the venue the day before and sees the cleaning inspected. */
  record CleanAndInspectVenue(CommandId commandId, CenterId center, MeetingId meetingId, String note) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, optionalText("note", note));
    }
  }

  /** A department manager lets the meeting start without one preparation task, saying why (on the audit trail). */
  record WaiveTask(CommandId commandId, CenterId center, MeetingId meetingId, Task task, String reason) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, present("task", task), text("reason", reason, NOTE));
    }
  }

  /** The meeting begins: every preparation is done or waived. */
  record StartMeeting(CommandId commandId, CenterId center, MeetingId meetingId) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, new ArrayList<>());
    }
  }

  /** MR-2.1: Service served tea throughout; how many servings (they go on the invoice). */
  record RecordTeaService(CommandId commandId, CenterId center, MeetingId meetingId, int servings) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, servings >= 0 && servings <= MOST_SERVINGS
          ? Validation.valid(servings)
          : Validation.invalid(FieldError.of("servings", FieldError.Problem.NOT_ALLOWED, 0, MOST_SERVINGS)));
    }
  }

  /** MR-2.1: an incident during the meeting, and how it was handled. */
  record LogIncident(CommandId commandId, CenterId center, MeetingId meetingId, String description) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, text("description", description, NOTE));
    }
  }

  /** MR-2.2: Engineering kept every device working, played the music and set the lighting as the meeting went. */
  record RecordSoundAndLighting(CommandId commandId, CenterId center, MeetingId meetingId, String note) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, optionalText("note", note));
    }
  }

  /** The meeting is over. */
  record EndMeeting(CommandId commandId, CenterId center, MeetingId meetingId) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, new ArrayList<>());
    }
  }

  /** MR-3.1: guests seen out, rostrum tidied, the invoice issued to the client under the vendor's invoice number. */
  record SeeOffAndInvoice(CommandId commandId, CenterId center, MeetingId meetingId, String invoiceNumber) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, line("invoiceNumber", invoiceNumber, REFERENCE));
    }
  }

  /** MR-3.2: Engineering collected every device used and locked it away, in the named store. */
  record CollectEquipment(CommandId commandId, CenterId center, MeetingId meetingId, String lockedIn) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, line("lockedIn", lockedIn, REFERENCE));
    }
  }

  /** MR-3.3: Service cleaned the venue after the meeting. */
  record CleanVenue(CommandId commandId, CenterId center, MeetingId meetingId, String note) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, optionalText("note", note));
    }
  }

  /** Every task done: Service, which coordinated the departments (MR-0.1), closes the meeting's case. */
  record CloseMeeting(CommandId commandId, CenterId center, MeetingId meetingId) implements OnMeeting {
    public Validation<Seq<FieldError>, MeetingCommand> check() {
      return on(this, new ArrayList<>());
    }
  }

  /** Room, start and end of a slot: whole minutes, the end after the start, at most {@link Meeting#LONGEST}. */
  private static List<Validation<FieldError, ?>> slot(RoomId room, Instant startsAt, Instant endsAt) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(present("room", room).flatMap(r -> line("room", r.value(), ROOM)));
    Validation<FieldError, Instant> start = instant("startsAt", startsAt);
    checks.add(start);
    checks.add(instant("endsAt", endsAt).flatMap(end -> start.fold(
        startError -> Validation.valid(end),
        begin -> end.isAfter(begin) && Duration.between(begin, end).compareTo(Meeting.LONGEST) <= 0
            ? Validation.valid(end)
            : Validation.invalid(FieldError.of("endsAt", FieldError.Problem.NOT_ALLOWED)))));
    return checks;
  }

  private static Validation<FieldError, Instant> instant(String field, Instant at) {
    return present(field, at).flatMap(t -> !t.isBefore(EARLIEST) && t.isBefore(LATEST) && t.getEpochSecond() % 60 == 0 && t.getNano() == 0
        ? Validation.valid(t)
        : Validation.invalid(FieldError.of(field, FieldError.Problem.MALFORMED)));
  }

  private static Validation<FieldError, ?> services(List<ServiceOrder> services) {
    if (services == null || services.contains(null)) {
      return Validation.invalid(FieldError.of("form.services", FieldError.Problem.MISSING));
    }
    Set<ServiceItem> seen = EnumSet.noneOf(ServiceItem.class);
    for (ServiceOrder order : services) {
      boolean fine = order.item() != null && order.item().onRequest() && seen.add(order.item())
          && order.quantity() >= 1 && order.quantity() <= MOST_OF_AN_ITEM;
      if (!fine) {
        return Validation.invalid(FieldError.of("form.services", FieldError.Problem.NOT_ALLOWED));
      }
    }
    return Validation.valid(services);
  }

  /** A note the clerk may leave out; if given, it is checked like any text. */
  private static Validation<FieldError, ?> optionalText(String field, String value) {
    return value == null ? Validation.valid(Optional.empty()) : text(field, value, NOTE);
  }

  @SafeVarargs
  private static Validation<Seq<FieldError>, MeetingCommand> on(OnMeeting c, Validation<FieldError, ?>... fields) {
    return on(c, new ArrayList<>(List.of(fields)));
  }

  private static Validation<Seq<FieldError>, MeetingCommand> on(OnMeeting c, List<Validation<FieldError, ?>> fields) {
    fields.add(0, present("meetingId", c.meetingId()).flatMap(i -> line("meetingId", i.value(), REFERENCE)));
    return collect(c, fields);
  }

  private static Validation<Seq<FieldError>, MeetingCommand> collect(MeetingCommand c, List<Validation<FieldError, ?>> checks) {
    @SuppressWarnings("unchecked")
    Validation<FieldError, ?>[] array = checks.toArray(Validation[]::new);
    return all(c, array);
  }
}
