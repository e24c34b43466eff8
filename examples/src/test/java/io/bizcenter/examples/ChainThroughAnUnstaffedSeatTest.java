package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.testkit.check.CheckReport;
import io.bizcenter.testkit.check.ComplaintDrill;
import io.bizcenter.testkit.check.ContractDrill;
import io.bizcenter.testkit.check.Coverage;
import io.bizcenter.testkit.check.ProcedureCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A deliberately broken configuration: Harbour Tower, which has no Audit or Legal department, left on the source's
 * approval chain, whose Audit and Legal managers must sign every contract. No contract can then be issued; every rule
 * still holds after every step, but the check, asked to reach every declared transition, finds that issuing never
 * happens and says how far contracts got: the seed and the shortest sequence that reaches the state no step leaves.
 */
class ChainThroughAnUnstaffedSeatTest {
  @Test
  @DisplayName("CS-3.1 CS-4.1 a chain through a seat nobody holds switches issuing off, and the check says so")
  void issuingIsSwitchedOff() {
    CheckReport report = ProcedureCheck.of(HarbourTower.withContractPolicy(InMemoryStorage::new, ContractPolicy.defaults()))
        .drills(new ComplaintDrill(), new ContractDrill()).seed(1).runs(4).steps(150).reachEveryTransition().run();

    assertFalse(report.holds(), report.text());
    assertTrue(report.failure().isEmpty(), "every rule held; the fault is what cannot happen:\n" + report.text());
    String issue = Coverage.transition("IN_REVIEW", "ISSUE", "ISSUED");
    CheckReport.Unreached unreached = report.unreached().stream().filter(u -> u.transition().equals(issue)).findFirst()
        .orElseThrow(() -> new AssertionError("issuing is named as never taken:\n" + report.text()));
    long seed = unreached.seed().orElseThrow(() -> new AssertionError("a run reached IN_REVIEW:\n" + report.text()));
    assertTrue(report.text().contains("contracts " + issue) && report.text().contains("seed " + seed), report.text());
    // drafting, printing and the tenant's signature: three steps reach review, and shrinking finds no more than a few
    // one line per step kept, besides what happened in the world around the procedures (the drills' asides)
    long steps = unreached.lines().stream().filter(line -> !line.contains(" aside: ")).count();
    assertTrue(unreached.kept().size() <= 5 && steps == unreached.kept().size(), report.text());
    assertTrue(unreached.lines().get(unreached.lines().size() - 1).contains("IN_REVIEW"), report.text());
  }
}
