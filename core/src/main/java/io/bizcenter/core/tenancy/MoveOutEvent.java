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
  record MoveOutOpened(MoveInId moveIn, TenantId tenant, List<RoomId> units, Optional<String> reason) implements MoveOutEvent {
    public MoveOutOpened {
      units = List.copyOf(units);
    }
  }

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

  record ClientFileArchived(String archive) implements MoveOutEvent {}

  record DirectoryAndNameplateUpdated(Optional<String> note) implements MoveOutEvent {}
}
