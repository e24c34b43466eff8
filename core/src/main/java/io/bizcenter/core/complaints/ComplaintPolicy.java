package io.bizcenter.core.complaints;

import static io.bizcenter.core.complaints.ComplaintState.*;

import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TimeLimit;
import java.util.EnumMap;
import java.util.Map;

/**
 * The complaint procedure's policy values (GS-4): how long a complaint may stand in each state before its next
 * step is overdue on the agenda. The source gives no deadlines, only "at once" (立即) and "later" (事后); the
 * defaults read "at once" as two hours, a call or a fix as a day or three, and a follow-up "later" as three days.
 */
public record ComplaintPolicy(PolicyVersion version, Map<ComplaintState, TimeLimit> timeAllowed) {
  public static final PolicyVersion DEFAULT_VERSION = PolicyVersion.of("CP-default-1");
  private static final TimeLimit A_DAY = TimeLimit.ofDays(1);

  public ComplaintPolicy {
    timeAllowed = Map.copyOf(timeAllowed);
  }

  public static ComplaintPolicy defaults() {
    Map<ComplaintState, TimeLimit> limits = new EnumMap<>(ComplaintState.class);
    limits.put(PHONE_RECEIVED, TimeLimit.ofHours(2));
    limits.put(LETTER_RECEIVED, TimeLimit.ofDays(1));
    limits.put(PHONE_WITHIN_REMIT, TimeLimit.ofHours(2));
    limits.put(PHONE_FIX_PROMISED, TimeLimit.ofDays(3));
    limits.put(PHONE_FIXED, TimeLimit.ofDays(1));
    limits.put(LETTER_WITHIN_REMIT, TimeLimit.ofDays(1));
    limits.put(LETTER_FIX_PROMISED, TimeLimit.ofDays(3));
    limits.put(LETTER_FIXED, TimeLimit.ofDays(1));
    limits.put(LETTER_APOLOGISED, TimeLimit.ofDays(2));
    limits.put(PHONE_OUTSIDE_REMIT, TimeLimit.ofHours(2));
    limits.put(PHONE_CALLER_ASSURED, TimeLimit.ofHours(2));
    limits.put(PHONE_FORWARDED, TimeLimit.ofDays(1));
    limits.put(PHONE_PLAN_KNOWN, TimeLimit.ofHours(4));
    limits.put(PHONE_COMPLAINANT_INFORMED, TimeLimit.ofDays(3));
    limits.put(LETTER_OUTSIDE_REMIT, TimeLimit.ofHours(4));
    limits.put(LETTER_FORWARDED, TimeLimit.ofDays(1));
    limits.put(LETTER_COMPLAINANT_INFORMED, TimeLimit.ofDays(3));
    limits.put(LETTER_SOLVED, TimeLimit.ofDays(1));
    limits.put(LETTER_SOLVED_APOLOGISED, TimeLimit.ofDays(2));
    limits.put(HARD_CASE, TimeLimit.ofDays(1));
    limits.put(HARD_CASE_VISITED, TimeLimit.ofDays(1));
    limits.put(HARD_CASE_DEPARTMENTS_CONTACTED, TimeLimit.ofDays(1));
    limits.put(HARD_CASE_REPORTED, TimeLimit.ofDays(7));
    return new ComplaintPolicy(DEFAULT_VERSION, limits);
  }

  /** A copy under a new version with one limit changed; a case keeps the version it opened under. */
  public ComplaintPolicy with(PolicyVersion newVersion, ComplaintState state, TimeLimit limit) {
    Map<ComplaintState, TimeLimit> limits = new EnumMap<>(timeAllowed);
    limits.put(state, limit);
    return new ComplaintPolicy(newVersion, limits);
  }

  /** The time allowed in a state; a state the policy does not name (only a final one) gets a day. */
  public TimeLimit timeAllowed(ComplaintState state) {
    // asked after every decision: the default is not built each time (getOrDefault evaluates its argument)
    return timeAllowed.getOrDefault(state, A_DAY);
  }
}
