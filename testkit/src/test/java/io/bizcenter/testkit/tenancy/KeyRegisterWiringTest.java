package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.BETA;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1204;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1501;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.Occupant;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.Occupancy;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Key control asks tenancy, by default, which rooms a tenant occupies (KY-2.1, MI-4.3, MO-3.3)")
class KeyRegisterWiringTest {
  private final TenancyFixture fixture = new TenancyFixture();

  private Either<Rejection, Key> cut(RoomId room, io.bizcenter.core.kernel.TenantId tenant) {
    if (fixture.center.keys().keyBox(fixture.keyDesk, TOWER, room).get().isEmpty()) {
      fixture.acceptedKey(new KeyCommand.RegisterBackup(fixture.freshCommandId(), TOWER, Lock.officeDoor(room)));
    }
    return fixture.center.keys().handle(new KeyCommand.CutKey(fixture.freshCommandId(), TOWER, Lock.officeDoor(room), Holder.tenant(tenant)),
        fixture.keyDesk);
  }

  @Test
  @DisplayName("KY-2.1 MI-4.2 MI-4.3: no door key before the equipment is accepted, then keys of the tenant's own units only, until its move-out vacates them")
  void doorKeysFollowTheMoveIn() {
    MoveIn m = fixture.advance(fixture.noticed(ACME, ROOM_1203, ROOM_1204), MoveInState.UNIT_INSPECTED);
    assertEquals(new Occupancy(Set.of(), false, false), fixture.desk().occupancy(TOWER, ACME));
    assertEquals("KY_KEY_HANDOVER_NOT_REACHED", cut(ROOM_1203, ACME).getLeft().code());
    assertEquals("KY_KEY_HANDOVER_NOT_REACHED", cut(ROOM_1203, BETA).getLeft().code(), "a tenant tenancy does not know");

    m = fixture.accepted(fixture.acceptEquipment(m.id()), fixture.serviceClerk);
    assertEquals(new Occupancy(Set.of(ROOM_1203, ROOM_1204), true, false), fixture.desk().occupancy(TOWER, ACME));
    assertTrue(cut(ROOM_1203, ACME).isRight());
    assertEquals("KY_ROOM_NOT_RENTED", cut(ROOM_1501, ACME).getLeft().code());

    m = fixture.advance(m, MoveInState.COMPLETED);
    MoveOut out = fixture.accepted(fixture.openMoveOut(m.id()), fixture.serviceClerk);
    out = fixture.accepted(fixture.inventoryAllIntact(out.id()), fixture.serviceClerk);
    out = fixture.accepted(fixture.moveOutReading(out.id(), "1600"), fixture.engineer);
    out = fixture.accepted(fixture.assess(out.id()), fixture.serviceClerk);
    for (Key k : fixture.center.keys().stillHeldBy(TOWER, ACME)) {
      fixture.acceptedKey(new KeyCommand.ReturnKey(fixture.freshCommandId(), TOWER, k.id()));
    }
    fixture.accepted(fixture.vacate(out.id()), fixture.serviceClerk);
    assertEquals(new Occupancy(Set.of(), false, true), fixture.desk().occupancy(TOWER, ACME));
    assertEquals("KY_TENANT_MOVED_OUT", cut(ROOM_1203, ACME).getLeft().code());
  }

  @Test
  @DisplayName("KY-2.1 a vendor that keeps tenancies elsewhere still plugs its own answer")
  void aVendorPlugsItsOwn() {
    BusinessCenter own = BusinessCenter.builder().storage(new InMemoryStorage()).notifier(new RecordingNotifier()).ids(new SequentialIds("V"))
        .clock(fixture.clock).tenancies((center, tenant) -> new Occupant(Set.of(ROOM_1203), true, false)).build();
    own.keys().handle(new KeyCommand.RegisterBackup(fixture.freshCommandId(), TOWER, Lock.officeDoor(ROOM_1203)), fixture.keyDesk).get();

    Either<Rejection, Key> cut = own.keys().handle(new KeyCommand.CutKey(fixture.freshCommandId(), TOWER, Lock.officeDoor(ROOM_1203),
        Holder.tenant(ACME)), fixture.keyDesk);

    assertTrue(cut.isRight(), () -> cut.getLeft().code());
  }
}
