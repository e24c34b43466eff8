package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.complaints.ComplaintProcedure;
import static io.bizcenter.core.complaints.ComplaintState.*;

import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The complaint procedure written by hand: the transitions as a nested enum switch, who may act, the three guards
 * and each step's clause. The same table as {@code ComplaintProcedure.DEFINITION}, without the declaration.
 */
public final class PlainRules {
  public static final Clause CP_0_1 = Clause.of("CP-0.1");
  public static final Clause CP_1_1 = Clause.of("CP-1.1");
  public static final Clause CP_1_2 = Clause.of("CP-1.2");
  public static final Clause CP_1_3 = Clause.of("CP-1.3");
  public static final Clause CP_1_4 = Clause.of("CP-1.4");
  public static final Clause CP_2_1 = Clause.of("CP-2.1");
  public static final Clause CP_2_2 = Clause.of("CP-2.2");
  public static final Clause CP_2_3 = Clause.of("CP-2.3");

  /** For the agenda: the actions out of each state, in declaration order. */
  private static final Map<ComplaintState, List<String>> ACTIONS_FROM = new EnumMap<>(ComplaintState.class);

  static {
    for (ComplaintState s : ComplaintState.values()) {
      List<String> actions = new ArrayList<>();
      for (ComplaintAction a : ComplaintAction.values()) {
        if (next(s, a) != null) {
          actions.add(a.name());
        }
      }
      ACTIONS_FROM.put(s, List.copyOf(actions));
    }
  }

  private PlainRules() {}

  /** The state a complaint opened by {@code action} stands in. */
  public static ComplaintState opening(ComplaintAction action) {
    return switch (action) {
      case RECORD_PHONE_COMPLAINT -> PHONE_RECEIVED;
      case RECORD_LETTER_COMPLAINT -> LETTER_RECEIVED;
      default -> null;
    };
  }

  /** Where {@code action} leads from {@code from}, or null when the procedure has no such step. */
  public static ComplaintState next(ComplaintState from, ComplaintAction action) {
    return switch (from) {
      case PHONE_RECEIVED -> switch (action) {
        case TRIAGE_WITHIN_REMIT -> PHONE_WITHIN_REMIT;
        case TRIAGE_OUTSIDE_REMIT -> PHONE_OUTSIDE_REMIT;
        case TRIAGE_HARD_CASE -> HARD_CASE;
        default -> null;
      };
      case PHONE_WITHIN_REMIT -> action == ComplaintAction.TELL_FIX ? PHONE_FIX_PROMISED : null;
      case PHONE_FIX_PROMISED -> action == ComplaintAction.RECORD_FIXED ? PHONE_FIXED : null;
      case PHONE_FIXED -> action == ComplaintAction.APOLOGISE ? CLOSED : null;
      case PHONE_OUTSIDE_REMIT -> action == ComplaintAction.ASSURE_CALLER ? PHONE_CALLER_ASSURED : null;
      case PHONE_CALLER_ASSURED -> action == ComplaintAction.FORWARD_TO_DEPARTMENT ? PHONE_FORWARDED : null;
      case PHONE_FORWARDED -> action == ComplaintAction.RECORD_PLAN ? PHONE_PLAN_KNOWN : null;
      case PHONE_PLAN_KNOWN -> action == ComplaintAction.INFORM_COMPLAINANT ? PHONE_COMPLAINANT_INFORMED : null;
      case PHONE_COMPLAINANT_INFORMED -> switch (action) {
        case CONFIRM_SOLVED -> CLOSED;
        case REPORT_UNSOLVED -> PHONE_FORWARDED;
        default -> null;
      };
      case HARD_CASE -> action == ComplaintAction.VISIT_COMPANY ? HARD_CASE_VISITED : null;
      case HARD_CASE_VISITED -> action == ComplaintAction.CONTACT_DEPARTMENTS ? HARD_CASE_DEPARTMENTS_CONTACTED : null;
      case HARD_CASE_DEPARTMENTS_CONTACTED -> action == ComplaintAction.REPORT_TO_GENERAL_OFFICE ? HARD_CASE_REPORTED : null;
      case HARD_CASE_REPORTED -> action == ComplaintAction.RECORD_RESOLUTION ? CLOSED : null;
      case LETTER_RECEIVED -> switch (action) {
        case TRIAGE_WITHIN_REMIT -> LETTER_WITHIN_REMIT;
        case TRIAGE_OUTSIDE_REMIT -> LETTER_OUTSIDE_REMIT;
        default -> null;
      };
      case LETTER_WITHIN_REMIT -> action == ComplaintAction.TELL_FIX ? LETTER_FIX_PROMISED : null;
      case LETTER_FIX_PROMISED -> action == ComplaintAction.RECORD_FIXED ? LETTER_FIXED : null;
      case LETTER_FIXED -> action == ComplaintAction.APOLOGISE ? LETTER_APOLOGISED : null;
      case LETTER_APOLOGISED -> action == ComplaintAction.ARCHIVE_LETTER_AND_REPLY ? CLOSED : null;
      case LETTER_OUTSIDE_REMIT -> action == ComplaintAction.FORWARD_TO_DEPARTMENT ? LETTER_FORWARDED : null;
      case LETTER_FORWARDED -> action == ComplaintAction.INFORM_COMPLAINANT ? LETTER_COMPLAINANT_INFORMED : null;
      case LETTER_COMPLAINANT_INFORMED -> switch (action) {
        case CONFIRM_SOLVED -> LETTER_SOLVED;
        case REPORT_UNSOLVED -> LETTER_FORWARDED;
        default -> null;
      };
      case LETTER_SOLVED -> action == ComplaintAction.APOLOGISE ? LETTER_SOLVED_APOLOGISED : null;
      case LETTER_SOLVED_APOLOGISED -> action == ComplaintAction.ARCHIVE_LETTER_AND_REPLY ? CLOSED : null;
      case CLOSED -> null;
    };
  }

