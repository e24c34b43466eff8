package io.bizcenter.testkit.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The check seen failing: a store with one fault is caught, and the report names the seed, the shortest sequence it
 * found step by step, and the rule that broke. A fault that shrinks to a long sequence would make a report nobody
 * reads, so each one must shrink to a few steps.
 */
class StoreMutantsAreCaughtTest {
  private static final int SHORT = 6;

  @Test
  @DisplayName("GS-6 a store that loses audit entries is caught")
  void lostAuditEntries() {
    caught(StoreMutants::droppingAuditEntries, "audit entry");
  }

  @Test
  @DisplayName("GS-2 a store that forgets receipts is caught: a command sent again is decided again")
  void forgottenReceipts() {
    caught(StoreMutants::forgettingReceipts, "a repeat");
  }

  @Test
  @DisplayName("GS-7 a store that keeps stale agenda rows is caught")
  void staleDuties() {
    caught(StoreMutants::keepingStaleDuties, "the agenda holds exactly the duties the state owes");
  }

  @Test
  @DisplayName("GS-5 a store that finds a complaint in another center is caught")
  void leakingCenters() {
    caught(StoreMutants::findingComplaintsInAnyCenter, "not visible from");
  }

  @Test
  @DisplayName("GS-6 an outbox that never hands a notice to the relay is caught")
  void withheldNotices() {
    caught(StoreMutants::withholdingNotices, "was delivered by the relay");
  }

  @Test
  @DisplayName("the sound store the mutants wrap passes the same check")
  void theSoundStorePasses() {
    ProcedureCheck.of(InMemoryStorage::new).seed(1).runs(5).steps(60).run().assertHolds();
  }

  private static void caught(UnaryOperator<Storage> mutant, String rule) {
    CheckReport report = ProcedureCheck.of(() -> mutant.apply(new InMemoryStorage())).seed(1).runs(5).steps(60).run();
    assertFalse(report.holds(), "the fault was not caught:\n" + report.text());
    CheckReport.Failure failure = report.failure().orElseThrow();
    String text = report.text();
    assertTrue(text.contains("seed " + failure.seed()), text);
    // one line per step kept, besides what happened in the world around the procedures (a drill's asides)
    long steps = failure.lines().stream().filter(line -> !line.contains(" aside: ")).count();
    assertTrue(failure.kept().size() <= SHORT && steps == failure.kept().size(), "a short sequence, step by step:\n" + text);
    assertTrue(String.valueOf(failure.cause().getMessage()).contains(rule), "the rule that broke is named:\n" + text);
    // the sequence replayed alone breaks the rule again: the report is enough to repeat it
    CheckReport replayed = ProcedureCheck.of(() -> mutant.apply(new InMemoryStorage())).seed(failure.seed()).runs(1).steps(failure.length())
        .replaying(failure.kept().stream().mapToInt(Integer::intValue).toArray()).run();
    assertFalse(replayed.holds(), "replaying the report's sequence breaks the rule again:\n" + replayed.text());
  }
}
