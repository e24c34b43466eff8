package io.bizcenter.core;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.ChargeKind;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyCharge;
import io.bizcenter.core.keys.KeyDesk;
import io.bizcenter.core.keys.Keys;
import io.bizcenter.core.keys.Occupant;
import io.bizcenter.core.keys.Tenancies;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.tenancy.HeldKey;
import io.bizcenter.core.tenancy.KeyCompensation;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.KeysHeld;
import io.bizcenter.core.tenancy.Occupancy;
import io.bizcenter.core.tenancy.TenancyDesk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The two small query ports between key control and tenancy, each answered from the other's desk: the key register asks
 * tenancy which rooms a tenant occupies ({@link Tenancies}, KY-2.1), and tenancy asks the key register which keys a
 * tenant still holds or lost ({@link KeysHeld}, MI-4.3, MO-3.3, KY-2.4). Procedure packages never import each other; this
 * is where they meet. The desks are reached lazily, since each is built with the other's port.
 */
final class TenancyAndKeys {
  private TenancyAndKeys() {}

  /** KY-2.1: the key register's tenant, from the move-ins and move-outs. */
  static Tenancies tenancies(Supplier<TenancyDesk> tenancy) {
    return (center, tenant) -> {
      Occupancy o = tenancy.get().occupancy(center, tenant);
      return new Occupant(o.rooms(), o.keyHandoverReached(), o.movedOut());
    };
  }

  /** MI-4.3, MO-3.3, KY-2.4: the tenant's keys, from the key register. */
  static KeysHeld keysHeld(Supplier<KeyDesk> keys, Keys register) {
    return new KeysHeld() {
      @Override
      public List<HeldKey> stillHeldBy(CenterId center, TenantId tenant) {
        return keys.get().stillHeldBy(center, tenant).stream()
            .filter(k -> k.lock().opensAClientsRoom())
            .map(k -> new HeldKey(k.id().value(), k.lock().room(), kind(k)))
            .toList();
      }

      @Override
      public List<KeyCompensation> lostSince(CenterId center, TenantId tenant, Set<RoomId> rooms, Instant since) {
        List<KeyCompensation> lost = new ArrayList<>();
        for (RoomId room : rooms.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList()) {
          for (Key k : register.ofRoom(center, room)) {
            boolean lostByTenant = k.lostBy().flatMap(Holder::tenant).map(tenant::equals).orElse(false);
            Money charged = k.charges().stream()
                .filter(c -> c.kind() == ChargeKind.COMPENSATION && c.payer().equals(tenant) && !c.at().isBefore(since))
                .map(KeyCharge::amount)
                .reduce(Money.ZERO, Money::plus);
            if (lostByTenant && k.charges().stream().anyMatch(c -> c.kind() == ChargeKind.COMPENSATION && !c.at().isBefore(since))) {
              lost.add(new KeyCompensation(k.id().value(), room, kind(k), charged));
            }
          }
        }
        return List.copyOf(lost);
      }
    };
  }

  private static KeyKind kind(Key key) {
    return key.category() == KeyCategory.CLIENT_FURNITURE ? KeyKind.FURNITURE : KeyKind.DOOR;
  }
}
