package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What happened to the watch over a lease, in the past tense. */
public sealed interface RenewalVisitEvent extends DomainEvent {
  /** The lease went on the watch: its renewal visit falls due two months before it expires (MO-1.1). */
  record LeaseWatched(MoveInId moveIn, TenantId tenant, List<RoomId> units, LocalDate expiry, LocalDate visitDue) implements RenewalVisitEvent {
    public LeaseWatched {
      units = List.copyOf(units);
    }
  }

  /** Service visited the client and recorded whether it will renew or leave (MO-1.1). */
  record ClientVisited(ClientIntent intent, Optional<String> note) implements RenewalVisitEvent {}

  /** The renewal went to contract signing under {@code renewal}, the id it carries ({@link Renewal#id()}). */
  record RenewalHandedOver(String renewal) implements RenewalVisitEvent {}

  /** A renewed term was recorded and the watch starts again from its new expiry (MO-1.1). */
  record NewTermRecorded(LocalDate expiry, LocalDate visitDue, String contract) implements RenewalVisitEvent {}

  /** The client stayed after all: move-out {@code moveOut} was called off, and the lease is watched again (MO-1.1). */
  record WatchResumed(MoveOutId moveOut) implements RenewalVisitEvent {}

  /** The client left the units under move-out {@code moveOut} (MO-3.3): the watch ends. */
  record WatchEnded(MoveOutId moveOut) implements RenewalVisitEvent {}
}
