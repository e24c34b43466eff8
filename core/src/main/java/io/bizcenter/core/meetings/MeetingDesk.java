package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.CasePath;
import io.bizcenter.core.procedure.DeskPorts;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Meeting reception for a vendor's code: {@link #handle} takes any meeting command (each record of {@link MeetingCommand}
 * is a step of the source) and answers the meeting after the step or the typed rejection that says why not; plus the
 * room's calendar. Every command takes the same path ({@link CasePath}).
 */
public final class MeetingDesk {
  private final CasePath<MeetingState, MeetingAction, Meeting, MeetingCommand> path;
  private final Meetings meetings;

  public MeetingDesk(Meetings meetings, DeskPorts ports, Function<CenterId, MeetingPolicy> policies) {
    this.meetings = meetings;
    this.path = new CasePath<>(new MeetingRules(MeetingProcedure.declare(meetings, policies, ports.zones()), policies), meetings,
        ports);
  }

  /**
   * Carries out one meeting command, named after the source's step ({@code new BookMeetingRoom(...)}, {@code new
   * SetUpVenue(...)}): the meeting after the step, or the typed rejection that says why not.
   */
  public Either<Rejection, Meeting> handle(MeetingCommand command, Actor actor) {
    return path.handle(command, actor);
  }

  /** The meeting, if the actor works for its center; otherwise answered as an unknown id. */
  public Either<Rejection, Meeting> find(Actor actor, CenterId center, MeetingId id) {
    return path.find(actor, center, id == null ? null : id.value());
  }

  /**
   * The room's calendar: the meetings holding {@code room} for some moment of [{@code from}, {@code to}), earliest
   * first, for an actor of the center whose seat reads meetings (anyone else sees an empty calendar, as for a room
   * nobody booked).
   */
  public List<Meeting> bookings(Actor actor, CenterId center, RoomId room, Instant from, Instant to) {
    if (actor == null || !actor.worksFor(center) || room == null || from == null || to == null || !from.isBefore(to)) {
      return List.of();
    }
    // a calendar reaches no further than bookings can: the store never sees an instant it cannot hold
    Instant since = from.isBefore(MeetingCommand.EARLIEST) ? MeetingCommand.EARLIEST : from;
    Instant until = to.isAfter(MeetingCommand.LATEST) ? MeetingCommand.LATEST : to;
    return since.isBefore(until) ? path.readable(actor, meetings.overlapping(center, room, since, until)) : List.of();
  }

  /** What this actor may do on the meeting now: the answer for a vendor's screen (GS-3). */
  public Either<Rejection, List<MeetingAction>> availableActions(Actor actor, CenterId center, MeetingId id) {
    return path.availableActions(actor, center, id == null ? null : id.value());
  }

  /** With which actions this actor may open a meeting. */
  public List<MeetingAction> openingActions(Actor actor) {
    return actor == null ? List.of() : definition().openingActions(actor);
  }

  /** The meeting's audit trail (GS-6): every step, waivers with their reasons. */
  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, MeetingId id) {
    return path.trail(actor, center, id == null ? null : id.value());
  }

  public ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> definition() {
    return path.definition();
  }

  /** What a meeting owes the agenda under the center's policies (GS-7), as this desk writes it. */
  public Duties<Meeting> duties() {
    return path.duties();
  }
}
