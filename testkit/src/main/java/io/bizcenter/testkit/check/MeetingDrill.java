package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.testkit.MeetingCommands;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Meeting reception (MR), driven through {@link MeetingCommands}, with the room's calendar, which spans meetings. */
public final class MeetingDrill extends Drill<MeetingState, MeetingAction, Meeting, MeetingCommand> {
  /** The rule of the room's calendar. */
  private static final Clause CALENDAR = Clause.of("MR-0.1");

  public MeetingDrill() {
    super(Shapes.CENTER.meetings().definition());
  }

  @Override
  protected ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> definitionIn(BusinessCenter center) {
    return center.meetings().definition();
  }

  @Override
  protected CaseStore<Meeting> cases(Storage storage) {
    return storage.meetings();
  }

  @Override
  protected Either<Rejection, Meeting> send(BusinessCenter center, MeetingCommand command, Actor actor) {
    return center.meetings().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<MeetingAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.meetings().availableActions(actor, where, MeetingId.of(caseId));
  }

  /** Any booking; now and then one over the slot of a meeting already booked, so that the room's calendar is tried (MR-0.1). */
  @Override
  protected MeetingCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    MeetingCommand.BookMeetingRoom booking = MeetingCommands.booking(random, center, now);
    List<Meeting> booked = storage.meetings().all(center).stream().filter(Meeting::holdsRoom).toList();
    if (booked.isEmpty() || random.nextInt(3) > 0) {
      return booking;
    }
    Meeting other = booked.get(random.nextInt(booked.size()));
    Instant start = other.startsAt().plus(Duration.ofMinutes(30L * (random.nextInt(5) - 2)));
    return new MeetingCommand.BookMeetingRoom(booking.commandId(), center, other.room(), start, start.plus(Duration.ofMinutes(30L + 30L * random.nextInt(4))),
        booking.client(), booking.subject());
  }

  @Override
  protected MeetingCommand commandFor(RandomGenerator random, Meeting current, MeetingAction action, Storage storage, Instant now) {
    return MeetingCommands.wellFormedFor(random, current.center(), now, current.id(), action);
  }

  @Override
  protected MeetingCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return MeetingCommands.arbitrary(random, centers, now, knownIds.stream().map(MeetingId::of).toList());
  }

  /** Staff and managers of the four departments a meeting needs, and the reception staff who guide attendees (MR-1.2). */
  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    String person = "p" + random.nextInt(2);
    return List.of(
        Actor.of("service-" + person, Role.STAFF, Department.SERVICE, center),
        Actor.of("service-manager", Role.DEPARTMENT_MANAGER, Department.SERVICE, center),
        Actor.of("cleaning-" + person, Role.STAFF, Department.SERVICE_AND_CLEANING, center),
        Actor.of("cleaning-manager", Role.DEPARTMENT_MANAGER, Department.SERVICE_AND_CLEANING, center),
        Actor.of("reception-" + person, Role.RECEPTION_STAFF, Department.SERVICE_AND_CLEANING, center),
        Actor.of("engineering-" + person, Role.STAFF, Department.ENGINEERING, center),
        Actor.of("security-" + person, Role.STAFF, Department.SECURITY, center));
  }

  @Override
  protected Duties<Meeting> dutiesIn(BusinessCenter center) {
    return center.meetings().duties();
  }

  /** MR-0.1: a booking or a move takes a slot still to come, in which no other meeting of the center holds the room. */
  @Override
  protected Option<Rejection> beyondTheDeclaration(MeetingCommand command, Storage storage, Instant now, Configuration configuration) {
    if (!(command instanceof MeetingCommand.InSlot slot)) {
      return Option.none();
    }
    ZoneId zone = configuration.zones().apply(slot.center());
    if (!slot.startsAt().isAfter(now.truncatedTo(ChronoUnit.MICROS))) {
      return Option.of(new MeetingRejection.StartsInThePast(slot.startsAt().atZone(zone).toLocalDateTime(), CALENDAR));
    }
    Optional<MeetingId> self = command instanceof MeetingCommand.RescheduleMeeting move ? Optional.of(move.meetingId()) : Optional.empty();
    return Option.ofOptional(storage.meetings().all(slot.center()).stream()
        .filter(m -> m.state() != MeetingState.CANCELLED && m.room().equals(slot.room()))
        .filter(m -> self.map(id -> !id.equals(m.id())).orElse(true))
        .filter(m -> m.startsAt().isBefore(slot.endsAt()) && slot.startsAt().isBefore(m.endsAt()))
        .min(Comparator.comparing(Meeting::startsAt).thenComparing(m -> m.id().value()))
        .<Rejection>map(other -> new MeetingRejection.RoomAlreadyBooked(other.room(), other.id(), other.startsAt().atZone(zone).toLocalDateTime(),
            other.endsAt().atZone(zone).toLocalDateTime(), CALENDAR)));
  }

  /** Steps that do not move a meeting on weigh less, so that sequences get to the end of meetings. */
  @Override
  protected int weight(MeetingAction action) {
    return switch (action) {
      case CANCEL -> 1;
      case RECORD_CLIENT_CONTACT, RESCHEDULE, LOG_INCIDENT, WAIVE_TASK -> 3;
      default -> 20;
    };
  }
}
