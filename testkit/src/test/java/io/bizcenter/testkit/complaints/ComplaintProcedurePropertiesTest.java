package io.bizcenter.testkit.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.check.ComplaintDrill;
import io.bizcenter.testkit.check.ProcedureCheck;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stateful property tests of complaint handling, driven by testkit's published {@link ProcedureCheck} (the check a
 * vendor runs on its own configuration): random sequences of commands (well-formed, repeated or arbitrary) by random
 * actors of two centers, each run on a fresh in-memory business center. After every step every rule all procedures share
 * must hold (a command is accepted exactly when the declaration permits it, a rejection writes nothing, one audit entry
 * per accepted command, a resend answers the same, the agenda owes exactly what the state owes, every notice is
 * delivered, no case leaks to another center), and so must the rules of complaint handling below. The runs must take
 * every declared transition. On failure the report shows the seed and the shortest failing sequence found.
 */
class ComplaintProcedurePropertiesTest {
  /** The seed from which these runs take every declared transition of complaint handling (found by trying seeds from 1). */
  private static final long COVERING_SEED = 1;

  @Test
  @DisplayName("GS-2 GS-3 GS-5 GS-6 GS-7 CP-1.3 CP-2.2 CP-2.3 random command sequences keep every invariant of the procedure")
  void random_sequences_keep_the_invariants() {
    ProcedureCheck.of(InMemoryStorage::new).drills(new ComplaintDrill()).invariant(ComplaintProcedurePropertiesTest::complaintRules)
        .seed(COVERING_SEED).runs(100).steps(60).reachEveryTransition().run().assertHolds();
  }

  /** The rules of complaint handling beyond those every procedure shares, after every step. */
  private static void complaintRules(Storage storage, List<CenterId> centers, String trace) {
    for (CenterId c : centers) {
      for (Complaint complaint : storage.complaints().all(c)) {
        List<AuditEntry> trail = storage.eventLog().trail(c, "complaints", complaint.id().value());
        String where = complaint.id() + " " + complaint.state() + trace;
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
        // GS-7: an open case is on Operations' agenda, a closed one on nobody's
        List<AgendaItem> agenda = storage.agenda().forCase(c, "complaints", complaint.id().value());
        if (complaint.isClosed()) {
          assertEquals(List.of(), agenda, where);
        } else {
          assertTrue(agenda.stream().anyMatch(i -> i.seat().department().orElseThrow() == Department.OPERATIONS), where);
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

  @Test
  @DisplayName("GS-3 GS-5 for every state, action and seat: rejected with ACTION_NOT_ALLOWED or ACTOR_NOT_PERMITTED exactly when not available")
  void available_actions_are_exactly_the_allowed_ones() {
    Actor[] actors = new Actor[Department.values().length];
    for (Department d : Department.values()) {
      actors[d.ordinal()] = Actor.of("s-" + d, io.bizcenter.core.kernel.Role.STAFF, d, CenterId.of("zz-tower"));
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
