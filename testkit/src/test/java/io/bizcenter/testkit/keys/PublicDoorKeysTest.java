package io.bizcenter.testkit.keys;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.keys.KeyFixture.ACME;
import static io.bizcenter.testkit.keys.KeyFixture.EAST_GATE;
import static io.bizcenter.testkit.keys.KeyFixture.NORTH_GATE;
import static io.bizcenter.testkit.keys.KeyFixture.holder;
import static io.bizcenter.testkit.keys.KeyFixture.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyRejection;
import io.bizcenter.core.keys.KeyState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Public door keys (KY-4.1)")
class PublicDoorKeysTest {
  private final KeyFixture fixture = new KeyFixture();

  @Test
  @DisplayName("KY-4.1: each public door has one key, held by the customer-service supervisor; a second key for the door is refused")
  void oneKeyPerDoorWithTheSupervisor() {
    Key east = fixture.accepted(fixture.cut(EAST_GATE, holder(fixture.supervisor)), fixture.manager);
    Key north = fixture.accepted(fixture.cut(NORTH_GATE, holder(fixture.supervisor)), fixture.supervisor);

    assertEquals(List.of(east, north), fixture.heldBy(fixture.supervisor));
    assertEquals(Clause.of("KY-4.1"), fixture.lastEntry(east.id()).clause());
    assertRejection(fixture.rejected(fixture.cut(EAST_GATE, holder(fixture.secondSupervisor)), fixture.manager),
        KeyRejection.LockKeyCountReached.class, "KY_LOCK_KEY_COUNT_REACHED", "KY-4.1", KeyCategory.PUBLIC_DOOR, EAST_GATE, 1);
  }

  @Test
  @DisplayName("KY-4.1: nobody but a customer-service supervisor of the business center holds one")
  void nobodyElseHoldsOne() {
    for (Holder other : List.of(holder(fixture.manager), holder(fixture.cleaner), holder(fixture.clerk), holder(fixture.managementSupervisor),
        tenant(ACME))) {
      assertRejection(fixture.rejected(fixture.cut(EAST_GATE, other), fixture.manager),
          KeyRejection.PublicDoorKeyForTheSupervisorOnly.class, "KY_PUBLIC_DOOR_KEY_FOR_THE_SUPERVISOR_ONLY", "KY-4.1", other);
    }
  }

  @Test
  @DisplayName("KY-4.1: it passes from supervisor to supervisor and never goes to the box")
  void passesBetweenSupervisorsOnly() {
    Key east = fixture.accepted(fixture.cut(EAST_GATE, holder(fixture.supervisor)), fixture.manager);

    assertRejection(fixture.rejected(fixture.returnKey(east.id()), fixture.clerk),
        KeyRejection.StaysWithAHolder.class, "KY_STAYS_WITH_A_HOLDER", "KY-4.1", KeyCategory.PUBLIC_DOOR);
    assertRejection(fixture.rejected(fixture.handOver(east.id(), holder(fixture.manager)), fixture.manager),
        KeyRejection.PublicDoorKeyForTheSupervisorOnly.class, "KY_PUBLIC_DOOR_KEY_FOR_THE_SUPERVISOR_ONLY", "KY-4.1",
        holder(fixture.manager));

    Key passed = fixture.accepted(fixture.handOver(east.id(), holder(fixture.secondSupervisor)), fixture.manager);
    assertEquals(Optional.of(holder(fixture.secondSupervisor)), passed.holder());
  }

  @Test
  @DisplayName("KY-4.1: a lost public-door key is written off before the door gets its new key")
  void aLostKeyIsWrittenOffFirst() {
    Key east = fixture.accepted(fixture.cut(EAST_GATE, holder(fixture.supervisor)), fixture.manager);
    fixture.accepted(fixture.reportLost(east.id()), fixture.supervisor);

    assertRejection(fixture.rejected(fixture.cut(EAST_GATE, holder(fixture.supervisor)), fixture.manager),
        KeyRejection.LockKeyCountReached.class, "KY_LOCK_KEY_COUNT_REACHED", "KY-4.1", KeyCategory.PUBLIC_DOOR, EAST_GATE, 1);
    fixture.accepted(fixture.writeOff(east.id()), fixture.manager);

    assertEquals(KeyState.HELD, fixture.accepted(fixture.cut(EAST_GATE, holder(fixture.supervisor)), fixture.manager).state());
  }
}
