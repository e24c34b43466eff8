package io.bizcenter.core.meetings;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.procedure.Duties;
import java.time.ZoneId;
import java.util.List;

/**
 * What a meeting owes, for the agenda (GS-7): each open task, on its department's agenda under its seat, from when it
 * can be done until it is due, with its clause; the windows are the meeting's own timeline, planned by the decision.
 * Until the confirmation tells the other departments (MR-1.1), only the confirmation is owed; a closed or cancelled
 * meeting owes nothing.
 */
final class MeetingDuties implements Duties<Meeting> {
  private final String procedure;

  MeetingDuties(String procedure) {
    this.procedure = procedure;
  }

  @Override
  public List<AgendaItem> owed(Meeting meeting, ZoneId zone) {
    if (!meeting.live()) {
      return List.of();
    }
    return meeting.tasks().stream()
        .filter(ScheduledTask::owed)
        .filter(t -> meeting.state() != MeetingState.BOOKED || t.task() == Task.CONFIRM_AND_REQUEST_FORM)
        .map(t -> new AgendaItem(meeting.center(), procedure, meeting.id().value(), meeting.state().name(),
            List.of(t.task().action().name()), t.task().seat(), t.availableFrom(), t.dueAt(), t.task().clause()))
        .toList();
  }
}
