package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.T0;
import static io.bizcenter.testkit.contract.Samples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Rejection.VersionConflict;
import io.bizcenter.core.port.CaseStore;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a procedure's case store ({@code CaseStore}): find, save under an optimistic lock (GS-2), list,
 * and the wall between centers. One subclass per store: it names the store and how to make a sample case.
 */
public abstract class CaseStoreContract<S extends Enum<S>, C extends Case<S, C>> extends PortContract {
  /** The store under test, taken from {@link #storage}. */
  protected abstract CaseStore<C> cases();

  /** The procedure name the store reports in its conflicts. */
  protected abstract String procedure();

  /** A valid case of the store's type, as the command path would save it at {@code version}. */
  protected abstract C sample(CenterId center, String id, long version, Instant openedAt);

  private C sample(CenterId center, String id, long version) {
    return sample(center, id, version, T0);
  }

  /** The same case one step on (one version more), ten minutes later. */
  private C stepped(C c) {
    return c.advancedTo(c.state(), c.stateEnteredAt().plus(Duration.ofMinutes(10)), c.policy());
  }

  /**
   * Saves in a transaction that commits whatever save answers, so a conflict is seen to write nothing by itself
   * (not merely because a rejection rolls the transaction back).
   */
  private Either<VersionConflict, C> save(C next, long expectedVersion) {
    return storage.transactions()
        .inTransaction(() -> Either.<Rejection, Either<VersionConflict, C>>right(cases().save(next, expectedVersion)))
        .get();
  }

  private C saved(C next, long expectedVersion) {
    Either<VersionConflict, C> answer = save(next, expectedVersion);
    assertTrue(answer.isRight(), () -> "saving " + next.id() + " v" + next.version() + " over v" + expectedVersion + " answered " + answer);
    return answer.get();
  }

  private VersionConflict conflictOf(Either<VersionConflict, C> answer) {
    assertTrue(answer.isLeft(), () -> "expected a version conflict, the save answered " + answer);
    return assertInstanceOf(VersionConflict.class, answer.getLeft());
  }

  @Test
  @DisplayName("find of an unknown id is empty")
  void findOfAnUnknownIdIsEmpty() {
    assertEquals(Option.none(), cases().find(CENTER_A, "no-such-case"));
    assertEquals(List.of(), cases().all(CENTER_A));
  }

  @Test
  @DisplayName("a new case saved with expected version 0 is stored, and find returns an equal case")
  void aNewCaseIsStored() {
    C c = sample(CENTER_A, "c-1", 1);

    assertEquals(Either.right(c), save(c, 0));

    assertEquals(Option.of(c), cases().find(CENTER_A, "c-1"));
  }

  @Test
  @DisplayName("GS-2 version n+1 saved over stored version n with expected version n replaces it")
  void theNextVersionReplacesTheStoredOne() {
    C first = saved(sample(CENTER_A, "c-1", 1), 0);
    C second = saved(stepped(first), 1);
    C third = stepped(second);

    assertEquals(Either.right(third), save(third, 2));

    assertEquals(Option.of(third), cases().find(CENTER_A, "c-1"));
    assertEquals(List.of(third), cases().all(CENTER_A));
  }

  @Test
  @DisplayName("GS-2 a stale expected version answers a conflict with the expected and actual versions, and writes nothing")
  void aStaleExpectedVersionIsAConflict() {
    C first = saved(sample(CENTER_A, "c-1", 1), 0);
    C second = saved(stepped(first), 1);

    // a second writer that also read version 1
    VersionConflict conflict = conflictOf(save(stepped(first), 1));

    assertEquals(procedure(), conflict.procedure());
    assertEquals("c-1", conflict.caseId());
    assertEquals(1, conflict.expected());
    assertEquals(2, conflict.actual());
    assertEquals(Option.of(second), cases().find(CENTER_A, "c-1"));
  }

  @Test
  @DisplayName("GS-2 an expected version ahead of the stored one is a conflict too")
  void anExpectedVersionAheadIsAConflict() {
    C first = saved(sample(CENTER_A, "c-1", 1), 0);

    VersionConflict conflict = conflictOf(save(sample(CENTER_A, "c-1", 6), 5));

    assertEquals(5, conflict.expected());
    assertEquals(1, conflict.actual());
    assertEquals(Option.of(first), cases().find(CENTER_A, "c-1"));
  }

  @Test
  @DisplayName("GS-2 a new case (expected version 0) whose id already exists is a conflict, and the stored case stays")
  void aNewCaseOverAnExistingIdIsAConflict() {
    C first = saved(sample(CENTER_A, "c-1", 1), 0);

    VersionConflict conflict = conflictOf(save(sample(CENTER_A, "c-1", 1, at(5)), 0));

    assertEquals(0, conflict.expected());
    assertEquals(1, conflict.actual());
    assertEquals(Option.of(first), cases().find(CENTER_A, "c-1"));
    assertEquals(List.of(first), cases().all(CENTER_A));
  }

  @Test
  @DisplayName("GS-2 saving over a case that does not exist (expected version > 0) is a conflict with actual version 0")
  void savingOverAMissingCaseIsAConflict() {
    VersionConflict conflict = conflictOf(save(sample(CENTER_A, "c-1", 3), 2));

    assertEquals(2, conflict.expected());
    assertEquals(0, conflict.actual());
    assertEquals(Option.none(), cases().find(CENTER_A, "c-1"));
  }

  @Test
  @DisplayName("a case of center A is invisible from center B, by find and by all")
  void aCaseOfOneCenterIsInvisibleFromAnother() {
    C a = saved(sample(CENTER_A, "c-1", 1), 0);

    assertEquals(Option.none(), cases().find(CENTER_B, "c-1"));
    assertEquals(List.of(), cases().all(CENTER_B));
    assertEquals(List.of(a), cases().all(CENTER_A));
  }

  @Test
  @DisplayName("an id taken in center A is free in center B, and the two cases stay apart")
  void anIdOfOneCenterIsFreeInAnother() {
    // a conflict here would tell center B that center A has a case with this id
    C a = saved(sample(CENTER_A, "c-1", 1), 0);
    C b = saved(sample(CENTER_B, "c-1", 1, at(5)), 0);
    C bNext = saved(stepped(b), 1);

    assertEquals(Option.of(a), cases().find(CENTER_A, "c-1"));
    assertEquals(Option.of(bNext), cases().find(CENTER_B, "c-1"));
    assertEquals(List.of(a), cases().all(CENTER_A));
    assertEquals(List.of(bNext), cases().all(CENTER_B));
  }

  @Test
  @DisplayName("all lists a center's cases oldest first, and a later save does not move a case")
  void allListsOldestFirst() {
    // ids in an order unlike the cases' age, so a list sorted by id shows
    C zeta = saved(sample(CENTER_A, "zeta", 1, at(1)), 0);
    C alpha = saved(sample(CENTER_A, "alpha", 1, at(2)), 0);
    C mid = saved(sample(CENTER_A, "mid", 1, at(3)), 0);
    saved(sample(CENTER_B, "beta", 1, at(4)), 0);
    C zetaNext = saved(stepped(zeta), 1);

    assertEquals(List.of(zetaNext, alpha, mid), cases().all(CENTER_A));
  }
}
