package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What happened to the watch over a lease, in the past tense. */
public sealed interface RenewalVisitEvent extends DomainEvent {
  record LeaseWatched(MoveInId moveIn, TenantId tenant, List<RoomId> units, LocalDate expiry, LocalDate visitDue) implements RenewalVisitEvent {
    public LeaseWatched {
      units = List.copyOf(units);
    }
  }

  record ClientVisited(ClientIntent intent, Optional<String> note) implements RenewalVisitEvent {}

  /** The renewal went to contract signing under {@code renewal}, the id it carries ({@link Renewal#id()}). */
  record RenewalHandedOver(String renewal) implements RenewalVisitEvent {}

  record NewTermRecorded(LocalDate expiry, LocalDate visitDue, String contract) implements RenewalVisitEvent {}
}
