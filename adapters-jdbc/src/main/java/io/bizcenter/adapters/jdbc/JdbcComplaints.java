package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.kernel.CenterId;
import java.time.Instant;
import java.util.List;

/** Complaints in {@code bc_complaint}: the generic case row, read by state and time through its (center, state, time) index. */
final class JdbcComplaints extends JdbcCases<Complaint> implements Complaints {
  static final String IN_STATE = inStateQuery("bc_complaint");

  JdbcComplaints(JdbcTransactions transactions, Documents documents) {
    super("complaints", "bc_complaint", Complaint.class, transactions, documents);
  }

  @Override
  public List<Complaint> inState(CenterId center, ComplaintState state, Instant from, Instant until) {
    return inStateBetween(IN_STATE, center, state, from, until);
  }
}
