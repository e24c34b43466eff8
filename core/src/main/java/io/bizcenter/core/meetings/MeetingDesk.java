package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.procedure.CaseDesk;
import io.bizcenter.core.procedure.CasePath;
import io.bizcenter.core.procedure.DeskPorts;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Meeting reception for a vendor's code: {@link #handle} takes any meeting command (each record of {@link MeetingCommand}
 * is a step of the source) and answers the meeting after the step or the typed rejection that says why not; plus the
 * room's calendar. Every command takes the same path ({@link CasePath}).
 */
public final class MeetingDesk extends CaseDesk<MeetingState, MeetingAction, Meeting, MeetingCommand, MeetingId> {
  private final Meetings meetings;

  public MeetingDesk(Meetings meetings, DeskPorts ports, Function<CenterId, MeetingPolicy> policies) {
    super(new MeetingRules(MeetingProcedure.declare(meetings, policies, ports.zones()), policies), meetings, ports);
    this.meetings = meetings;
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
    return since.isBefore(until) ? path().readable(actor, meetings.overlapping(center, room, since, until)) : List.of();
  }
}
