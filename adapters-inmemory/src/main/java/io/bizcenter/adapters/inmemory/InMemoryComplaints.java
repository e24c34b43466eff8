package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.kernel.CenterId;
import java.time.Instant;
import java.util.List;

/** Complaints in memory, filed by state and the time they entered it, as the JDBC store's (center, state, time) index. */
final class InMemoryComplaints extends InMemoryCases<Complaint> implements Complaints {
  private final CaseFile<Complaint, ComplaintState> byState = file(c -> List.of(c.state()), Complaint::stateEnteredAt);

  InMemoryComplaints(Journal journal) {
    super("complaints", journal);
  }

  @Override
  public List<Complaint> inState(CenterId center, ComplaintState state, Instant from, Instant until) {
    return read(() -> byState.from(center, state, from, until));
  }
}
