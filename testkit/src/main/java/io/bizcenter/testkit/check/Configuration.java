package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * A vendor's business center as the {@link ProcedureCheck} builds it, afresh for every run: its store, its policies, its
 * zones and the seats it staffs. The check wires its own clock, ids and notifier, so that a run can be repeated from its
 * seed and every notice can be seen to leave; everything else is the vendor's, said once here and read both by the
 * center and by the check's expectations (the agenda's due times come from these very policies).
 */
public interface Configuration {
  /** A new, empty store: every run starts from nothing (a fresh in-memory database, a new PostgreSQL schema, ...). */
  Storage freshStorage();

  /** Each center's complaint policy; by default the source's. */
  default Function<CenterId, ComplaintPolicy> complaintPolicies() {
    ComplaintPolicy defaults = ComplaintPolicy.defaults();
    return center -> defaults;
  }

  /** Each center's contract policy; by default the source's. */
  default Function<CenterId, ContractPolicy> contractPolicies() {
    ContractPolicy defaults = ContractPolicy.defaults();
    return center -> defaults;
  }

  /** Each center's zone, in which deadlines fall; by default {@link BusinessCenter#DEFAULT_ZONE}. */
  default Function<CenterId, ZoneId> zones() {
    return center -> BusinessCenter.DEFAULT_ZONE;
  }

  /**
   * Whether the vendor's centers have someone in this seat: the check sends commands only from staffed seats (anyone
   * else's are refused anyway). A property without an Audit department says no to every Audit seat.
   */
  default boolean staffs(Role role, Department department) {
    return true;
  }

  /** Whatever else the vendor sets on its builder (staff skills, other policies, a listener); by default nothing. */
  default BusinessCenter.Builder more(BusinessCenter.Builder builder) {
    return builder;
  }

  /** The center of one run, on {@code storage}, with the check's own clock, ids and notifier. */
  default BusinessCenter center(BusinessCenter.Builder wired) {
    return more(wired.complaintPolicies(complaintPolicies()).contractPolicies(contractPolicies()).zones(zones())).build();
  }
}
