package io.bizcenter.core.reports;

import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.PolicyVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Complaints by branch (CP-1.2 to CP-2.3) with their handling time against the time the center's complaint policy
 * allows the branch (GS-4): those closed in the period, and those still open at the report's time, whenever they came
 * in. A closed complaint is within the limit when it was closed by its deadline; an open one is over the limit once its
 * deadline has passed. Complainants are not named: the rows carry case ids only.
 *
 * @param policy the version of the center's policy whose limits the report applies
 * @param branches every branch, in the order of {@link ComplaintBranch}, with its complaints
 */
public record ComplaintHandling(CenterId center, ReportPeriod period, Instant at, PolicyVersion policy, List<Branch> branches) {
  public ComplaintHandling {
    branches = List.copyOf(branches);
  }

  /** One branch: the time it allows and its complaints, closed ones first by closing time, then open ones by age. */
  public record Branch(ComplaintBranch branch, Duration timeAllowed, List<Handled> complaints) {
    public Branch {
      complaints = List.copyOf(complaints);
    }

    public long closed() {
      return complaints.stream().filter(Handled::closed).count();
    }

    public long closedWithinLimit() {
      return complaints.stream().filter(c -> c.closed() && c.withinLimit()).count();
    }

    public long open() {
      return complaints.stream().filter(c -> !c.closed()).count();
    }

    public long openOverLimit() {
      return complaints.stream().filter(c -> !c.closed() && !c.withinLimit()).count();
    }

    /** The mean handling time of the complaints closed, if any was. */
    public Optional<Duration> averageClosed() {
      List<Duration> times = complaints.stream().filter(Handled::closed).map(Handled::handlingTime).toList();
      return times.isEmpty() ? Optional.empty()
          : Optional.of(times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(times.size()));
    }
  }

  /**
   * One complaint: when it came in, when it was closed (empty while open), how long it took or has taken so far, its
   * deadline under the policy and whether it kept it.
   */
  public record Handled(String complaintId, Channel channel, ComplaintState state, Instant receivedAt, Optional<Instant> closedAt,
      Duration handlingTime, Instant deadline, boolean withinLimit) {
    public boolean closed() {
      return closedAt.isPresent();
    }
  }

  public long total() {
    return branches.stream().mapToLong(b -> b.complaints().size()).sum();
  }
}
