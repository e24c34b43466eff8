package io.bizcenter.testkit.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.KeyCompensation;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutProcedure;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitProcedure;
import io.bizcenter.core.tenancy.RenewalVisitState;
import io.bizcenter.testkit.check.CheckReport;
import io.bizcenter.testkit.check.LeaseWatchDrill;
import io.bizcenter.testkit.check.MoveInDrill;
import io.bizcenter.testkit.check.MoveOutDrill;
import io.bizcenter.testkit.check.ProcedureCheck;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stateful property test of the lease watch and the move-out, driven by testkit's published {@link ProcedureCheck}
 * through {@link LeaseWatchDrill} and {@link MoveOutDrill}, beside the {@link MoveInDrill} whose completed move-ins
 * start the watches: random sequences of commands (mostly a step the desk offers some seat, else well-formed commands
 * from anyone, repeats and arbitrary input) by random actors of two centers, with clients moving in through the desk
 * and key control taking their keys back beside the steps, each run on a fresh in-memory business center wired as by
 * default. After every step every rule all procedures share must hold (among them: a well-formed command is accepted
 * exactly when the declarations, with their guards on the move-ins, the move-outs and the key register, permit it, and
 * the steps it carries along on the other procedure are declared ones), and so must tenancy's rules below. The runs must
 * take every declared transition of the lease watch and the move-out (the watch opened as move-ins complete, resumed when
 * a move-out is called off, ended when the client leaves); the move-in's own are {@link MoveInProcedurePropertiesTest}'s.
 */
class MoveOutProcedurePropertiesTest {
  /** The seed from which these runs take every declared transition of the lease watch and the move-out (found by trying seeds from 1). */
  private static final long COVERING_SEED = 1;
  private static final int RUNS = 25;
  private static final int STEPS = 150;
  private static final List<String> EXPECTED_REJECTIONS = List.of("MO_KEYS_STILL_HELD", "MO_INVENTORY_DOES_NOT_MATCH_ACCEPTANCE_RECORD",
      "MO_COMPENSATION_DOES_NOT_MATCH_DAMAGE", "MO_MOVE_OUT_ALREADY_OPEN", "MO_MOVE_IN_NOT_COMPLETED");

  @Test
  @DisplayName("MO-1.1 MO-2.1 MO-2.2 MO-2.3 MO-3.1 MO-3.2 MO-3.3 KY-2.4 GS-2 GS-3 GS-5 GS-6 GS-7 random sequences keep every invariant of the lease watch and the move-out")
  void randomSequencesKeepTheInvariants() {
    CheckReport report = ProcedureCheck.of(InMemoryStorage::new).drills(new MoveInDrill(), new LeaseWatchDrill(), new MoveOutDrill())
        .invariant(MoveOutProcedurePropertiesTest::tenancyRules).seed(Long.getLong("bizcenter.check.seed", COVERING_SEED)).runs(RUNS)
        .steps(STEPS).reachEveryTransitionOf(RenewalVisitProcedure.NAME, MoveOutProcedure.NAME).run();
    report.assertHolds();
    Set<String> met = report.coverage().rejectionsMet(MoveOutProcedure.NAME);
    for (String code : EXPECTED_REJECTIONS) {
      assertTrue(met.contains(code), code + " was met by some sequence; met: " + met);
    }
    assertTrue(report.coverage().rejectionsMet(RenewalVisitProcedure.NAME).contains("MO_LEASE_ALREADY_WATCHED"),
        "MO-1.1 a second watch of a move-in was refused; met: " + report.coverage().rejectionsMet(RenewalVisitProcedure.NAME));
  }

  /** The lease watch's and the move-out's rules beyond those every procedure shares. */
  static void tenancyRules(Storage storage, List<CenterId> centers, String trace) {
    for (CenterId c : centers) {
      List<MoveOut> outs = storage.moveOuts().all(c);
      List<RenewalVisit> watches = storage.renewalVisits().all(c);
      for (MoveIn m : storage.moveIns().all(c)) {
        oneWatchAndOneMoveOutFollowTheMoveIn(m, outs, watches, trace);
      }
      for (MoveOut o : outs) {
        String where = o.id() + " " + o.state() + trace;
        aTenantThatLeftHoldsNoKey(storage, c, o, where);
        theFormsFollowTheRecord(o, where);
      }
    }
  }

