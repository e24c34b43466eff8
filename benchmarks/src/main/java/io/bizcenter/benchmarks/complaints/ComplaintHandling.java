package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;

/**
 * What each variant under comparison offers the complaint workload: open a complaint, take one step on it, and say
 * where it stands. A refused command is an exception here, so that no variant can pass a refusal off as work done.
 *
 * @param <H> how the variant holds a complaint between steps (the case itself, or a handle to it)
 */
public interface ComplaintHandling<H> {
  H open(ComplaintCommand.Opening command, Actor actor);

  H step(H complaint, ComplaintCommand.OnComplaint command, Actor actor);

  ComplaintId id(H complaint);

  ComplaintState state(H complaint);

  /** A variant that holds the library's own case between steps: its id and state are the case's. */
  interface OfCases extends ComplaintHandling<Complaint> {
    @Override
    default ComplaintId id(Complaint complaint) {
      return complaint.id();
    }

    @Override
    default ComplaintState state(Complaint complaint) {
      return complaint.state();
    }
  }

  /** A hand-written variant that holds a {@link PlainComplaint} between steps: its id and state are the record's. */
  interface OfPlainCases extends ComplaintHandling<PlainComplaint> {
    @Override
    default ComplaintId id(PlainComplaint complaint) {
      return ComplaintId.of(complaint.id());
    }

    @Override
    default ComplaintState state(PlainComplaint complaint) {
      return complaint.state();
    }
  }
}
