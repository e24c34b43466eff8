package io.bizcenter.testkit.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.check.CommandJudge;
import io.bizcenter.testkit.ComplaintCommands;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.Sequences;
import io.bizcenter.testkit.StepSequences;
import io.bizcenter.testkit.check.Step;
import io.bizcenter.testkit.check.StepLog;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful property tests of complaint handling: random sequences of commands (well-formed, repeated or
 * arbitrary) by random actors of two centers, run against a fresh in-memory business center. After every step
 * the procedure's invariants must hold; a rejected command must change nothing; no exception may escape; and a
 * well-formed command must be rejected exactly when the declaration says it is not allowed. On failure
 * QuickTheories shrinks the sequence to the shortest one that still fails and prints its seed (rerun with
 * {@code -DQT_SEED=<seed>}).
 */
class ComplaintProcedurePropertiesTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final CenterId PLAZA = CenterId.of("yy-plaza");
  private static final List<CenterId> CENTERS = List.of(TOWER, PLAZA);
  private static final Department[] COMPLAINT_DEPARTMENTS = {
    Department.OPERATIONS, Department.MANAGEMENT, Department.MANAGEMENT_OFFICE, Department.GENERAL_OFFICE
  };

  /** Repeats, arbitrary input, then mostly actions the declaration offers, so that sequences get deep into every branch. */
  private static final Gen<List<Step>> SEQUENCES = StepSequences.of(new Step.Mix(10, 20, 20, 40), 60);

  /** Which states the generated sequences reached: a property that never reaches a branch proves nothing about it. */
  private static final java.util.Set<ComplaintState> REACHED = java.util.EnumSet.noneOf(ComplaintState.class);

  @Test
  @DisplayName("GS-2 GS-3 GS-5 GS-6 GS-7 CP-1.3 CP-2.2 CP-2.3 random command sequences keep every invariant of the procedure")
  void random_sequences_keep_the_invariants() {
    qt().withExamples(250).withShrinkCycles(2000).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    assertEquals(java.util.EnumSet.allOf(ComplaintState.class), REACHED, "every state was visited by some sequence");
  }

  /** One business center and everything the test knows about it. */
  private static final class Run {
    private final InMemoryCenter parts = new InMemoryCenter(Instant.parse("2026-05-01T01:00:00Z"), "C");
    private final ManualClock clock = parts.clock();
    private final InMemoryStorage storage = parts.storage();
    private final BusinessCenter center = parts.builder().build();
    private final List<ComplaintId> known = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final StepLog log = new StepLog();
    private final CommandJudge<Complaint> judge = new CommandJudge<>(parts.ids(), () -> parts.snapshot(CENTERS), log);

    /** A command as sent, remembering whether it was well-formed (only those have an oracle). */
    record Sent(ComplaintCommand command, Actor actor, boolean arbitrary) {}

    void play(List<Step> steps) {
      Sequences.play(steps, random -> clock.advance(Duration.ofMinutes(random.nextInt(600))), (step, random) -> perform(choose(step, random)));
    }

    private Sent choose(Step step, SplittableRandom random) {
      if (step.repeatsAnEarlierCommand() && !sent.isEmpty()) {
        return sent.get(random.nextInt(sent.size()));
      }
      Actor actor = Actors.mostlyFrom(random, CENTERS, COMPLAINT_DEPARTMENTS);
      if (step.offered() && !known.isEmpty()) {
        ComplaintId id = known.get(random.nextInt(known.size()));
        CenterId home = CENTERS.stream().filter(c -> storage.complaints().find(c, id.value()).isDefined()).findFirst().orElseThrow();
        Actor handler = Actor.of("op-" + random.nextInt(5), Actors.any(random, CENTERS).role(), Department.OPERATIONS, home);
        List<ComplaintAction> offered = center.complaints().availableActions(handler, home, id).get();
        if (!offered.isEmpty()) {
          ComplaintAction action = offered.get(random.nextInt(offered.size()));
          return new Sent(ComplaintCommands.wellFormedFor(random, home, id, action), handler, false);
        }
      }
      ComplaintCommand command = step.arbitrary()
          ? ComplaintCommands.arbitrary(random, CENTERS, known)
          : ComplaintCommands.wellFormed(random, CENTERS.get(random.nextInt(CENTERS.size())), known);
      return new Sent(command, actor, step.arbitrary());
    }

    private void perform(Sent s) {
      Either<Rejection, Complaint> answer = judge.judge(s.command(), s.actor(), s.arbitrary(),
          () -> center.complaints().handle(s.command(), s.actor()), () -> oracle(s).map(Complaint::state), Complaint::state).answer();
      if (answer.isRight()) {
        Complaint after = answer.get();
        REACHED.add(after.state());
        if (!known.contains(after.id())) {
          known.add(after.id());
        }
      }
      sent.add(s);
      checkInvariants();
    }

    /** What the declaration says about a well-formed command, worked out from the store before it runs. */
    private Either<Rejection, Complaint> oracle(Sent s) {
      ComplaintCommand c = s.command();
      ComplaintAction action = c.action();
      String target = c instanceof ComplaintCommand.OnComplaint on ? on.complaintId().value() : null;
      if (!s.actor().worksFor(c.center())) {
        return Either.left(target == null ? new Rejection.NotInYourCenter(c.center()) : new Rejection.CaseNotFound("complaints", target));
      }
      if (target == null) {
        return ComplaintProcedure.DEFINITION.checkOpening(action, s.actor()).map(t -> stateOnly(t.to()));
      }
      return storage.complaints().find(c.center(), target)
          .toEither(() -> (Rejection) new Rejection.CaseNotFound("complaints", target))
          .flatMap(current -> ComplaintProcedure.DEFINITION.permits(current.state(), current, action, c, s.actor()))
          .map(t -> stateOnly(t.to()));
    }

    private static Complaint stateOnly(ComplaintState state) {
      return Complaint.builder().id(ComplaintId.of("expected")).center(TOWER).version(0).state(state).stateEnteredAt(Instant.EPOCH)
          .policy(ComplaintPolicy.DEFAULT_VERSION).channel(Channel.PHONE)
          .complainant(io.bizcenter.core.complaints.Complainant.of("x", "x", "00000")).content("x").receivedAt(Instant.EPOCH)
          .receivedBy(io.bizcenter.core.kernel.StaffId.of("x")).build();
    }

    private void checkInvariants() {
      for (CenterId c : CENTERS) {
        for (Complaint complaint : storage.complaints().all(c)) {
          List<AuditEntry> trail = storage.eventLog().trail(c, "complaints", complaint.id().value());
          String where = complaint.id() + " " + complaint.state() + log.trace();
          // GS-6: every accepted decision is on the trail, in order, and the case is where its trail says
          assertEquals(complaint.version(), trail.size(), "one audit entry per version " + where);
          assertEquals(complaint.state().name(), trail.get(trail.size() - 1).to(), where);
          for (int i = 0; i < trail.size(); i++) {
            assertEquals(i + 1, trail.get(i).version(), where);
            assertEquals(i == 0 ? null : trail.get(i - 1).to(), trail.get(i).from().orElse(null), "the trail is a chain " + where);
          }
          // the branch never changes channel
          boolean letterState = complaint.state().name().startsWith("LETTER_");
          boolean phoneState = complaint.state().name().startsWith("PHONE_") || complaint.state().name().startsWith("HARD_CASE");
          assertTrue(complaint.channel() == Channel.LETTER ? !phoneState : !letterState, where);
          List<String> actions = trail.stream().map(AuditEntry::action).toList();
          // CP-1.3 CP-2.3: no follow-up call before the complainant was informed, and (phone) before the handler was known
          int followUp = firstOf(actions, "CONFIRM_SOLVED", "REPORT_UNSOLVED");
          if (followUp >= 0) {
            assertTrue(firstOf(actions, "INFORM_COMPLAINANT") >= 0 && firstOf(actions, "INFORM_COMPLAINANT") < followUp, where);
            if (complaint.channel() == Channel.PHONE) {
              assertTrue(complaint.handler().isPresent(), "the handler's name and phone were recorded " + where);
            }
          }
          // CP-2.2 CP-2.3: a closed letter complaint was answered in writing, then archived
          if (complaint.channel() == Channel.LETTER && complaint.isClosed()) {
            int apology = actions.indexOf("APOLOGISE");
            assertTrue(apology >= 0 && apology < actions.indexOf("ARCHIVE_LETTER_AND_REPLY"), where);
            assertTrue(trail.get(apology).events().contains(new ComplaintEvent.Apologised(true, complaint.apology().get().reply())), where);
            assertTrue(complaint.archive().isPresent(), where);
          }
          // GS-7: an open case is on Operations' agenda, due when the policy says; a closed one owes nothing
          List<AgendaItem> agenda = storage.agenda().forCase(c, "complaints", complaint.id().value());
          if (complaint.isClosed()) {
            assertEquals(List.of(), agenda, where);
          } else {
            Instant due = ComplaintPolicy.defaults().timeAllowed(complaint.state()).dueFrom(complaint.stateEnteredAt(), BusinessCenter.DEFAULT_ZONE);
            assertTrue(agenda.stream().anyMatch(i -> i.seat().department().orElseThrow() == Department.OPERATIONS && i.dueAt().equals(due)), where);
            assertTrue(agenda.stream().allMatch(i -> i.state().equals(complaint.state().name())), where);
          }
        }
      }
    }

    private static int firstOf(List<String> actions, String... names) {
      for (int i = 0; i < actions.size(); i++) {
        if (List.of(names).contains(actions.get(i))) {
          return i;
        }
      }
      return -1;
    }

  }

  @Test
  @DisplayName("GS-3 GS-5 for every state, action and seat: rejected with ACTION_NOT_ALLOWED or ACTOR_NOT_PERMITTED exactly when not available")
  void available_actions_are_exactly_the_allowed_ones() {
    Actor[] actors = new Actor[Department.values().length];
    for (Department d : Department.values()) {
      actors[d.ordinal()] = Actor.of("s-" + d, io.bizcenter.core.kernel.Role.STAFF, d, TOWER);
    }
    for (ComplaintState state : ComplaintState.values()) {
      for (Actor actor : actors) {
        List<ComplaintAction> available = ComplaintProcedure.DEFINITION.availableActions(state, actor);
        for (ComplaintAction action : ComplaintAction.values()) {
          boolean declared = ComplaintProcedure.DEFINITION.step(java.util.Optional.of(state), action).isDefined();
          Either<Rejection, ?> check = ComplaintProcedure.DEFINITION.check(state, action, actor);
          assertEquals(available.contains(action), check.isRight(), state + " " + action + " " + actor.department());
          if (check.isLeft()) {
            Class<?> expected = declared ? Rejection.ActorNotPermitted.class : Rejection.ActionNotAllowed.class;
            assertEquals(expected, check.getLeft().getClass(), state + " " + action);
          }
        }
      }
    }
    if (ComplaintProcedure.DEFINITION.availableActions(ComplaintState.CLOSED, actors[Department.OPERATIONS.ordinal()]).size() != 0) {
      fail("a closed complaint offers nothing");
    }
  }
}
