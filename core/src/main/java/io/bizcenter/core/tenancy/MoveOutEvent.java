package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import java.util.List;
import java.util.Optional;

/** What happened to a move-out, in the past tense. */
public sealed interface MoveOutEvent extends DomainEvent {
  /** A move-out began for the tenant's units, from the renewal visit or on its own (MO-1.1). */
  record MoveOutOpened(MoveInId moveIn, TenantId tenant, List<RoomId> units, Optional<String> reason) implements MoveOutEvent {
    public MoveOutOpened {
      units = List.copyOf(units);
    }
  }

  /** Service and Engineering counted the unit's equipment and facilities on the Rectification &amp; Acceptance Form (MO-2.1). */
  record JointInventoryTaken(StaffId engineer, List<InventoryLine> lines) implements MoveOutEvent {
    public JointInventoryTaken {
      lines = List.copyOf(lines);
    }
  }

  /** MO-2.2: the reading, in duplicate: one copy kept by each of {@code copies}. */
  record MeterReadingRecorded(MeterReading reading, List<Department> copies) implements MoveOutEvent {
    public MeterReadingRecorded {
      copies = List.copyOf(copies);
    }
  }

  /** Damage to the unit during the lease was assessed into compensation the client owes, in exact CNY (MO-2.3). */
  record DamageAssessed(List<Compensation> compensations, Money total) implements MoveOutEvent {
    public DamageAssessed {
      compensations = List.copyOf(compensations);
    }
  }

  /** MO-3.3: the client left; {@code lostKeys}: the keys it did not bring back, as the key register charged them. */
  record Vacated(List<KeyCompensation> lostKeys) implements MoveOutEvent {
    public Vacated {
      lostKeys = List.copyOf(lostKeys);
    }
  }

  /** Service organised and archived the departed client's file (MO-3.1). */
  record ClientFileArchived(String archive) implements MoveOutEvent {}

  /** Service updated the Tenant Directory and took the tenant's nameplate down (MO-3.2). */
  record DirectoryAndNameplateUpdated(Optional<String> note) implements MoveOutEvent {}

  /** The client stays after all: the move-out was called off before the client left, for {@code reason} (MO-1.1). */
  record MoveOutCalledOff(String reason) implements MoveOutEvent {}
}
