package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.Complaints;

final class InMemoryComplaints extends InMemoryCases<Complaint> implements Complaints {
  InMemoryComplaints(Journal journal) {
    super("complaints", journal);
  }
}