  /** MO-1.1, MO-3.3: a completed move-in is watched; the watch is leaving exactly while its move-out runs, and ends when the client leaves. */
  private static void oneWatchAndOneMoveOutFollowTheMoveIn(MoveIn m, List<MoveOut> outs, List<RenewalVisit> watches, String trace) {
    List<MoveOut> all = outs.stream().filter(o -> o.moveIn().equals(m.id())).toList();
    // a move-out called off is history: the client stayed, and may give notice again
    List<MoveOut> ofIt = all.stream().filter(o -> o.state() != MoveOutState.CALLED_OFF).toList();
    List<RenewalVisit> watched = watches.stream().filter(l -> l.moveIn().equals(m.id())).toList();
    String where = m.id() + " " + m.state() + trace;
    assertTrue(ofIt.size() <= 1 && watched.size() <= 1, "MO-1.1 one move-out and one lease watch per move-in " + where);
    assertEquals(m.state() == MoveInState.COMPLETED, watched.size() == 1, "MO-1.1 a completed move-in's lease is watched " + where);
    assertTrue(all.isEmpty() || m.state() == MoveInState.COMPLETED, "MO-1.1 a move-out ends a completed move-in " + where);
    boolean leaving = ofIt.size() == 1 && !ofIt.get(0).vacated();
    boolean left = ofIt.size() == 1 && ofIt.get(0).vacated();
    watched.forEach(l -> assertEquals(leaving, l.state() == RenewalVisitState.LEAVING,
        "MO-1.1 the watch is leaving exactly while a move-out runs and the client has not left " + l.id() + " " + l.state() + " " + where));
    watched.forEach(l -> assertEquals(left, l.state() == RenewalVisitState.ENDED,
        "MO-3.3 the watch has ended exactly when the client left " + l.id() + " " + l.state() + " " + where));
  }

  /** MO-3.3, KY-2.4: a tenant that left holds no key of its units; what it lost is on its statement, which adds up. */
  private static void aTenantThatLeftHoldsNoKey(Storage storage, CenterId c, MoveOut o, String where) {
    if (!o.vacated()) {
      return;
    }
    List<Key> held = storage.keys().heldBy(c, Holder.tenant(o.tenant())).stream().filter(k -> o.units().contains(k.lock().room())).toList();
    assertEquals(List.of(), held, "MO-3.3 a moved-out tenant holds no key of its units " + where);
    for (KeyCompensation lost : o.lostKeys()) {
      Key k = storage.keys().find(c, lost.keyId()).getOrElseThrow(() -> new AssertionError("KY-2.4 the lost key is in the register " + where));
      assertTrue(k.lostBy().flatMap(Holder::tenant).filter(o.tenant()::equals).isPresent(), "KY-2.4 the tenant lost " + k.id() + " " + where);
    }
    Money total = o.compensations().stream().map(Compensation::amount).reduce(Money.ZERO, Money::plus);
    total = o.lostKeys().stream().map(KeyCompensation::amount).reduce(total, Money::plus);
    assertEquals(total, o.totalCharges(), "MO-2.3 KY-2.4 the statement adds up, exact CNY " + where);
  }

  private static void theFormsFollowTheRecord(MoveOut o, String where) {
    if (o.state() == MoveOutState.CALLED_OFF) {
      // called off at any step: what was recorded before stands as it was recorded
      return;
    }
    if (o.state().compareTo(MoveOutState.INVENTORIED) >= 0) {
      assertEquals(Set.copyOf(o.acceptanceRecord()), o.inventory().stream().map(InventoryLine::item).collect(Collectors.toSet()),
          "MO-2.1 the inventory accounts for the acceptance record " + where);
    }
    if (o.state().compareTo(MoveOutState.METER_READ) >= 0) {
      assertEquals(List.of(Department.ENGINEERING, Department.SERVICE), o.readingCopies(), "MO-2.2 in duplicate " + where);
    }
    if (o.state().compareTo(MoveOutState.DAMAGE_ASSESSED) >= 0) {
      assertEquals(Set.copyOf(o.damagedItems()), o.compensations().stream().map(Compensation::item).collect(Collectors.toSet()),
          "MO-2.3 each damaged item assessed, nothing else " + where);
    }
  }
}
