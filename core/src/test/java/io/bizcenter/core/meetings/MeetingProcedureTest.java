package io.bizcenter.core.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TimeLimit;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.core.procedure.Who;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The meeting declaration as a whole: sound, complete against the source, its tasks tied to their seats and clauses. */
class MeetingProcedureTest {
  // the declaration as a center runs it; these tests read its table, never its guards, so it reads no room's calendar
  private static final ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> DEFINITION =
      MeetingProcedure.declare(null, center -> MeetingPolicy.defaults(), center -> ZoneId.of("Asia/Shanghai"));
  private static final List<Transition<MeetingState, MeetingAction, Meeting, MeetingCommand>> STEPS = DEFINITION.transitions();

  @Test
  @DisplayName("GS-2 the meeting procedure passes its self-check")
  void passes_self_check() {
    assertEquals(List.of(), DEFINITION.selfCheck());
  }

  @Test
  @DisplayName("MR-0.1 MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5 MR-2.1 MR-2.2 MR-3.1 MR-3.2 MR-3.3 every rule of the source is the clause of some step")
  void every_mr_clause_is_declared() {
    Set<String> declared = STEPS.stream().map(t -> t.clause().id()).collect(Collectors.toSet());
    assertEquals(Set.of("MR-0.1", "MR-1.1", "MR-1.2", "MR-1.3", "MR-1.4", "MR-1.5", "MR-2.1", "MR-2.2", "MR-3.1", "MR-3.2", "MR-3.3"),
        declared);
    assertEquals(Clause.of("MR-1.1"), DEFINITION.clauseOf(MeetingState.CONFIRMED));
  }

  @Test
  @DisplayName("MR-1.1 to MR-3.3 each task is done by the step of its own seat and clause, and (but the confirmation) only while open")
  void each_task_is_its_departments_step() {
    for (Task task : Task.values()) {
      List<Transition<MeetingState, MeetingAction, Meeting, MeetingCommand>> doing =
          STEPS.stream().filter(t -> t.action() == task.action()).toList();
      assertFalse(doing.isEmpty(), task.name());
      for (Transition<MeetingState, MeetingAction, Meeting, MeetingCommand> t : doing) {
        assertEquals(Who.anyOf(task.seat()), t.who(), t.toString());
        assertEquals(task.clause(), t.clause(), t.toString());
        boolean guardedOpen = t.guards().stream().anyMatch(g -> g.name().equals(task + " is open"));
        assertEquals(task != Task.CONFIRM_AND_REQUEST_FORM, guardedOpen, t.toString());
      }
    }
    assertEquals(Seat.of(Department.SERVICE_AND_CLEANING, Role.RECEPTION_STAFF), Task.GUIDE_ATTENDEES.seat(), "MR-1.2 会务接待员");
  }

  @Test
  @DisplayName("MR-1.2 MR-1.3 MR-1.4 MR-1.5 preparations are done while confirmed; MR-2.1 MR-2.2 during the meeting (or late, after); MR-3.x after")
  void tasks_are_done_in_their_part_of_the_meeting() {
    for (Task task : Task.values()) {
      Set<MeetingState> from = STEPS.stream().filter(t -> t.action() == task.action()).map(t -> t.from().orElseThrow())
          .collect(Collectors.toSet());
      Set<MeetingState> expected = switch (task.phase()) {
        case BEFORE -> task == Task.CONFIRM_AND_REQUEST_FORM ? Set.of(MeetingState.BOOKED) : Set.of(MeetingState.CONFIRMED);
        case DURING -> Set.of(MeetingState.IN_SESSION, MeetingState.ENDED);
        case AFTER -> Set.of(MeetingState.ENDED);
      };
      assertEquals(expected, from, task.name());
    }
  }

  @Test
  @DisplayName("MR-0.1 Service and Service & Cleaning coordinate; only their department managers waive; the meeting starts only guarded")
  void who_coordinates_and_who_waives() {
    Set<MeetingAction> coordination = EnumSet.of(MeetingAction.BOOK_ROOM, MeetingAction.RECORD_CLIENT_CONTACT, MeetingAction.RESCHEDULE,
        MeetingAction.CANCEL, MeetingAction.START, MeetingAction.END, MeetingAction.CLOSE);
    for (Transition<MeetingState, MeetingAction, Meeting, MeetingCommand> t : STEPS) {
      if (coordination.contains(t.action())) {
        assertEquals(MeetingProcedure.COORDINATORS, t.who(), t.toString());
      }
      if (t.action() == MeetingAction.WAIVE_TASK) {
        assertTrue(t.who().seats().stream().allMatch(s -> s.role().orElseThrow() == Role.DEPARTMENT_MANAGER), t.toString());
      }
      if (t.to() == MeetingState.IN_SESSION && t.from().orElseThrow() != MeetingState.IN_SESSION) {
        assertEquals(MeetingAction.START, t.action());
        assertEquals(1, t.guards().size(), "no meeting starts with an open, unwaived preparation");
      }
    }
  }

