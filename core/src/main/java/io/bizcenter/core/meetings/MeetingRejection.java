package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.RuleFamily;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Meeting reception's own rules, as rejections that carry their data; each one's code is read off the record
 * ({@link Rejection.RuleBroken}), and its arguments too unless its message shows them otherwise (local times, a count
 * of tasks). Its clause is the rule that refused, or the clause of the task it names. Times are the property's local times.
 */
@RuleFamily("MR")
public sealed interface MeetingRejection extends Rejection.RuleBroken {
  DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The room is booked by another meeting for part of the slot: no two bookings of a room overlap (MR-0.1). */
  record RoomAlreadyBooked(RoomId room, MeetingId other, LocalDateTime from, LocalDateTime until, Clause clause) implements MeetingRejection {
    public List<Object> arguments() {
      return List.of(room.value(), other.value(), LOCAL.format(from), LOCAL.format(until));
    }
  }

  /** A meeting is booked (or moved) for a time still to come (MR-0.1). */
  record StartsInThePast(LocalDateTime startsAt, Clause clause) implements MeetingRejection {
    public List<Object> arguments() {
      return List.of(LOCAL.format(startsAt));
    }
  }

  /** The task was already done, waived or withdrawn: it is done once (under the task's own clause). */
  record TaskNotOpen(Task task, TaskStatus status) implements MeetingRejection {
    public Clause clause() {
      return task.clause();
    }
  }

  /** Only a preparation other than the confirmation may be waived (MR-1.1 tells the departments at all). */
  record TaskNotWaivable(Task task) implements MeetingRejection {
    public Clause clause() {
      return task.clause();
    }
  }

  /** The meeting cannot start while a preparation is open and not waived (under the first open one's clause). */
  record PreparationIncomplete(List<Task> open) implements MeetingRejection {
    public PreparationIncomplete {
      open = List.copyOf(open);
    }

    public Clause clause() {
      return open.get(0).clause();
    }

    public List<Object> arguments() {
      return List.of(open.size());
    }

    @Override
    public String message(Locale locale) {
      return Messages.text(getClass(), locale, "rejection." + code(), List.of(labels(open, locale)));
    }
  }

  /** The meeting's case closes only when every task is done (under the first open one's clause). */
  record TasksStillOpen(List<Task> open) implements MeetingRejection {
    public TasksStillOpen {
      open = List.copyOf(open);
    }

    public Clause clause() {
      return open.get(0).clause();
    }

    public List<Object> arguments() {
      return List.of(open.size());
    }

    @Override
    public String message(Locale locale) {
      return Messages.text(getClass(), locale, "rejection." + code(), List.of(labels(open, locale)));
    }
  }

  /** Engineering confirms every device of the venue, or the check is not done (MR-1.3). */
  record DevicesNotConfirmed(List<Device> missing, Clause clause) implements MeetingRejection {
    public DevicesNotConfirmed {
      missing = List.copyOf(missing);
    }

    public List<Object> arguments() {
      return List.of(missing.size());
    }

    @Override
    public String message(Locale locale) {
      return Messages.text(getClass(), locale, "rejection." + code(), List.of(labels(missing, locale)));
    }
  }

  /** The invoice counts the tea served, so the tea service is recorded first (MR-3.1, from MR-2.1). */
  record TeaServiceNotRecorded(Clause clause) implements MeetingRejection {}

  private static String labels(List<? extends Enum<?>> values, Locale locale) {
    // the Chinese enumeration comma between Chinese labels, a comma and space between English ones
    String separator = locale.getLanguage().equals(Messages.ZH_CN.getLanguage()) ? "、" : ", ";
    return values.stream().map(v -> Messages.label(v, locale)).collect(Collectors.joining(separator));
  }
}
