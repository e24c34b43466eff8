package io.bizcenter.core.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.procedure.Transition;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The complaint declaration as a whole: sound, complete against the source, and fully timed by its policy. */
class ComplaintProcedureTest {
  private static final List<Transition<ComplaintState, ComplaintAction, Complaint, ComplaintCommand>> STEPS =
      ComplaintProcedure.DEFINITION.transitions();

  @Test
  @DisplayName("GS-2 the complaint procedure passes its self-check")
  void passes_self_check() {
    assertEquals(List.of(), ComplaintProcedure.DEFINITION.selfCheck());
  }

  @Test
  @DisplayName("CP-1.1 CP-1.2 CP-1.3 CP-1.4 CP-2.1 CP-2.2 CP-2.3 every rule of the source is the clause of some step")
  void every_cp_clause_is_declared() {
    Set<String> declared = STEPS.stream().map(t -> t.clause().id()).collect(Collectors.toSet());
    assertEquals(Set.of("CP-1.1", "CP-1.2", "CP-1.3", "CP-1.4", "CP-2.1", "CP-2.2", "CP-2.3"), declared);
    assertEquals(Clause.of("CP-0.1"), ComplaintProcedure.DEFINITION.clauseOf(ComplaintState.CLOSED));
  }

  @Test
  @DisplayName("CP-0.1 Operations and the Management dept take every step; the Management Office only records complaints")
  void who_handles_complaints() {
    for (Transition<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> t : STEPS) {
      assertTrue(t.who().seats().containsAll(ComplaintProcedure.HANDLERS.seats()), t.toString());
      boolean intake = t.opens();
      assertEquals(intake, t.who().equals(ComplaintProcedure.INTAKE), t.toString());
    }
  }

  @Test
  @DisplayName("CP-1.4 only a phone complaint can become a hard case, as the source places it among phone complaints")
  void hard_case_is_a_phone_branch() {
    Set<ComplaintState> from = STEPS.stream().filter(t -> t.action() == ComplaintAction.TRIAGE_HARD_CASE)
        .map(t -> t.from().orElseThrow()).collect(Collectors.toSet());
    assertEquals(Set.of(ComplaintState.PHONE_RECEIVED), from);
  }

  @Test
  @DisplayName("CP-2.2 CP-2.3 every way into a closed letter complaint passes the written apology and then the archive")
  void letters_close_only_after_apology_and_archive() {
    Set<ComplaintState> letterStates = EnumSet.noneOf(ComplaintState.class);
    for (ComplaintState s : ComplaintState.values()) {
      if (s.name().startsWith("LETTER_")) {
        letterStates.add(s);
      }
    }
    for (Transition<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> t : STEPS) {
      if (t.from().filter(letterStates::contains).isPresent() && t.to() == ComplaintState.CLOSED) {
        assertTrue(t.from().get().name().endsWith("_APOLOGISED"), t.toString());
        assertEquals(ComplaintAction.ARCHIVE_LETTER_AND_REPLY, t.action());
      }
      if (t.to().name().startsWith("LETTER_") && t.to().name().endsWith("_APOLOGISED")) {
        assertEquals(ComplaintAction.APOLOGISE, t.action());
        assertEquals(1, t.guards().size(), "a letter's apology is guarded: in writing " + t);
      }
    }
  }

  @Test
  @DisplayName("GS-4 the default policy gives a time limit for every state a complaint can wait in")
  void policy_times_every_open_state() {
    ComplaintPolicy policy = ComplaintPolicy.defaults();
    for (ComplaintState s : ComplaintState.values()) {
      assertEquals(!ComplaintProcedure.DEFINITION.isFinal(s), policy.timeAllowed().containsKey(s), s.name());
    }
  }

  @Test
  @DisplayName("GS-4 changing one limit makes a new policy version and leaves the others")
  void policy_change_is_versioned() {
    ComplaintPolicy changed = ComplaintPolicy.defaults()
        .with(io.bizcenter.core.kernel.PolicyVersion.of("tower-2"), ComplaintState.HARD_CASE_REPORTED, io.bizcenter.core.kernel.TimeLimit.ofDays(3));
    assertEquals("tower-2", changed.version().value());
    assertEquals(io.bizcenter.core.kernel.TimeLimit.ofDays(3), changed.timeAllowed(ComplaintState.HARD_CASE_REPORTED));
    assertEquals(ComplaintPolicy.defaults().timeAllowed(ComplaintState.PHONE_RECEIVED), changed.timeAllowed(ComplaintState.PHONE_RECEIVED));
  }

  @Test
  @DisplayName("the diagram draws every step in both languages")
  void diagram_has_every_step() {
    for (java.util.Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
      String diagram = ComplaintProcedure.DEFINITION.mermaid(locale);
      for (Transition<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> t : STEPS) {
        String line = t.from().map(Enum::name).orElse("[*]") + " --> " + t.to() + " : " + Messages.label(t.action(), locale) + " (" + t.clause() + ")";
        assertTrue(diagram.contains(line), line);
      }
    }
  }
}
