package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.bizcenter.core.procedure.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plugs meeting reception into the one command path: its declaration, field checks and decisions, the meeting's own
 * timeline as its duties, and the room's calendar. The calendar rule spans meetings, so a booking or reschedule holds
 * {@code "room:<id>"} alone while it looks for a clash (two nodes cannot book overlapping slots at once).
 */
final class MeetingRules implements ProcedureRules<MeetingState, MeetingAction, Meeting, MeetingCommand> {
  private final Meetings meetings;
  private final Function<CenterId, MeetingPolicy> policies;
  private final Function<CenterId, ZoneId> zones;

  MeetingRules(Meetings meetings, Function<CenterId, MeetingPolicy> policies, Function<CenterId, ZoneId> zones) {
    this.meetings = meetings;
    this.policies = policies;
    this.zones = zones;
  }

  public ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> definition() {
    return MeetingProcedure.DEFINITION;
  }

  public Class<Meeting> caseType() {
    return Meeting.class;
  }

  public Validation<Seq<FieldError>, MeetingCommand> validate(MeetingCommand command) {
    return command.check();
  }

  public MeetingAction action(MeetingCommand command) {
    return command.action();
  }

  public Option<String> target(MeetingCommand command) {
    return command instanceof MeetingCommand.OnMeeting on ? Option.of(on.meetingId().value()) : Option.none();
  }

  public Either<Rejection, Decision<Meeting>> open(MeetingCommand command, Step<MeetingState> step) {
    MeetingCommand.BookMeetingRoom booking = (MeetingCommand.BookMeetingRoom) command;
    ZoneId zone = zones.apply(step.center());
    return free(booking, step, Optional.empty(), zone)
        .map(ok -> Meeting.book(booking, step, policies.apply(step.center()), zone));
  }

  public Either<Rejection, Decision<Meeting>> decide(Meeting current, MeetingCommand command, Step<MeetingState> step) {
    ZoneId zone = zones.apply(step.center());
    Either<Rejection, MeetingCommand> slotFree = command instanceof MeetingCommand.RescheduleMeeting move
        ? free(move, step, Optional.of(current.id()), zone).map(ok -> command)
        : Either.right(command);
    return slotFree.map(ok -> current.decide((MeetingCommand.OnMeeting) command, step, policies.apply(step.center()), zone));
  }

  public Duties<Meeting> duties() {
    return new MeetingDuties(definition().name());
  }

  /** A booking or reschedule holds the room's calendar while it is decided. */
  @Override
  public List<String> exclusiveTo(MeetingCommand command) {
    return command instanceof MeetingCommand.InSlot slot ? List.of(roomResource(slot)) : List.of();
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }

  static String roomResource(MeetingCommand.InSlot slot) {
    return "room:" + slot.room().value();
  }

  /** MR-0.1: a slot still to come, in which no other meeting holds the room (the meeting itself aside, when moved). */
  private Either<Rejection, MeetingCommand.InSlot> free(MeetingCommand.InSlot slot, Step<MeetingState> step, Optional<MeetingId> self,
      ZoneId zone) {
    Instant now = step.at();
    if (!slot.startsAt().isAfter(now)) {
      return Either.left(new MeetingRejection.StartsInThePast(slot.startsAt().atZone(zone).toLocalDateTime()));
    }
    Optional<Meeting> clash = meetings.overlapping(step.center(), slot.room(), slot.startsAt(), slot.endsAt()).stream()
        .filter(other -> self.map(id -> !id.equals(other.id())).orElse(true))
        .findFirst();
    return clash.<Either<Rejection, MeetingCommand.InSlot>>map(other -> Either.left(new MeetingRejection.RoomAlreadyBooked(
            other.room(), other.id(), other.startsAt().atZone(zone).toLocalDateTime(), other.endsAt().atZone(zone).toLocalDateTime())))
        .orElseGet(() -> Either.right(slot));
  }
}
