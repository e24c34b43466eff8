package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.meetings.MeetingPolicy;
import io.bizcenter.core.services.ServicePolicy;
import io.bizcenter.core.services.StaffSkills;
import io.bizcenter.core.tenancy.TenancyPolicy;
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

  /** Each center's meeting policy (prices, the timeline's lead times); by default the source's. */
  default Function<CenterId, MeetingPolicy> meetingPolicies() {
    MeetingPolicy defaults = MeetingPolicy.defaults();
    return center -> defaults;
  }

  /** Each center's policy for equipment, service orders and internal uses; by default the source's. */
  default Function<CenterId, ServicePolicy> servicePolicies() {
    ServicePolicy defaults = ServicePolicy.defaults();
    return center -> defaults;
  }

  /** Who holds which skill (SV-2.1), usually the vendor's HR data; by default nobody has any. */
  default StaffSkills staffSkills() {
    return StaffSkills.NONE;
  }

  /** Each center's key policy; by default the source's. */
  default Function<CenterId, KeyPolicy> keyPolicies() {
    KeyPolicy defaults = KeyPolicy.defaults();
    return center -> defaults;
  }

  /** Each center's tenancy policy (move-in, lease watch, move-out); by default the source's. */
  default Function<CenterId, TenancyPolicy> tenancyPolicies() {
    TenancyPolicy defaults = TenancyPolicy.defaults();
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

  /** Whatever else the vendor sets on its builder (tenancies, renewals, a listener); by default nothing. */
  default BusinessCenter.Builder more(BusinessCenter.Builder builder) {
    return builder;
  }

  /** The center of one run, on {@code storage}, with the check's own clock, ids and notifier. */
  default BusinessCenter center(BusinessCenter.Builder wired) {
    return more(wired.complaintPolicies(complaintPolicies()).contractPolicies(contractPolicies()).meetingPolicies(meetingPolicies())
        .servicePolicies(servicePolicies()).staffSkills(staffSkills()).keyPolicies(keyPolicies()).tenancyPolicies(tenancyPolicies())
        .zones(zones())).build();
  }
}
