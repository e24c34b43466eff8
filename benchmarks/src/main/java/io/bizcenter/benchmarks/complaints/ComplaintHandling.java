package io.bizcenter.benchmarks.complaints;

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
}