  @Test
  @DisplayName("MR-0.1 a meeting is rescheduled or cancelled only before it starts")
  void reschedule_and_cancel_only_before_the_start() {
    for (MeetingAction action : List.of(MeetingAction.RESCHEDULE, MeetingAction.CANCEL)) {
      Set<MeetingState> from = STEPS.stream().filter(t -> t.action() == action).map(t -> t.from().orElseThrow()).collect(Collectors.toSet());
      assertEquals(Set.of(MeetingState.BOOKED, MeetingState.CONFIRMED), from, action.name());
    }
  }

  @Test
  @DisplayName("MR-1.1 only the preparations after the confirmation are waivable")
  void what_is_waivable() {
    Set<Task> waivable = EnumSet.noneOf(Task.class);
    for (Task t : Task.values()) {
      if (t.waivable()) {
        waivable.add(t);
      }
    }
    assertEquals(EnumSet.of(Task.SET_UP_VENUE, Task.GUIDE_ATTENDEES, Task.CHECK_DEVICES, Task.CLEAR_ROADS_AND_PARKING,
        Task.CLEAN_AND_INSPECT_VENUE), waivable);
  }

  @Test
  @DisplayName("GS-4 MR-1.1 MR-1.2 MR-1.3 MR-1.4 MR-1.5 the default policy carries the source's numbers")
  void the_sources_numbers_are_the_defaults() {
    MeetingPolicy policy = MeetingPolicy.defaults();
    assertEquals(TimeLimit.ofDays(2), policy.offset(Task.CONFIRM_AND_REQUEST_FORM));
    assertEquals(TimeLimit.ofDays(1), policy.offset(Task.SET_UP_VENUE));
    assertEquals(TimeLimit.ofDays(1), policy.offset(Task.CHECK_DEVICES));
    assertEquals(TimeLimit.ofHours(1), policy.offset(Task.CLEAR_ROADS_AND_PARKING));
    assertEquals(TimeLimit.ofDays(1), policy.offset(Task.CLEAN_AND_INSPECT_VENUE));
    for (ServiceItem item : ServiceItem.values()) {
      assertEquals(2, policy.price(item).amount().scale(), "exact CNY: " + item);
    }
  }

  @Test
  @DisplayName("GS-1 MR-0.1 MR-1.1 every notice a meeting can send has its text in both languages, the meeting's id filled in")
  void every_notice_speaks_both_languages() {
    List<Notice> notices = new ArrayList<>();
    for (String code : List.of("MR_MEETING_NOTICE", "MR_LATE_MEETING_NOTICE")) {
      notices.add(Notice.to(Department.ENGINEERING, code, Clause.of("MR-1.1"), "M-7", "501", "2026-03-10 09:00",
          "2026-03-10 11:30"));
    }
    for (String code : List.of("MR_MEETING_RESCHEDULED", "MR_MEETING_CANCELLED")) {
      notices.add(Notice.to(Department.SECURITY, code, Clause.of("MR-0.1"), "M-7", "501", "2026-03-10 09:00",
          "2026-03-10 11:30"));
    }
    for (Task task : Task.values()) {
      if (task.waivable()) {
        notices.add(Notice.to(task.department(), "MR_WAIVED_" + task.name(), task.clause(), "M-7"));
      }
    }
    for (Notice n : notices) {
      String zh = n.message(Messages.ZH_CN);
      String en = n.message(Messages.EN);
      assertTrue(zh.contains("M-7") && en.contains("M-7"), n.code());
      assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
      assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), en);
      assertFalse(zh.contains("{") || en.contains("{"), en);
    }
  }

  @Test
  @DisplayName("GS-2 the diagram names every step with its clause, in both languages")
  void draws_itself() {
    String zh = DEFINITION.mermaid(Messages.ZH_CN);
    String en = DEFINITION.mermaid(Messages.EN);
    assertTrue(zh.contains("CONFIRMED --> IN_SESSION : 会议开始 (MR-2.1)"), zh);
    assertTrue(en.contains("BOOKED --> CONFIRMED : confirm the meeting with the request form (MR-1.1)"), en);
  }
}
