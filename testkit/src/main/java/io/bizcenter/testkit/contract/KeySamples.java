package io.bizcenter.testkit.contract;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.ChargeKind;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCharge;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The key suites' test data: real keys with every kind of attribute a store must carry (a lock with a room, a holder
 * with a role, an exact CNY charge, a clause), at whole-second instants.
 */
final class KeySamples {
  static final RoomId ROOM_1203 = RoomId.of("1203");
  static final RoomId ROOM_1205 = RoomId.of("1205");
  static final Lock DOOR_1203 = Lock.officeDoor(ROOM_1203);
  static final Lock DOOR_1205 = Lock.officeDoor(ROOM_1205);
  static final Lock DESK_1203 = Lock.furniture(ROOM_1203, FurnitureKind.DESK, "A");
  static final Lock MASTER = Lock.master();
  static final Lock WORKSTATION_3 = Lock.workstation("WS-3");
  static final TenantId ACME = TenantId.of("T-acme");
  static final Holder TENANT_ACME = Holder.tenant(ACME);
  static final Holder CLEANER = Holder.staff(StaffId.of("bc-cleaner-1"), Role.CLEANER, Department.BUSINESS_CENTER, Employer.CENTER_STAFF);
  static final Holder SUPERVISOR = Holder.staff(StaffId.of("bc-sup-1"), Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, Employer.CENTER_STAFF);

  private KeySamples() {}

  /** A door key copy of room 1203 held by its tenant, with the copy's charge, as the command path would save it. */
  static Key key(CenterId center, String id, long version, Instant cutAt) {
    return key(center, id, version, cutAt, DOOR_1203, KeyOrigin.CUT, KeyState.HELD, Optional.of(TENANT_ACME));
  }

  /** A key of {@code lock} standing in {@code state}, with {@code holder} while held or lent. */
  static Key key(CenterId center, String id, long version, Instant at, Lock lock, KeyOrigin origin, KeyState state,
      Optional<Holder> holder) {
    Key.Builder key = Key.builder();
    key.id(KeyId.of(id))
        .center(center)
        .version(version)
        .state(state)
        .stateEnteredAt(at)
        .policy(Samples.POLICY)
        .lock(lock)
        .origin(origin)
        .registeredAt(at)
        .registeredBy(StaffId.of("bc-sup-1"))
        .holder(holder);
    if (state == KeyState.LOST) {
      key.lostBy(CLEANER);
    }
    if (origin == KeyOrigin.CUT && holder.flatMap(Holder::tenant).isPresent()) {
      key.addAllCharges(List.of(new KeyCharge(ChargeKind.COPY, holder.get().tenant().get(), Money.yuan("20.00"), Clause.of("KY-2.3"), at)));
    }
    return key.build();
  }
}
