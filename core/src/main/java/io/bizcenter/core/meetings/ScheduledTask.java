package io.bizcenter.core.meetings;

import java.time.Instant;
import java.util.Optional;

/**
 * One task of one meeting on the meeting's own timeline: from when it can be done, by when it is due, where it
 * stands, when it was settled (done, waived, withdrawn) and the note that came with it (a waiver's reason, say).
 */
public record ScheduledTask(
    Task task, TaskStatus status, Instant availableFrom, Instant dueAt, Optional<Instant> settledAt, Optional<String> note) {
  public static ScheduledTask open(Task task, Instant availableFrom, Instant dueAt) {
    return new ScheduledTask(task, TaskStatus.OPEN, availableFrom, dueAt, Optional.empty(), Optional.empty());
  }

  /** Only an open task is owed, and so on its department's agenda. */
  public boolean owed() {
    return status == TaskStatus.OPEN;
  }

  ScheduledTask settled(TaskStatus to, Instant at, Optional<String> why) {
    return new ScheduledTask(task, to, availableFrom, dueAt, Optional.of(at), why);
  }

  ScheduledTask reopened() {
    return new ScheduledTask(task, TaskStatus.OPEN, availableFrom, dueAt, Optional.empty(), Optional.empty());
  }

  ScheduledTask within(Instant from, Instant due) {
    return new ScheduledTask(task, status, from, due, settledAt, note);
  }
}
