package io.bizcenter.testkit.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.meetings.InvoiceLine;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingState;
import io.bizcenter.core.meetings.Task;
import io.bizcenter.core.meetings.TaskStatus;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.testkit.check.CheckReport;
import io.bizcenter.testkit.check.MeetingDrill;
import io.bizcenter.testkit.check.ProcedureCheck;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stateful property test of meeting reception, driven by testkit's published {@link ProcedureCheck} (the check a vendor
 * runs on its own configuration): random sequences of commands by random actors of two centers (mostly a step the desk
 * offers some seat on some meeting, else well-formed commands from anyone, repeats and arbitrary input), each run on a
 * fresh in-memory business center whose clock moves on between commands. After every step every rule all procedures
 * share must hold (a well-formed command is accepted exactly when the declaration and the room's calendar permit it,
 * with that very rejection otherwise; what each seat is offered is what the declaration permits; a rejection writes
 * nothing; one audit entry per accepted command; a resend answers the same; the agenda holds exactly the open tasks of
 * a live meeting as its timeline times them; every notice is delivered; nothing leaks to the other center), and so must
 * the rules of meeting reception below: no two meetings holding a room overlap; every open task belongs to a live
 * meeting; no meeting is held with an open, unwaived preparation; an invoice adds up. The runs must take every declared
 * transition and meet every rejection meeting reception has. On failure the report shows the seed and the shortest
 * failing sequence found.
 */
class MeetingProcedurePropertiesTest {
  /** The seed from which these runs take every declared transition of meeting reception (found by trying seeds from 1). */
  private static final long COVERING_SEED = 1;
  private static final int RUNS = 25;
  private static final int STEPS = 120;
  private static final List<String> EXPECTED_REJECTIONS = List.of("MR_ROOM_ALREADY_BOOKED", "MR_STARTS_IN_THE_PAST", "MR_TASK_NOT_OPEN",
      "MR_PREPARATION_INCOMPLETE", "MR_TASK_NOT_WAIVABLE", "ACTION_NOT_ALLOWED", "ACTOR_NOT_PERMITTED", "INVALID_INPUT", "CASE_NOT_FOUND");

  @Test
  @DisplayName("MR-0.1 MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5 MR-2.1 MR-2.2 MR-3.1 MR-3.2 MR-3.3 GS-2 GS-3 GS-5 GS-6 GS-7 random command sequences keep every invariant")
  void random_sequences_keep_the_invariants() {
    CheckReport report = ProcedureCheck.of(InMemoryStorage::new).drills(new MeetingDrill()).invariant(MeetingProcedurePropertiesTest::meetingRules)
        .seed(COVERING_SEED).runs(RUNS).steps(STEPS).reachEveryTransition().run();
    report.assertHolds();
    for (String code : EXPECTED_REJECTIONS) {
      assertTrue(report.coverage().rejectionsMet("meetings").contains(code),
          code + " was met by some sequence; met: " + report.coverage().rejectionsMet("meetings"));
    }
  }

  /** The rules of meeting reception beyond those every procedure shares, after every step. */
  private static void meetingRules(Storage storage, List<CenterId> centers, String trace) {
    for (CenterId c : centers) {
      List<Meeting> meetings = storage.meetings().all(c);
      for (Meeting m : meetings) {
        String where = m.id() + " " + m.state() + trace;
        // MR-0.1: no two meetings holding a room overlap, and the store's calendar finds each where it is
        for (Meeting other : meetings) {
          if (other != m && m.holdsRoom() && other.holdsRoom() && m.room().equals(other.room())) {
            assertFalse(m.overlaps(other.startsAt(), other.endsAt()), "overlapping bookings " + m.id() + " and " + other.id() + trace);
          }
        }
        assertEquals(m.holdsRoom(), storage.meetings().overlapping(c, m.room(), m.startsAt(), m.endsAt()).contains(m), where);
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
      }
    }
  }

  @Test
  @DisplayName("GS-3 GS-5 MR-0.1 for every state, action and seat: rejected with ACTION_NOT_ALLOWED or ACTOR_NOT_PERMITTED exactly when not available")
  void available_actions_are_exactly_the_allowed_ones() {
    List<Actor> actors = new ArrayList<>();
    for (Department d : Department.values()) {
      for (Role r : Role.values()) {
        actors.add(Actor.of("s-" + d + "-" + r, r, d, ProcedureCheck.CENTERS.get(0)));
      }
    }
    // the declaration as a center runs it
    ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> definition = new MeetingFixture().desk().definition();
    for (MeetingState state : MeetingState.values()) {
      for (Actor actor : actors) {
        List<MeetingAction> available = definition.availableActions(state, actor);
        for (MeetingAction action : MeetingAction.values()) {
          boolean declared = definition.step(Optional.of(state), action).isDefined();
          Either<Rejection, ?> check = definition.check(state, action, actor);
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
        assertEquals(List.of(), definition.availableActions(last, actor), "a " + last + " meeting offers nothing");
      }
    }
  }
}
