package io.bizcenter.testkit.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.meetings.InvoiceLine;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingProcedure;
import io.bizcenter.core.meetings.MeetingRejection;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.ScheduledTask;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.meetings.TaskStatus;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.MeetingCommands;
import io.bizcenter.testkit.Sequences;
import io.bizcenter.testkit.StepSequences;
import io.bizcenter.testkit.check.CommandJudge;
import io.bizcenter.testkit.check.Step;
import io.bizcenter.testkit.check.StepLog;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful property tests of meeting reception: random sequences of commands (well-formed, repeated or arbitrary) by
 * random actors of two centers, against a fresh in-memory business center whose clock moves on between commands.
 * After every step: no two meetings holding a room overlap; every open task belongs to a live meeting and is on its
 * department's agenda exactly as the meeting's timeline says; no meeting is held with an open, unwaived preparation;
 * the trail is complete; an invoice adds up. A rejected command changes nothing; no exception escapes; and a
 * well-formed command is rejected exactly when the declaration (or the room's calendar, for a booking or a move)
 * says so, with that very rejection. On failure QuickTheories shrinks the sequence and prints its seed (rerun with
 * {@code -DQT_SEED=<seed>}).
 */
class MeetingProcedurePropertiesTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final CenterId PLAZA = CenterId.of("yy-plaza");
  private static final List<CenterId> CENTERS = List.of(TOWER, PLAZA);
  private static final ZoneId ZONE = BusinessCenter.DEFAULT_ZONE;
  private static final Department[] MEETING_DEPARTMENTS = {
    Department.SERVICE, Department.SERVICE_AND_CLEANING, Department.ENGINEERING, Department.SECURITY
  };
  /** Steps that do not move a meeting on: chosen less often, so that sequences get to the end of meetings. */
  private static final Set<MeetingAction> ASIDE = EnumSet.of(MeetingAction.RECORD_CLIENT_CONTACT, MeetingAction.RESCHEDULE,
      MeetingAction.CANCEL, MeetingAction.LOG_INCIDENT, MeetingAction.WAIVE_TASK);

  /** Repeats, arbitrary input, then mostly a step the declaration has from the meeting's state, by a seat that may take it. */
  private static final Gen<List<Step>> SEQUENCES = StepSequences.of(new Step.Mix(8, 18, 18, 35), 70);

  /** Which states and kinds of rejection the sequences reached: a property that never gets there proves nothing about it. */
  private static final Set<MeetingState> REACHED = EnumSet.noneOf(MeetingState.class);
  private static final Set<String> REJECTED = new java.util.TreeSet<>();

  @Test
  @DisplayName("MR-0.1 MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5 MR-2.1 MR-2.2 MR-3.1 MR-3.2 MR-3.3 GS-2 GS-5 GS-6 GS-7 random command sequences keep every invariant")
  void random_sequences_keep_the_invariants() {
    qt().withExamples(400).withShrinkCycles(1000).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    if (!REACHED.equals(EnumSet.allOf(MeetingState.class)) || !REJECTED.containsAll(EXPECTED_REJECTIONS)) {
      // some corners are rare in random runs: a fixed seed known to reach them keeps the coverage check stable
      qt().withFixedSeed(COVERING_SEED).withExamples(400).withShrinkCycles(1000).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    }
    assertEquals(EnumSet.allOf(MeetingState.class), REACHED, "every state was reached by some sequence");
    for (String code : EXPECTED_REJECTIONS) {
      assertTrue(REJECTED.contains(code), code + " was met by some sequence; met: " + REJECTED);
    }
  }

  private static final long COVERING_SEED = 20261126L;
  private static final List<String> EXPECTED_REJECTIONS = List.of("MR_ROOM_ALREADY_BOOKED", "MR_STARTS_IN_THE_PAST", "MR_TASK_NOT_OPEN",
      "MR_PREPARATION_INCOMPLETE", "MR_TASK_NOT_WAIVABLE", "ACTION_NOT_ALLOWED", "ACTOR_NOT_PERMITTED", "INVALID_INPUT", "CASE_NOT_FOUND");

  /** One business center and everything the test knows about it. */
  private static final class Run {
    private final InMemoryCenter parts = new InMemoryCenter(Instant.parse("2026-05-04T01:00:00Z"), "M");
    private final ManualClock clock = parts.clock();
    private final InMemoryStorage storage = parts.storage();
    private final BusinessCenter center = parts.builder().build();
    private final List<MeetingId> known = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final StepLog log = new StepLog();
    private final CommandJudge<Meeting> judge = new CommandJudge<>(parts.ids(), () -> parts.snapshot(CENTERS), log);

    /** A command as sent, remembering whether it was well-formed (only those have an oracle). */
    record Sent(MeetingCommand command, Actor actor, boolean arbitrary) {}

    void play(List<Step> steps) {
      Sequences.play(steps, random -> clock.advance(Duration.ofMinutes(random.nextInt(8) * 15L)), (step, random) -> perform(choose(step, random)));
    }

    private Sent choose(Step step, SplittableRandom random) {
      if (step.repeatsAnEarlierCommand() && !sent.isEmpty()) {
        return sent.get(random.nextInt(sent.size()));
      }
      if (step.offered() && !known.isEmpty()) {
        // mostly the newest meeting, so that one gets far
        MeetingId id = random.nextInt(3) > 0 ? known.get(known.size() - 1) : known.get(random.nextInt(known.size()));
        CenterId home = CENTERS.stream().filter(c -> storage.meetings().find(c, id.value()).isDefined()).findFirst().orElseThrow();
        Meeting current = storage.meetings().find(home, id.value()).get();
        Optional<Transition<MeetingState, MeetingAction, Meeting, MeetingCommand>> chosen = offeredStep(random, current);
        if (chosen.isPresent()) {
          Transition<MeetingState, MeetingAction, Meeting, MeetingCommand> t = chosen.get();
          Seat seat = t.who().seats().get(random.nextInt(t.who().seats().size()));
          Actor actor = new Actor(StaffId.of("s-" + random.nextInt(9)), seat.role().orElse(Actors.any(random, CENTERS).role()),
              seat.department().orElseThrow(), Set.of(home));
          return new Sent(MeetingCommands.wellFormedFor(random, home, clock.instant(), id, t.action()), actor, false);
        }
      }
      if (step.arbitrary()) {
        return new Sent(MeetingCommands.arbitrary(random, CENTERS, clock.instant(), known), Actors.any(random, CENTERS), true);
      }
      Actor actor = Actors.mostlyFrom(random, CENTERS, MEETING_DEPARTMENTS);
      CenterId where = random.nextInt(6) == 0 ? CENTERS.get(random.nextInt(CENTERS.size())) : actor.centers().iterator().next();
      return new Sent(MeetingCommands.wellFormed(random, where, clock.instant(), known), actor, false);
    }

    /** A step the declaration has from the meeting's state, mostly one that moves it on and whose task is still open. */
    private static Optional<Transition<MeetingState, MeetingAction, Meeting, MeetingCommand>> offeredStep(SplittableRandom random,
        Meeting current) {
      List<Transition<MeetingState, MeetingAction, Meeting, MeetingCommand>> all = MeetingProcedure.DEFINITION.stepsFrom(current.state());
      if (all.isEmpty()) {
        return Optional.empty();
      }
      List<Transition<MeetingState, MeetingAction, Meeting, MeetingCommand>> onwards = all.stream()
          .filter(t -> !ASIDE.contains(t.action()))
          .filter(t -> taskOf(t.action()).map(task -> current.status(task) == TaskStatus.OPEN).orElse(true))
          .filter(t -> t.action() != MeetingAction.START || current.openTasks(Task.Phase.BEFORE).isEmpty() || random.nextInt(4) == 0)
          .toList();
      List<Transition<MeetingState, MeetingAction, Meeting, MeetingCommand>> from = onwards.isEmpty() || random.nextInt(6) == 0 ? all : onwards;
      return Optional.of(from.get(random.nextInt(from.size())));
    }

    private static Optional<Task> taskOf(MeetingAction action) {
      for (Task task : Task.values()) {
        if (task.action() == action) {
          return Optional.of(task);
        }
      }
      return Optional.empty();
    }

    private void perform(Sent s) {
      Either<Rejection, Meeting> answer = judge.judge(s.command(), s.actor(), s.arbitrary(),
          () -> center.meetings().handle(s.command(), s.actor()), () -> oracle(s).map(Meeting::state), Meeting::state).answer();
      if (answer.isLeft()) {
        REJECTED.add(answer.getLeft().code());
      } else if (!known.contains(answer.get().id())) {
        known.add(answer.get().id());
      }
      answer.forEach(after -> REACHED.add(after.state()));
      sent.add(s);
      checkInvariants();
    }

    /** What the declaration and the room's calendar say of a well-formed command, worked out from the store before it runs. */
    private Either<Rejection, Meeting> oracle(Sent s) {
      MeetingCommand c = s.command();
      MeetingAction action = c.action();
      String target = c instanceof MeetingCommand.OnMeeting on ? on.meetingId().value() : null;
      if (!s.actor().worksFor(c.center())) {
        return Either.left(target == null ? new Rejection.NotInYourCenter(c.center()) : new Rejection.CaseNotFound("meetings", target));
      }
      if (target == null) {
        return MeetingProcedure.DEFINITION.checkOpening(action, s.actor())
            .flatMap(t -> calendar((MeetingCommand.InSlot) c, Optional.empty()).map(ok -> stateOnly(t.to())));
      }
      return storage.meetings().find(c.center(), target)
          .toEither(() -> (Rejection) new Rejection.CaseNotFound("meetings", target))
          .flatMap(current -> MeetingProcedure.DEFINITION.permits(current.state(), current, action, c, s.actor())
              .flatMap(t -> c instanceof MeetingCommand.RescheduleMeeting move
                  ? calendar(move, Optional.of(current.id())).map(ok -> t)
                  : Either.right(t)))
          .map(t -> stateOnly(t.to()));
    }

    /** MR-0.1 as a model: a slot still to come, and no other meeting of the center holding the room then. */
    private Either<Rejection, String> calendar(MeetingCommand.InSlot slot, Optional<MeetingId> self) {
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      if (!slot.startsAt().isAfter(now)) {
        return Either.left(new MeetingRejection.StartsInThePast(slot.startsAt().atZone(ZONE).toLocalDateTime()));
      }
      return storage.meetings().all(slot.center()).stream()
          .filter(m -> m.state() != MeetingState.CANCELLED && m.room().equals(slot.room()))
          .filter(m -> self.map(id -> !id.equals(m.id())).orElse(true))
          .filter(m -> m.startsAt().isBefore(slot.endsAt()) && slot.startsAt().isBefore(m.endsAt()))
          .min(Comparator.comparing(Meeting::startsAt).thenComparing(m -> m.id().value()))
          .<Either<Rejection, String>>map(other -> Either.left(new MeetingRejection.RoomAlreadyBooked(other.room(), other.id(),
              other.startsAt().atZone(ZONE).toLocalDateTime(), other.endsAt().atZone(ZONE).toLocalDateTime())))
          .orElse(Either.right("free"));
    }

    /** Only the state is compared: the rest of an expected meeting is the decision's to fill in. */
    private static Meeting stateOnly(MeetingState state) {
      Meeting.Builder expected = Meeting.builder();
      expected.id(MeetingId.of("expected")).center(TOWER).version(0).state(state).stateEnteredAt(Instant.EPOCH)
          .policy(io.bizcenter.core.meetings.MeetingPolicy.DEFAULT_VERSION).room(MeetingCommands.ROOMS.get(0)).startsAt(Instant.EPOCH)
          .endsAt(Instant.EPOCH).client(io.bizcenter.core.meetings.Client.of("x", "x", "00000")).subject("x").bookedAt(Instant.EPOCH)
          .bookedBy(StaffId.of("x")).scheduledAt(Instant.EPOCH).lateBooking(false);
      return expected.build();
    }

    private void checkInvariants() {
      for (CenterId c : CENTERS) {
        List<Meeting> meetings = storage.meetings().all(c);
        for (Meeting m : meetings) {
          String where = m.id() + " " + m.state() + log.trace();
          // MR-0.1: no two meetings holding a room overlap, and the store's calendar finds each where it is
          for (Meeting other : meetings) {
            if (other != m && m.holdsRoom() && other.holdsRoom() && m.room().equals(other.room())) {
              assertFalse(m.overlaps(other.startsAt(), other.endsAt()), "overlapping bookings " + m.id() + " and " + other.id() + log.trace());
            }
          }
          assertEquals(m.holdsRoom(), storage.meetings().overlapping(c, m.room(), m.startsAt(), m.endsAt()).contains(m), where);
          // GS-6: every accepted decision is on the trail, in order, and the meeting is where its trail says
          List<AuditEntry> trail = storage.eventLog().trail(c, "meetings", m.id().value());
          assertEquals(m.version(), trail.size(), "one audit entry per version " + where);
          assertEquals(m.state().name(), trail.get(trail.size() - 1).to(), where);
          // every open task belongs to a live meeting; a cancelled one has withdrawn every task it had open
          if (!m.live()) {
            assertTrue(m.openTasks().isEmpty(), "a closed or cancelled meeting has no open task " + where);
          }
          if (m.state() == MeetingState.CANCELLED) {
            assertTrue(m.cancellation().isPresent(), where);
          }
          // no meeting is held with an open, unwaived preparation (MR-1.1 to MR-1.5)
          if (EnumSet.of(MeetingState.IN_SESSION, MeetingState.ENDED, MeetingState.CLOSED).contains(m.state())) {
            assertTrue(m.openTasks(Task.Phase.BEFORE).isEmpty(), "held with an open preparation " + where);
            assertTrue(m.startedAt().isPresent(), where);
          }
          if (m.state() == MeetingState.CLOSED) {
            assertTrue(m.tasks().stream().allMatch(t -> t.status() == TaskStatus.DONE || t.status() == TaskStatus.WAIVED), where);
            assertTrue(m.invoice().isPresent(), where);
          }
          // MR-3.1: an invoice adds up, to the fen
          m.invoice().ifPresent(invoice -> {
            assertEquals(invoice.lines().stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus), invoice.total(), where);
            invoice.lines().forEach(l -> assertEquals(l.unitPrice().times(l.quantity()), l.amount(), where));
            assertEquals(2, invoice.total().amount().scale(), where);
          });
          // GS-7: the agenda holds exactly the open tasks of a live meeting (only the confirmation until then), as timed
          List<AgendaItem> agenda = storage.agenda().forCase(c, "meetings", m.id().value());
          List<ScheduledTask> owed = !m.live() ? List.of() : m.tasks().stream().filter(ScheduledTask::owed)
              .filter(t -> m.state() != MeetingState.BOOKED || t.task() == Task.CONFIRM_AND_REQUEST_FORM).toList();
          assertEquals(owed.stream().map(t -> t.task().action().name()).collect(Collectors.toSet()),
              agenda.stream().flatMap(i -> i.actions().stream()).collect(Collectors.toSet()), "the agenda is the open tasks " + where);
          for (AgendaItem item : agenda) {
            ScheduledTask task = owed.stream().filter(t -> item.actions().equals(List.of(t.task().action().name()))).findFirst().orElseThrow();
            assertEquals(task.task().seat(), item.seat(), where);
            assertEquals(task.dueAt(), item.dueAt(), where);
            assertEquals(task.availableFrom(), item.availableFrom(), where);
            assertEquals(task.task().clause(), item.clause(), where);
          }
        }
      }
    }

  }

  @Test
  @DisplayName("GS-3 GS-5 MR-0.1 for every state, action and seat: rejected with ACTION_NOT_ALLOWED or ACTOR_NOT_PERMITTED exactly when not available")
  void available_actions_are_exactly_the_allowed_ones() {
    List<Actor> actors = new ArrayList<>();
    for (Department d : Department.values()) {
      for (Role r : Role.values()) {
        actors.add(Actor.of("s-" + d + "-" + r, r, d, TOWER));
      }
    }
    for (MeetingState state : MeetingState.values()) {
      for (Actor actor : actors) {
        List<MeetingAction> available = MeetingProcedure.DEFINITION.availableActions(state, actor);
        for (MeetingAction action : MeetingAction.values()) {
          boolean declared = MeetingProcedure.DEFINITION.step(Optional.of(state), action).isDefined();
          Either<Rejection, ?> check = MeetingProcedure.DEFINITION.check(state, action, actor);
          assertEquals(available.contains(action), check.isRight(), state + " " + action + " " + actor.role() + "/" + actor.department());
          if (check.isLeft()) {
            Class<?> expected = declared ? Rejection.ActorNotPermitted.class : Rejection.ActionNotAllowed.class;
            assertEquals(expected, check.getLeft().getClass(), state + " " + action);
          }
        }
      }
    }
    for (MeetingState last : List.of(MeetingState.CLOSED, MeetingState.CANCELLED)) {
      for (Actor actor : actors) {
        assertEquals(List.of(), MeetingProcedure.DEFINITION.availableActions(last, actor), "a " + last + " meeting offers nothing");
      }
    }
  }
}