  /** The clause of the step from {@code from} (null when opening) into {@code to}: its branch's. */
  public static Clause clause(ComplaintState from, ComplaintState to) {
    ComplaintState inBranch = to == CLOSED ? from : to;
    return switch (inBranch) {
      case PHONE_RECEIVED -> CP_1_1;
      case LETTER_RECEIVED -> CP_2_1;
      case PHONE_WITHIN_REMIT, PHONE_FIX_PROMISED, PHONE_FIXED -> CP_1_2;
      case PHONE_OUTSIDE_REMIT, PHONE_CALLER_ASSURED, PHONE_FORWARDED, PHONE_PLAN_KNOWN, PHONE_COMPLAINANT_INFORMED -> CP_1_3;
      case HARD_CASE, HARD_CASE_VISITED, HARD_CASE_DEPARTMENTS_CONTACTED, HARD_CASE_REPORTED -> CP_1_4;
      case LETTER_WITHIN_REMIT, LETTER_FIX_PROMISED, LETTER_FIXED, LETTER_APOLOGISED -> CP_2_2;
      case LETTER_OUTSIDE_REMIT, LETTER_FORWARDED, LETTER_COMPLAINANT_INFORMED, LETTER_SOLVED, LETTER_SOLVED_APOLOGISED -> CP_2_3;
      case CLOSED -> CP_0_1;
    };
  }

  /** CP-0.1: Operations and Management handle complaints; the Management Office may record one; the General Office resolves a hard case. */
  public static boolean mayTake(ComplaintAction action, Actor actor) {
    Department d = actor.department();
    return switch (action) {
      case RECORD_PHONE_COMPLAINT, RECORD_LETTER_COMPLAINT ->
          d == Department.OPERATIONS || d == Department.MANAGEMENT || d == Department.MANAGEMENT_OFFICE;
      case RECORD_RESOLUTION -> d == Department.OPERATIONS || d == Department.MANAGEMENT || d == Department.GENERAL_OFFICE;
      default -> d == Department.OPERATIONS || d == Department.MANAGEMENT;
    };
  }

  /** Whom the agenda asks for a step out of {@code state}. */
  public static List<Department> seatsFor(ComplaintState state) {
    return state == HARD_CASE_REPORTED
        ? List.of(Department.OPERATIONS, Department.MANAGEMENT, Department.GENERAL_OFFICE)
        : List.of(Department.OPERATIONS, Department.MANAGEMENT);
  }

  public static List<String> actionsFrom(ComplaintState state) {
    return ACTIONS_FROM.get(state);
  }

  /** The guards: the rule a step breaks, or null. CP-2.2/2.3 a letter's apology is written; CP-1.3/1.4/2.3 Operations is never the department concerned. */
  public static String broken(ComplaintState from, ComplaintCommand command) {
    switch (actionOf(command)) {
      case APOLOGISE -> {
        if ((from == LETTER_FIXED || from == LETTER_SOLVED) && !((ComplaintCommand.Apologise) command).inWriting()) {
          return "CP_WRITTEN_APOLOGY_REQUIRED";
        }
      }
      case FORWARD_TO_DEPARTMENT -> {
        if (((ComplaintCommand.ForwardToDepartment) command).department() == Department.OPERATIONS) {
          return "CP_DEPARTMENT_CONCERNED_IS_OPERATIONS";
        }
      }
      case CONTACT_DEPARTMENTS -> {
        if (((ComplaintCommand.ContactDepartments) command).departments().contains(Department.OPERATIONS)) {
          return "CP_DEPARTMENT_CONCERNED_IS_OPERATIONS";
        }
      }
      default -> { }
    }
    return null;
  }

  /** The action a command asks for, as the library's declaration names it for the command's type. */
  public static ComplaintAction actionOf(ComplaintCommand command) {
    return ComplaintProcedure.DEFINITION.actionOf(command);
  }
}
