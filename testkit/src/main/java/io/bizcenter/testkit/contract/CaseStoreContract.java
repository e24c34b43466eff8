package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.COMPLAINTS;
import static io.bizcenter.testkit.contract.Samples.at;
import static io.bizcenter.testkit.contract.Samples.complaint;
import static io.bizcenter.testkit.contract.Samples.triaged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Rejection.VersionConflict;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a procedure's case store ({@code CaseStore}), on the complaints store: find, save under an
 * optimistic lock (GS-2), list, and the wall between centers.
 */
public abstract class CaseStoreContract extends PortContract {
  private Complaints complaints() {
    return storage.complaints();
  }

  /**
   * Saves in a transaction that commits whatever save answers, so a conflict is seen to write nothing by itself
   * (not merely because a rejection rolls the transaction back).
   */
  private Either<VersionConflict, Complaint> save(Complaint next, long expectedVersion) {
    return storage.transactions()
        .inTransaction(() -> Either.<Rejection, Either<VersionConflict, Complaint>>right(complaints().save(next, expectedVersion)))
        .get();
  }

  private Complaint saved(Complaint next, long expectedVersion) {
    Either<VersionConflict, Complaint> answer = save(next, expectedVersion);
    assertTrue(answer.isRight(), () -> "saving " + next.id() + " v" + next.version() + " over v" + expectedVersion + " answered " + answer);
    return answer.get();
  }

  private static VersionConflict conflictOf(Either<VersionConflict, Complaint> answer) {
    assertTrue(answer.isLeft(), () -> "expected a version conflict, the save answered " + answer);
    return assertInstanceOf(VersionConflict.class, answer.getLeft());
  }

  @Test
  @DisplayName("find of an unknown id is empty")
  void findOfAnUnknownIdIsEmpty() {
    assertEquals(Option.none(), complaints().find(CENTER_A, "no-such-case"));
    assertEquals(List.of(), complaints().all(CENTER_A));
  }

  @Test
  @DisplayName("a new case saved with expected version 0 is stored, and find returns an equal case")
  void aNewCaseIsStored() {
    Complaint c = complaint(CENTER_A, "c-1", 1);

    assertEquals(Either.right(c), save(c, 0));

    assertEquals(Option.of(c), complaints().find(CENTER_A, "c-1"));
  }

  @Test
  @DisplayName("GS-2 version n+1 saved over stored version n with expected version n replaces it")
  void theNextVersionReplacesTheStoredOne() {
    Complaint first = saved(complaint(CENTER_A, "c-1", 1), 0);
    Complaint second = saved(triaged(first), 1);
    Complaint third = triaged(second);

    assertEquals(Either.right(third), save(third, 2));

    assertEquals(Option.of(third), complaints().find(CENTER_A, "c-1"));
    assertEquals(List.of(third), complaints().all(CENTER_A));
  }

  @Test
  @DisplayName("GS-2 a stale expected version answers a conflict with the expected and actual versions, and writes nothing")
  void aStaleExpectedVersionIsAConflict() {
    Complaint first = saved(complaint(CENTER_A, "c-1", 1), 0);
    Complaint second = saved(triaged(first), 1);

    // a second writer that also read version 1
    VersionConflict conflict = conflictOf(save(triaged(first), 1));

    assertEquals(COMPLAINTS, conflict.procedure());
    assertEquals("c-1", conflict.caseId());
    assertEquals(1, conflict.expected());
    assertEquals(2, conflict.actual());
    assertEquals(Option.of(second), complaints().find(CENTER_A, "c-1"));
  }

  @Test
  @DisplayName("GS-2 an expected version ahead of the stored one is a conflict too")
  void anExpectedVersionAheadIsAConflict() {
    Complaint first = saved(complaint(CENTER_A, "c-1", 1), 0);

    VersionConflict conflict = conflictOf(save(complaint(CENTER_A, "c-1", 6), 5));

    assertEquals(5, conflict.expected());
    assertEquals(1, conflict.actual());
    assertEquals(Option.of(first), complaints().find(CENTER_A, "c-1"));
  }

  @Test
  @DisplayName("GS-2 a new case (expected version 0) whose id already exists is a conflict, and the stored case stays")
  void aNewCaseOverAnExistingIdIsAConflict() {
    Complaint first = saved(complaint(CENTER_A, "c-1", 1), 0);

    VersionConflict conflict = conflictOf(save(complaint(CENTER_A, "c-1", 1, at(5)), 0));

    assertEquals(0, conflict.expected());
    assertEquals(1, conflict.actual());
    assertEquals(Option.of(first), complaints().find(CENTER_A, "c-1"));
    assertEquals(List.of(first), complaints().all(CENTER_A));
  }

  @Test
  @DisplayName("GS-2 saving over a case that does not exist (expected version > 0) is a conflict with actual version 0")
  void savingOverAMissingCaseIsAConflict() {
    VersionConflict conflict = conflictOf(save(complaint(CENTER_A, "c-1", 3), 2));

    assertEquals(2, conflict.expected());
    assertEquals(0, conflict.actual());
    assertEquals(Option.none(), complaints().find(CENTER_A, "c-1"));
  }

  @Test
  @DisplayName("a case of center A is invisible from center B, by find and by all")
  void aCaseOfOneCenterIsInvisibleFromAnother() {
    Complaint a = saved(complaint(CENTER_A, "c-1", 1), 0);

    assertEquals(Option.none(), complaints().find(CENTER_B, "c-1"));
    assertEquals(List.of(), complaints().all(CENTER_B));
    assertEquals(List.of(a), complaints().all(CENTER_A));
  }

  @Test
  @DisplayName("an id taken in center A is free in center B, and the two cases stay apart")
  void anIdOfOneCenterIsFreeInAnother() {
    // a conflict here would tell center B that center A has a case with this id
    Complaint a = saved(complaint(CENTER_A, "c-1", 1), 0);
    Complaint b = saved(complaint(CENTER_B, "c-1", 1, at(5)), 0);
    Complaint bNext = saved(triaged(b), 1);

    assertEquals(Option.of(a), complaints().find(CENTER_A, "c-1"));
    assertEquals(Option.of(bNext), complaints().find(CENTER_B, "c-1"));
    assertEquals(List.of(a), complaints().all(CENTER_A));
    assertEquals(List.of(bNext), complaints().all(CENTER_B));
  }

  @Test
  @DisplayName("all lists a center's cases oldest first, and a later save does not move a case")
  void allListsOldestFirst() {
    // ids in an order unlike the cases' age, so a list sorted by id shows
    Complaint zeta = saved(complaint(CENTER_A, "zeta", 1, at(1)), 0);
    Complaint alpha = saved(complaint(CENTER_A, "alpha", 1, at(2)), 0);
    Complaint mid = saved(complaint(CENTER_A, "mid", 1, at(3)), 0);
    saved(complaint(CENTER_B, "beta", 1, at(4)), 0);
    Complaint zetaNext = saved(triaged(zeta), 1);

    assertEquals(List.of(zetaNext, alpha, mid), complaints().all(CENTER_A));
  }
}
