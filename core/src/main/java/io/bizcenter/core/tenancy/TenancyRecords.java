package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What tenancy knows across its cases, read through the stores' indexed questions: who occupies a unit, what the key
 * register may know of a tenant, the Tenant Directory. Guards that span cases read it inside the command's transaction.
 */
final class TenancyRecords {
  private final MoveIns moveIns;
  private final MoveOuts moveOuts;
  private final RenewalVisits leases;

  TenancyRecords(MoveIns moveIns, MoveOuts moveOuts, RenewalVisits leases) {
    this.moveIns = moveIns;
    this.moveOuts = moveOuts;
    this.leases = leases;
  }

  Optional<MoveIn> moveIn(CenterId center, MoveInId id) {
    return moveIns.find(center, id.value()).toJavaOptional();
  }

  Optional<MoveOut> moveOut(CenterId center, MoveOutId id) {
    return moveOuts.find(center, id.value()).toJavaOptional();
  }

  Optional<MoveOut> moveOutOf(CenterId center, MoveInId moveIn) {
    // a move-out called off is history: the client stayed, and may leave again later
    return moveOuts.ofMoveIn(center, moveIn).stream().filter(o -> o.state() != MoveOutState.CALLED_OFF).findFirst();
  }

  Optional<RenewalVisit> leaseOf(CenterId center, MoveInId moveIn) {
    return leases.ofMoveIn(center, moveIn).stream().findFirst();
  }

  /** Whether the move-in's units are vacated: its move-out reached the point where every key is back (MO-3.3). */
  boolean vacated(CenterId center, MoveInId moveIn) {
    return moveOutOf(center, moveIn).map(MoveOut::vacated).orElse(false);
  }

  /** MI-1.1: the move-in that holds the unit now: not withdrawn, not vacated. */
  Optional<MoveIn> holding(CenterId center, RoomId unit) {
    return moveIns.ofUnit(center, unit).stream().filter(MoveIn::live).filter(m -> !vacated(center, m.id())).findFirst();
  }

  /** KY-2.1: the units the tenant occupies from its key handover until each move-out vacates them. */
  Occupancy occupancy(CenterId center, TenantId tenant) {
    Set<RoomId> rooms = new LinkedHashSet<>();
    boolean handedOver = false;
    boolean stillComing = false;
    boolean left = false;
    for (MoveIn m : moveIns.ofTenant(center, tenant)) {
      if (!m.live()) {
        continue;
      }
      if (vacated(center, m.id())) {
        left = true;
      } else if (m.keyHandoverReached()) {
        handedOver = true;
        rooms.addAll(m.units());
      } else {
        stillComing = true;
      }
    }
    return new Occupancy(rooms, handedOver, left && !handedOver && !stillComing);
  }

  /**
   * MO-3.2: every unit whose tenant has signed the key handover (MI-4.3), until its move-out updates the directory, by
   * unit. Reads every move-in of the center: a list for a screen, not a hot path.
   */
  TenantDirectory directory(CenterId center) {
    List<DirectoryEntry> entries = new ArrayList<>();
    for (MoveIn m : moveIns.all(center)) {
      if (m.keyHandover().isEmpty() || !m.live()) {
        continue;
      }
      Optional<MoveOut> out = moveOutOf(center, m.id());
      if (out.map(o -> o.state() == MoveOutState.COMPLETED).orElse(false)) {
        continue;
      }
      Optional<RenewalVisit> lease = leaseOf(center, m.id());
      for (RoomId unit : m.units()) {
        entries.add(new DirectoryEntry(unit, m.tenant(), m.company(), m.keyHandover().get().signedAt(),
            lease.map(RenewalVisit::leaseExpiry).orElse(m.leaseExpiry()), m.id(), m.state(),
            lease.map(RenewalVisit::id), lease.map(RenewalVisit::state), out.map(MoveOut::id), out.map(MoveOut::state)));
      }
    }
    entries.sort(Comparator.comparing((DirectoryEntry e) -> e.unit().value()).thenComparing(e -> e.since()));
    return new TenantDirectory(entries);
  }
}
