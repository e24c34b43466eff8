package io.bizcenter.core.complaints;

import io.bizcenter.core.port.CaseStore;

/** The store of complaints: a port, implemented by adapters ({@code InMemoryComplaints}, {@code JdbcComplaints}). */
public interface Complaints extends CaseStore<Complaint> {}
