package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.CaseStore;
import java.time.Instant;
import java.util.List;

/** The store of complaints: a port, implemented by adapters ({@code InMemoryComplaints}, {@code JdbcComplaints}). */
public interface Complaints extends CaseStore<Complaint> {
  /**
   * The center's complaints now in {@code state} that entered it from {@code from} (included) to {@code until} (excluded),
   * earliest first, then oldest first: the closed ones of a period, the open ones of each state, for the handling report.
   * A database adapter reads its (center, state, time) index.
   */
  List<Complaint> inState(CenterId center, ComplaintState state, Instant from, Instant until);
}
