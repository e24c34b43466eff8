package io.bizcenter.core.services;

import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TimeLimit;
import java.util.EnumMap;
import java.util.Map;

/**
 * The services' policy values for one center (GS-4): the catalogue with its fee schedules (SV-3.1), how long an
 * order may stand in each state before its next step is overdue on the agenda, how long a manager has to answer an
 * Equipment Use Application and a user to sign the Fee Settlement Form (SV-2.5), how long a repair may take, and how
 * long before a device's maintenance falls due it shows on the agenda (SV-1.2). The source gives no numbers here:
 * "before the service", "after the service"; the defaults read those as an hour at the desk and a day for paperwork.
 */
public record ServicePolicy(
    PolicyVersion version,
    ServiceCatalogue catalogue,
    Map<ServiceOrderState, TimeLimit> orderTimeAllowed,
    TimeLimit approvalTimeAllowed,
    TimeLimit settlementTimeAllowed,
    TimeLimit repairTimeAllowed,
    TimeLimit maintenanceLead) {
  public static final PolicyVersion DEFAULT_VERSION = PolicyVersion.of("SV-default-1");

  public ServicePolicy {
    orderTimeAllowed = Map.copyOf(orderTimeAllowed);
  }

  public static ServicePolicy defaults() {
    Map<ServiceOrderState, TimeLimit> limits = new EnumMap<>(ServiceOrderState.class);
    limits.put(ServiceOrderState.REQUESTED, TimeLimit.ofHours(1));
    limits.put(ServiceOrderState.CHARGES_EXPLAINED, TimeLimit.ofHours(1));
    limits.put(ServiceOrderState.FEE_NOTICE_ISSUED, TimeLimit.ofDays(1));
    limits.put(ServiceOrderState.SERVED, TimeLimit.ofHours(1));
    limits.put(ServiceOrderState.RECEIPT_WRITTEN, TimeLimit.ofDays(1));
    return new ServicePolicy(DEFAULT_VERSION, ServiceCatalogue.standard(), limits, TimeLimit.ofDays(1), TimeLimit.ofDays(1),
        TimeLimit.ofDays(3), TimeLimit.ofDays(7));
  }

  /** A copy under a new version with another catalogue; cases keep the version they ran under. */
  public ServicePolicy withCatalogue(PolicyVersion newVersion, ServiceCatalogue newCatalogue) {
    return new ServicePolicy(newVersion, newCatalogue, orderTimeAllowed, approvalTimeAllowed, settlementTimeAllowed, repairTimeAllowed,
        maintenanceLead);
  }

  /**
   * The time allowed in an order's state; a state the policy does not name gets a day. An order waiting for its
   * service, or being served, is due by its slot instead (see {@link ServiceOrderProcedure}).
   */
  public TimeLimit orderTimeAllowed(ServiceOrderState state) {
    return orderTimeAllowed.getOrDefault(state, TimeLimit.ofDays(1));
  }
}
