package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A clause the tenant wants changed from the standard template (CS-1.1), numbered within its contract from 1, with
 * the departments that must review and confirm it (named by the policy for its topic when it was recorded) and
 * their reviews so far.
 */
public record Deviation(int no, DeviationTopic topic, String templateClause, String wording, List<Department> reviewers,
    List<Review> reviews, boolean withdrawn, StaffId recordedBy, Instant recordedAt) {
  public Deviation {
    reviewers = List.copyOf(reviewers);
    reviews = List.copyOf(reviews);
  }

  /** One department's review: confirmed, or refused with its reason. */
  public record Review(Department department, StaffId by, Instant at, boolean confirmed, Optional<String> comment) {}

  /** Where a deviation stands with the departments concerned: the draft prints once each is confirmed or withdrawn (CS-1.1). */
  public enum Status {
    /** some department concerned has not reviewed it yet */
    PENDING,
    /** every department concerned confirmed it: the draft may carry it */
    CONFIRMED,
    /** a department concerned refused it: withdraw it (the template's wording stands) before printing */
    REFUSED,
    /** withdrawn: the template's wording stands */
    WITHDRAWN
  }

  public Status status() {
    if (withdrawn) {
      return Status.WITHDRAWN;
    }
    if (reviews.stream().anyMatch(r -> !r.confirmed())) {
      return Status.REFUSED;
    }
    return reviews.size() == reviewers.size() ? Status.CONFIRMED : Status.PENDING;
  }

  /** Whether {@code department} still owes this deviation its review. */
  public boolean awaits(Department department) {
    return !withdrawn && reviewers.contains(department) && reviews.stream().noneMatch(r -> r.department() == department);
  }

  /** Whether the draft may be printed as far as this deviation goes: confirmed by all concerned, or withdrawn. */
  public boolean settled() {
    return status() == Status.CONFIRMED || status() == Status.WITHDRAWN;
  }

  Deviation with(Review review) {
    List<Review> all = new ArrayList<>(reviews);
    all.add(review);
    return new Deviation(no, topic, templateClause, wording, reviewers, all, withdrawn, recordedBy, recordedAt);
  }

  Deviation withdraw() {
    return new Deviation(no, topic, templateClause, wording, reviewers, reviews, true, recordedBy, recordedAt);
  }
}
