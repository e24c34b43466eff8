package io.bizcenter.core.kernel;

import java.util.List;
import java.util.Locale;

/**
 * Why a command was not carried out. Every rejection has a stable {@code code} a vendor may switch on, the
 * {@link Clause} of the rule it enforces, and the arguments of its message; the message itself exists in
 * zh-CN and en (GS-1). Rejections are values: nothing was written when one is returned.
 *
 * <p>The kernel's own kinds are listed here; each procedure adds a sealed family of its own under
 * {@link RuleBroken}.
 */
public sealed interface Rejection
    permits Rejection.ActionNotAllowed,
        Rejection.ActorNotPermitted,
        Rejection.CaseNotFound,
        Rejection.InvalidInput,
        Rejection.VersionConflict,
        Rejection.NotInYourCenter,
        Rejection.CommandIdReused,
        Rejection.NotAReader,
        Rejection.TimeNotKnown,
        Rejection.RuleBroken {

  String code();

  Clause clause();

  /** Message arguments in order; enums among them are shown by their label. */
  List<Object> arguments();

  default String message(Locale locale) {
    return Messages.text(getClass(), locale, "rejection." + code(), arguments());
  }

  /** The declared procedure has no such step from the case's current state (GS-2). */
  record ActionNotAllowed(String procedure, Enum<?> state, Enum<?> action, Clause clause) implements Rejection {
    public String code() {
      return "ACTION_NOT_ALLOWED";
    }

    public List<Object> arguments() {
      return List.of(state, action);
    }
  }

  /** The step exists, but this role and department may not take it (GS-5; the clause is the step's own). */
  record ActorNotPermitted(Enum<?> action, Role role, Department department, Clause clause) implements Rejection {
    public String code() {
      return "ACTOR_NOT_PERMITTED";
    }

    public List<Object> arguments() {
      return List.of(action, role, department);
    }
  }

  /**
   * No case with that id in that center. A case of a center the actor does not work for is answered the same
   * way, so ids of other centers reveal nothing.
   */
  record CaseNotFound(String procedure, String caseId) implements Rejection {
    public String code() {
      return "CASE_NOT_FOUND";
    }

    public Clause clause() {
      return Clause.of("GS-1");
    }

    public List<Object> arguments() {
      return List.of(caseId);
    }
  }

  /** The command's fields are missing, too long or malformed; every field error is listed. */
  record InvalidInput(List<FieldError> errors) implements Rejection {
    public InvalidInput {
      errors = List.copyOf(errors);
    }

    public String code() {
      return "INVALID_INPUT";
    }

    public Clause clause() {
      return Clause.of("GS-1");
    }

    public List<Object> arguments() {
      return List.of(errors.size());
    }

    @Override
    public String message(Locale locale) {
      StringBuilder text = new StringBuilder(Messages.text(getClass(), locale, "rejection." + code(), arguments()));
      errors.forEach(e -> text.append("\n- ").append(e.message(locale)));
      return text.toString();
    }
  }

  /** Someone else changed the case first; the command may be sent again against the fresh state. */
  record VersionConflict(String procedure, String caseId, long expected, long actual) implements Rejection {
    public String code() {
      return "VERSION_CONFLICT";
    }

    public Clause clause() {
      return Clause.of("GS-2");
    }

    public List<Object> arguments() {
      return List.of(caseId, expected, actual);
    }
  }

  /** A new case was asked for in a center the actor does not work for. */
  record NotInYourCenter(CenterId center) implements Rejection {
    public String code() {
      return "NOT_IN_YOUR_CENTER";
    }

    public Clause clause() {
      return Clause.of("GS-5");
    }

    public List<Object> arguments() {
      return List.of(center.value());
    }
  }

  /** The command id was already used for a different command; ids must be unique per command. */
  record CommandIdReused(CommandId commandId) implements Rejection {
    public String code() {
      return "COMMAND_ID_REUSED";
    }

    public Clause clause() {
      return Clause.of("GS-2");
    }

    public List<Object> arguments() {
      return List.of(commandId.value());
    }
  }

  /**
   * The actor works for the case's center, but its seat is not among the procedure's readers (GS-5): it gets nothing
   * of the case or its trail, and may do nothing on it.
   */
  record NotAReader(String procedure, Role role, Department department) implements Rejection {
    public String code() {
      return "NOT_A_READER";
    }

    public Clause clause() {
      return Clause.of("GS-5");
    }

    public List<Object> arguments() {
      return List.of(new ProcedureName(procedure), role, department);
    }
  }

  /**
   * The library cannot tell when the command happens, so it decides nothing (GS-6: every decision on the trail says when):
   * the clock read outside {@link TimeRange#isReading}, or the zones the center was built with gave no zone for this center.
   * Broken configuration, answered as a value so that a clerk's screen can say so; nothing was written.
   *
   * @param reading what could not be read: {@code "clock 9999-12-31T23:59:59Z"} or {@code "zone"}
   */
  record TimeNotKnown(CenterId center, String reading) implements Rejection {
    public String code() {
      return "TIME_NOT_KNOWN";
    }

    public Clause clause() {
      return Clause.of("GS-6");
    }

    public List<Object> arguments() {
      return List.of(center.value(), reading);
    }
  }

  /** A procedure's own rule was broken; each procedure declares a sealed family of these. */
  /**
   * A procedure's own rule, broken. A record of this kind holds only its data: its code is its {@link RuleFamily} and its
   * own name ({@code KY} and {@code MasterKeyCountReached} make {@code KY_MASTER_KEY_COUNT_REACHED}), its message's
   * arguments are its components other than the clause, in order, an id shown as its text. A record overrides either
   * only where its message needs its data shown otherwise.
   */
  non-sealed interface RuleBroken extends Rejection {
    @Override
    default String code() {
      return BrokenRules.code(this);
    }

    @Override
    default List<Object> arguments() {
      return BrokenRules.arguments(this);
    }
  }
}
