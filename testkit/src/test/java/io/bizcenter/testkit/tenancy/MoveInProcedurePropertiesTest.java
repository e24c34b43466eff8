package io.bizcenter.testkit.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.tenancy.ClientDocument;
import io.bizcenter.core.tenancy.ElevatorBooking;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInProcedure;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.testkit.TenancyCommands;
import io.bizcenter.testkit.check.CheckReport;
import io.bizcenter.testkit.check.MoveInDrill;
import io.bizcenter.testkit.check.ProcedureCheck;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stateful property test of the move-in, driven by testkit's published {@link ProcedureCheck} through
 * {@link MoveInDrill}: random sequences of move-in commands (mostly a step the desk offers some seat on some move-in,
 * else well-formed commands from anyone, repeats and arbitrary input) by random actors of two centers, key control
 * cutting door keys and other clients moving in (their moves booked on the same freight elevators) beside them, each run on a fresh in-memory business center wired as by default (key control asks
 * tenancy, tenancy asks the key register). After every step every rule all procedures share must hold (a well-formed
 * command is accepted exactly when the declaration, with its guards on the units, the key register and the policy, and
 * the freight elevator's calendar permit it; offers, writes, trail, agenda, resends, notices, centers), and so must the
 * move-in's rules below. The runs must take every declared transition and meet the rules that span cases refusing.
 */
class MoveInProcedurePropertiesTest {
  /** The seed from which these runs take every declared transition of the move-in (found by trying seeds from 1). */
  private static final long COVERING_SEED = 1;
  private static final int RUNS = 25;
  private static final int STEPS = 200;
  private static final TenancyPolicy POLICY = TenancyPolicy.defaults();
  private static final List<String> EXPECTED_REJECTIONS = List.of("MI_UNIT_OCCUPIED", "MI_FREIGHT_ELEVATOR_ALREADY_BOOKED",
      "MI_MOVE_STARTS_IN_THE_PAST", "MI_DOOR_KEYS_NOT_HANDED_OVER", "MI_AGREEMENT_TEMPLATE_NOT_CURRENT", "MI_ORIGINAL_DOCUMENT_REQUIRED");

  @Test
  @DisplayName("MI-1.1 MI-1.2 MI-2.1 MI-2.2 MI-3.1 MI-3.2 MI-4.1 MI-4.2 MI-4.3 MI-4.4 MI-4.5 MI-5.1 MI-5.2 MI-5.3 MI-5.4 MI-6.1 MI-6.2 MI-6.3 KY-2.1 GS-2 GS-3 GS-5 GS-6 GS-7 random sequences keep every invariant of the move-in")
  void randomSequencesKeepTheInvariants() {
    CheckReport report = ProcedureCheck.of(InMemoryStorage::new).drills(new MoveInDrill()).invariant(MoveInProcedurePropertiesTest::moveInRules)
        .seed(Long.getLong("bizcenter.check.seed", COVERING_SEED)).runs(RUNS).steps(STEPS).reachEveryTransition().run();
    report.assertHolds();
    Set<String> met = report.coverage().rejectionsMet(MoveInProcedure.NAME);
    for (String code : EXPECTED_REJECTIONS) {
      assertTrue(met.contains(code), code + " was met by some sequence; met: " + met);
    }
  }

  /** The move-in's rules beyond those every procedure shares. */
  static void moveInRules(Storage storage, List<CenterId> centers, String trace) {
    for (CenterId c : centers) {
      List<MoveIn> all = storage.moveIns().all(c);
      for (MoveIn m : all) {
        String where = m.id() + " " + m.state() + trace;
        aCompletedMoveInIsComplete(storage, c, m, where);
        theKeyHandoverListsADoorKeyOfEachUnit(m, where);
        assertTrue(m.state() != MoveInState.WITHDRAWN || m.equipment().isEmpty(), "MI-1.1 withdrawn only before the key handover " + where);
      }
      noTwoBookingsOfAnElevatorOverlap(all, trace);
      aUnitHasOneTenantAtATime(storage, c, all, trace);
      keysGoOnlyToOccupants(storage, c, all, trace);
      theStoresQuestionsAgree(storage, c, all, trace);
    }
  }

  private static void aCompletedMoveInIsComplete(Storage storage, CenterId c, MoveIn m, String where) {
    if (m.state() != MoveInState.COMPLETED) {
      return;
    }
    assertEquals(List.of(), m.clientFile().missing(POLICY.requiredDocuments()), "MI-6.3 a completed move-in has a complete client file " + where);
    assertTrue(m.recordedReading().isPresent() && m.recordedReading().get().reading().compareTo(m.confirmedReading().get().reading()) == 0,
        "MI-4.4 Engineering recorded the confirmed reading " + where);
    assertEquals(List.of(), m.openItems(), "MI-4.5 every rectification item closed " + where);
    assertEquals(List.of(), m.orientationMissing(), "MI-5 every item introduced " + where);
    assertTrue(m.move().isPresent() != m.renovation().flatMap(r -> r.firstMeetingAt()).isPresent(), "MI-6.1 or MI-6.2, one of the two " + where);
    assertEquals(1, storage.renewalVisits().ofMoveIn(c, m.id()).size(), "MO-1.1 its lease is watched " + where);
  }

  private static void theKeyHandoverListsADoorKeyOfEachUnit(MoveIn m, String where) {
    assertEquals(m.state().compareTo(MoveInState.KEYS_HANDED_OVER) >= 0 && m.live(), m.keyHandover().isPresent(), where);
    m.keyHandover().ifPresent(form -> {
      for (RoomId unit : m.units()) {
        assertTrue(form.keys().stream().anyMatch(k -> k.kind() == KeyKind.DOOR && k.room().equals(unit)),
            "MI-4.3 the form lists a door key of " + unit + " " + where);
      }
      assertTrue(m.clientFile().holds(ClientDocument.KEY_COLLECTION_RECORD), where);
    });
  }

  private static void noTwoBookingsOfAnElevatorOverlap(List<MoveIn> all, String trace) {
    List<MoveIn> booked = all.stream().filter(m -> m.move().isPresent()).toList();
    for (MoveIn a : booked) {
      for (MoveIn b : booked) {
        ElevatorBooking x = a.move().get();
        ElevatorBooking y = b.move().get();
        assertTrue(a == b || !x.elevator().equals(y.elevator()) || !x.overlaps(y.startsAt(), y.endsAt()),
            "MI-6.1 overlapping bookings of " + x.elevator() + ": " + a.id() + " and " + b.id() + trace);
      }
    }
  }

  /** MI-1.1: a unit is held by one move-in at a time: not withdrawn, not vacated by its move-out. */
  private static void aUnitHasOneTenantAtATime(Storage storage, CenterId c, List<MoveIn> all, String trace) {
    Set<RoomId> units = new LinkedHashSet<>();
    all.forEach(m -> units.addAll(m.units()));
    for (RoomId unit : units) {
      long holding = all.stream().filter(m -> m.units().contains(unit) && holds(storage, c, m)).count();
      assertTrue(holding <= 1, "MI-1.1 one tenant at a time: " + unit + "@" + c + trace);
    }
  }

  /** KY-2.1: every key a tenant holds opens a unit one of its move-ins handed over and no move-out vacated. */
  private static void keysGoOnlyToOccupants(Storage storage, CenterId c, List<MoveIn> all, String trace) {
    for (Key k : storage.keys().all(c)) {
      k.holder().flatMap(Holder::tenant).filter(t -> k.state() == KeyState.HELD).ifPresent(t -> assertTrue(all.stream()
              .anyMatch(m -> m.tenant().equals(t) && m.keyHandoverReached() && holds(storage, c, m) && m.units().contains(k.lock().room())),
          "KY-2.1 " + t + " holds a key of " + k.lock().room() + " it does not occupy" + trace));
    }
  }

  private static void theStoresQuestionsAgree(Storage storage, CenterId c, List<MoveIn> all, String trace) {
    Set<TenantId> tenants = new LinkedHashSet<>();
    Set<RoomId> units = new LinkedHashSet<>();
    all.forEach(m -> {
      tenants.add(m.tenant());
      units.addAll(m.units());
    });
    for (TenantId t : tenants) {
      assertEquals(all.stream().filter(m -> m.tenant().equals(t)).toList(), storage.moveIns().ofTenant(c, t), "ofTenant " + t + trace);
    }
    for (RoomId unit : units) {
      assertEquals(all.stream().filter(m -> m.units().contains(unit)).toList(), storage.moveIns().ofUnit(c, unit), "ofUnit " + unit + trace);
    }
    Instant from = Instant.parse("2026-04-01T00:00:00Z");
    Instant to = Instant.parse("2027-04-01T00:00:00Z");
    for (String elevator : TenancyCommands.ELEVATORS) {
      assertEquals(all.stream().filter(m -> m.move().filter(b -> b.elevator().equals(elevator) && b.overlaps(from, to)).isPresent())
              .sorted(Comparator.comparing((MoveIn m) -> m.move().get().startsAt()).thenComparing(m -> m.id().value())).toList(),
          storage.moveIns().elevatorBookings(c, elevator, from, to), "elevatorBookings " + elevator + trace);
    }
  }

  private static boolean holds(Storage storage, CenterId c, MoveIn m) {
    return m.live() && storage.moveOuts().ofMoveIn(c, m.id()).stream()
        .noneMatch(o -> o.state() != MoveOutState.CALLED_OFF && o.vacated());
  }
}
