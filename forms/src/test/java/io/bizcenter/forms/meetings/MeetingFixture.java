package io.bizcenter.forms.meetings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingCommand.BookMeetingRoom;
import io.bizcenter.core.meetings.MeetingCommand.ConfirmMeeting;
import io.bizcenter.core.meetings.MeetingDesk;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingPolicy;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.ServiceOrder;
import io.bizcenter.forms.Run;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One business center on the in-memory adapter running meeting reception (MR) for real, through the meeting desk: a
 * manual clock from Monday 2 March 2026, 09:00 in Shanghai, sequential ids.
 */
public final class MeetingFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final Instant START = local("2026-03-02T09:00");

  final Actor serviceClerk = Actors.of("sv-01", Role.STAFF, Department.SERVICE, TOWER);
  final Actor cleaningClerk = Actors.of("sc-01", Role.STAFF, Department.SERVICE_AND_CLEANING, TOWER);
  final ManualClock clock = new ManualClock(START);
  final BusinessCenter center = BusinessCenter.builder()
      .storage(new InMemoryStorage())
      .notifier(new RecordingNotifier())
      .ids(new SequentialIds("M")::next)
      .clock(clock)
      .meetingPolicies(c -> MeetingPolicy.defaults())
      .build();
  private final AtomicInteger commands = new AtomicInteger();

  static Instant local(String dateTime) {
    return OffsetDateTime.parse(dateTime + "+08:00").toInstant();
  }

  MeetingDesk desk() {
    return center.meetings();
  }

  /** Room 501 booked on Tuesday 10 March 2026, 09:00 to 11:30, for {@code contact} of a client company (MR-0.1). */
  public Run<Meeting> booked(String contact) {
    Meeting m = accepted(new BookMeetingRoom(next(), TOWER, RoomId.of("501"), local("2026-03-10T09:00"), local("2026-03-10T11:30"),
        Client.of("上海某某贸易有限公司", contact, "13912345678"), "季度经营分析会"), serviceClerk);
    return run(m.id());
  }

  /**
   * The booking confirmed two days before by Service & Cleaning with the client's request form: 25 attendees, four
   * microphones and projection, flowers on the rostrum (MR-1.1).
   */
  public Run<Meeting> confirmed(String contact) {
    MeetingId id = booked(contact).kase().id();
    clock.set(local("2026-03-08T10:00"));
    RequestForm form = RequestForm.of(25, List.of(ServiceOrder.of(ServiceItem.MICROPHONE, 4), ServiceOrder.of(ServiceItem.PROJECTION, 1)),
        "主席台摆放鲜花");
    accepted(new ConfirmMeeting(next(), TOWER, id, form), cleaningClerk);
    return run(id);
  }

  private Run<Meeting> run(MeetingId id) {
    return new Run<>(desk().find(serviceClerk, TOWER, id).get(), desk().trail(serviceClerk, TOWER, id).get());
  }

  private CommandId next() {
    return CommandId.of("cmd-" + commands.incrementAndGet());
  }

  private Meeting accepted(MeetingCommand command, Actor actor) {
    clock.advance(Duration.ofMinutes(5));
    Either<Rejection, Meeting> answer = desk().handle(command, actor);
    assertTrue(answer.isRight(), () -> command + " refused: " + answer.getLeft().message(Messages.EN));
    return answer.get();
  }
}
