package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.Complaints;

final class JdbcComplaints extends JdbcCases<Complaint> implements Complaints {
  JdbcComplaints(JdbcTransactions transactions, Documents documents) {
    super("complaints", "bc_complaint", Complaint.class, transactions, documents);
  }
}
