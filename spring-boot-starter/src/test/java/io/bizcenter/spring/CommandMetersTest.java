package io.bizcenter.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.Listener;
import io.bizcenter.core.port.Listener.Decided;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The meters a decision with concurrent changes leaves (hard to provoke through a whole application on demand): the
 * conflicts counted by procedure, the command counted once with its outcome, timed once.
 */
class CommandMetersTest {
  @Test
  void conflictsAreCountedByProcedureAndTheCommandOnce() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Listener meters = new CommandMeters(registry);
    Decided decided = new Decided(CenterId.of("zz-tower"), "keys", "LEND_KEY", CommandId.of("c-1"),
        Listener.Outcome.REJECTED, Optional.empty(), Optional.of("VERSION_CONFLICT"), 2);

    meters.decided(decided, meters.started(null, null));

    assertEquals(2.0, registry.get("bizcenter.conflicts").tag("procedure", "keys").counter().count());
    assertEquals(1.0, registry.get("bizcenter.commands").tags("procedure", "keys", "action", "LEND_KEY", "outcome",
        "REJECTED").counter().count());
    assertEquals(1.0, registry.get("bizcenter.rejections").tags("procedure", "keys", "code", "VERSION_CONFLICT")
        .counter().count());
    assertEquals(1, registry.get("bizcenter.command.latency").tags("procedure", "keys", "outcome", "REJECTED").timer()
        .count());
  }

  @Test
  void aDecisionWithoutConflictsLeavesNoConflictMeter() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Listener meters = new CommandMeters(registry);
    meters.decided(new Decided(CenterId.of("zz-tower"), "keys", "LEND_KEY", CommandId.of("c-2"),
        Listener.Outcome.ACCEPTED, Optional.of("K-1"), Optional.empty(), 0), meters.started(null, null));

    assertNull(registry.find("bizcenter.conflicts").counter());
  }
}
