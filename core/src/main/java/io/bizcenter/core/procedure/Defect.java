package io.bizcenter.core.procedure;

/** A fault the GS-2 self-check finds in a declaration. Meant for the library's developers, so English only. */
public record Defect(Kind kind, String where) {
  /** Which GS-2 rule a declaration breaks, such as two outcomes for one state and action, or a state nobody can reach. */
  public enum Kind {
    /** two steps declared for the same state and action: the outcome would not be unique */
    TWO_OUTCOMES,
    /** no way from an opening step to the state */
    UNREACHABLE,
    /** a non-final state with no step out */
    DEAD_END,
    /** a final state with a step out */
    FINAL_WITH_EXIT,
    /** the procedure has no step that opens a case */
    NO_OPENING,
    /** a step nobody may take */
    NOBODY_MAY_ACT,
    /** a separation of duties that names a step no transition declares, or keeps a step apart from itself */
    SEPARATION_WITHOUT_STEP,
    /** one action triggered by two command types: the table could not tell a command's step */
    ACTION_OF_TWO_COMMANDS,
    /** a command type that triggers several actions without the declaration saying which ({@code chooses}) */
    COMMAND_WITHOUT_CHOICE
  }

  @Override
  public String toString() {
    return kind + " at " + where;
  }
}
