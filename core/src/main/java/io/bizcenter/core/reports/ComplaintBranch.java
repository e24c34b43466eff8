package io.bizcenter.core.reports;

import static io.bizcenter.core.complaints.ComplaintState.*;

import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Clause;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The branches of complaint handling the source describes, each with its clause and the states a complaint passes on its
 * straight way through it (received included, closed not): the time a branch allows is the sum of the policy's limits
 * for those states (GS-4). A complaint not yet triaged counts under its channel's intake until it is.
 */
public enum ComplaintBranch {
  /** a phone complaint received, not triaged yet (CP-1.1) */
  PHONE_NOT_TRIAGED("CP-1.1", List.of(PHONE_RECEIVED)),
  PHONE_WITHIN_REMIT("CP-1.2", List.of(PHONE_RECEIVED, ComplaintState.PHONE_WITHIN_REMIT, PHONE_FIX_PROMISED, PHONE_FIXED)),
  PHONE_OUTSIDE_REMIT("CP-1.3", List.of(PHONE_RECEIVED, ComplaintState.PHONE_OUTSIDE_REMIT, PHONE_CALLER_ASSURED, PHONE_FORWARDED,
      PHONE_PLAN_KNOWN, PHONE_COMPLAINANT_INFORMED)),
  HARD_CASE("CP-1.4", List.of(PHONE_RECEIVED, ComplaintState.HARD_CASE, HARD_CASE_VISITED, HARD_CASE_DEPARTMENTS_CONTACTED,
      HARD_CASE_REPORTED)),
  LETTER_WITHIN_REMIT("CP-2.2", List.of(LETTER_RECEIVED, ComplaintState.LETTER_WITHIN_REMIT, LETTER_FIX_PROMISED, LETTER_FIXED,
      LETTER_APOLOGISED)),
  LETTER_OUTSIDE_REMIT("CP-2.3", List.of(LETTER_RECEIVED, ComplaintState.LETTER_OUTSIDE_REMIT, LETTER_FORWARDED,
      LETTER_COMPLAINANT_INFORMED, LETTER_SOLVED, LETTER_SOLVED_APOLOGISED)),
  /** a letter received, not triaged yet (CP-2.1) */
  LETTER_NOT_TRIAGED("CP-2.1", List.of(LETTER_RECEIVED));

  private final Clause clause;
  private final List<ComplaintState> path;

  ComplaintBranch(String clause, List<ComplaintState> path) {
    this.clause = Clause.of(clause);
    this.path = path;
  }

  public Clause clause() {
    return clause;
  }

  /** The states of the branch's straight way, in order. */
  public List<ComplaintState> path() {
    return path;
  }

  /**
   * The time the policy allows for the whole branch, as a nominal duration (a day as 24 hours): the sum of its states'
   * limits.
   */
  public Duration timeAllowed(ComplaintPolicy policy) {
    return path.stream().map(policy::timeAllowed)
        .map(limit -> limit.hours().plusDays(limit.days().getDays()))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * When a complaint received at {@code receivedAt} should be closed by: each state's limit added in turn, days as
   * calendar days in the property's zone, as the agenda counts them.
   */
  public Instant deadline(Instant receivedAt, ZoneId zone, ComplaintPolicy policy) {
    Instant deadline = receivedAt;
    for (ComplaintState state : path) {
      deadline = policy.timeAllowed(state).dueFrom(deadline, zone);
    }
    return deadline;
  }

  /** The branch a complaint took, from its channel and its triage. */
  public static ComplaintBranch of(Complaint complaint) {
    boolean phone = complaint.channel() == Channel.PHONE;
    if (complaint.remit().isEmpty()) {
      return phone ? PHONE_NOT_TRIAGED : LETTER_NOT_TRIAGED;
    }
    Remit remit = complaint.remit().get();
    return switch (remit) {
      case HARD_CASE -> HARD_CASE;
      case WITHIN -> phone ? PHONE_WITHIN_REMIT : LETTER_WITHIN_REMIT;
      case OUTSIDE -> phone ? PHONE_OUTSIDE_REMIT : LETTER_OUTSIDE_REMIT;
    };
  }
}
