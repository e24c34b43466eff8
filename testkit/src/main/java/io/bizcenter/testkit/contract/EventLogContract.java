package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.COMPLAINTS;
import static io.bizcenter.testkit.contract.Samples.at;
import static io.bizcenter.testkit.contract.Samples.entry;
import static io.bizcenter.testkit.contract.Samples.notice;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.Backlog;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.OutboxNotice;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@code EventLog}: the audit trail (GS-6), append-only and in order per case, and the outbox
 * of notices, served oldest first across centers until each is marked delivered.
 */
public abstract class EventLogContract extends PortContract {
  private static final OutboxNotice A1 = notice("n-a1", CENTER_A, "c-1", at(2));
  private static final OutboxNotice A2 = notice("n-a2", CENTER_A, "c-1", at(2));
  private static final OutboxNotice B1 = notice("n-b1", CENTER_B, "c-9", at(3));
  private static final OutboxNotice A3 = notice("n-a3", CENTER_A, "c-2", at(4));

  private EventLog log() {
    return storage.eventLog();
  }

  /** Appends in separate committed transactions, as separate commands do. */
  private void appended(AuditEntry... entries) {
    for (AuditEntry e : entries) {
      committed(() -> log().append(e));
    }
  }

  /** Four notices from three entries of two centers, appended in the order A1 A2, B1, A3. */
  private void fourNoticesPending() {
    appended(entry(CENTER_A, "c-1", 2, A1, A2), entry(CENTER_B, "c-9", 2, B1), entry(CENTER_A, "c-2", 2, A3));
  }

  @Test
  @DisplayName("GS-6 the trail of a case with no entries is empty, and an empty log has no pending notices")
  void anEmptyLog() {
    assertEquals(List.of(), log().trail(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(List.of(), log().pendingNotices(10));
  }

  @Test
  @DisplayName("GS-6 the trail returns a case's appended entries, equal and in the order appended")
  void theTrailIsInOrder() {
    AuditEntry opened = entry(CENTER_A, "c-1", 1);
    AuditEntry forwarded = entry(CENTER_A, "c-1", 2, notice("n-1", CENTER_A, "c-1", at(2)));
    AuditEntry forwardedAgain = entry(CENTER_A, "c-1", 3, notice("n-2", CENTER_A, "c-1", at(3)), notice("n-3", CENTER_A, "c-1", at(3)));

    appended(opened, forwarded, forwardedAgain);

    assertEquals(List.of(opened, forwarded, forwardedAgain), log().trail(CENTER_A, COMPLAINTS, "c-1"));
  }

  @Test
  @DisplayName("GS-6 the trail holds only that case: not another case of the center, not the same id in another center")
  void theTrailHoldsOnlyItsCase() {
    AuditEntry mine = entry(CENTER_A, "c-1", 1);
    AuditEntry otherCase = entry(CENTER_A, "c-2", 1);
    AuditEntry sameIdOtherCenter = entry(CENTER_B, "c-1", 1);
    AuditEntry mineAgain = entry(CENTER_A, "c-1", 2);

    appended(mine, otherCase, sameIdOtherCenter, mineAgain);

    assertEquals(List.of(mine, mineAgain), log().trail(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(List.of(otherCase), log().trail(CENTER_A, COMPLAINTS, "c-2"));
    assertEquals(List.of(sameIdOtherCenter), log().trail(CENTER_B, COMPLAINTS, "c-1"));
    assertEquals(List.of(), log().trail(CENTER_B, COMPLAINTS, "c-2"));
  }

  @Test
  @DisplayName("pending notices are the appended entries' notices, oldest first, across centers")
  void pendingNoticesOldestFirstAcrossCenters() {
    fourNoticesPending();

    assertEquals(List.of(A1, A2, B1, A3), log().pendingNotices(10));
  }

  @Test
  @DisplayName("pending notices answer at most max, the oldest ones")
  void pendingNoticesAtMostMax() {
    fourNoticesPending();

    assertEquals(List.of(A1, A2), log().pendingNotices(2));
    assertEquals(List.of(A1), log().pendingNotices(1));
    assertEquals(List.of(A1, A2, B1, A3), log().pendingNotices(4));
  }

  @Test
  @DisplayName("reading pending notices does not take them: they stay until marked delivered")
  void readingDoesNotTakeNotices() {
    fourNoticesPending();

    log().pendingNotices(10);

    assertEquals(List.of(A1, A2, B1, A3), log().pendingNotices(10));
  }

  @Test
  @DisplayName("marking a notice delivered removes exactly that one, and the rest keep their order")
  void markDeliveredRemovesExactlyThatOne() {
    fourNoticesPending();

    log().markDelivered(A2.center(), A2.id());
    assertEquals(List.of(A1, B1, A3), log().pendingNotices(10));

    log().markDelivered(A1.center(), A1.id());
    assertEquals(List.of(B1, A3), log().pendingNotices(10));
  }

  @Test
  @DisplayName("marking delivered does not touch the trail (GS-6: the audit trail is append-only)")
  void markDeliveredKeepsTheTrail() {
    AuditEntry forwarded = entry(CENTER_A, "c-1", 2, A1, A2);
    appended(forwarded);

    log().markDelivered(A1.center(), A1.id());
    log().markDelivered(A2.center(), A2.id());

    assertEquals(List.of(), log().pendingNotices(10));
    assertEquals(List.of(forwarded), log().trail(CENTER_A, COMPLAINTS, "c-1"));
  }

  @Test
  @DisplayName("marking an unknown notice id, or one already delivered, is harmless (delivery is at least once)")
  void markingUnknownOrTwiceIsHarmless() {
    fourNoticesPending();

    assertDoesNotThrow(() -> log().markDelivered(CENTER_A, new NoticeId("no-such-notice")));
    log().markDelivered(B1.center(), B1.id());
    assertDoesNotThrow(() -> log().markDelivered(B1.center(), B1.id()));

    assertEquals(List.of(A1, A2, A3), log().pendingNotices(10));
  }

  @Test
  @DisplayName("GS-6 an entry appended in a rolled-back transaction leaves no trail and no notice")
  void aRolledBackEntryLeavesNothing() {
    AuditEntry kept = entry(CENTER_A, "c-1", 1);
    appended(kept);

    Either<Rejection, String> answer = storage.transactions().inTransaction(() -> {
      log().append(entry(CENTER_A, "c-1", 2, A1, A2));
      return Either.left(new Rejection.CaseNotFound(COMPLAINTS, "c-1"));
    });
    assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
      log().append(entry(CENTER_A, "c-1", 2, A1, A2));
      throw new IllegalStateException("broken");
    }));

    assertTrue(answer.isLeft(), () -> "answered " + answer);
    assertEquals(List.of(kept), log().trail(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(List.of(), log().pendingNotices(10));
  }

  @Test
  @DisplayName("a delivery marked in a rolled-back transaction is undone: the notice is pending again, in its place")
  void aRolledBackDeliveryKeepsTheNoticeInPlace() {
    fourNoticesPending();

    storage.transactions().inTransaction(() -> {
      log().markDelivered(A1.center(), A1.id());
      return Either.left(new Rejection.CaseNotFound(COMPLAINTS, "c-1"));
    });

    assertEquals(List.of(A1, A2, B1, A3), log().pendingNotices(10));
  }

  /** Claims in a transaction that commits, as the notice relay does. */
  private List<OutboxNotice> claimed(int max, Instant now) {
    return storage.transactions().inTransaction(() -> Either.<Rejection, List<OutboxNotice>>right(log().claimDue(max, now))).get();
  }

  @Test
  @DisplayName("the relay claims due notices oldest first across centers, at most max, and a claim alone delivers nothing")
  void claimsAreOldestFirst() {
    fourNoticesPending();

    assertEquals(List.of(A1, A2), claimed(2, at(10)));
    assertEquals(List.of(A1, A2, B1, A3), claimed(10, at(10)));
    assertEquals(List.of(A1, A2, B1, A3), log().pendingNotices(10), "claiming is not delivering");
  }

  @Test
  @DisplayName("a refused notice counts the attempt and waits until its retry time, then is offered again; it is never dropped")
  void aRefusedNoticeWaitsForItsRetry() {
    fourNoticesPending();

    committed(() -> log().markRefused(A2.center(), A2.id(), at(20)));

    assertEquals(List.of(A1, B1, A3), claimed(10, at(19)), "not before its retry time");
    assertEquals(List.of(A1, A2.refused(), B1, A3), claimed(10, at(20)), "offered again at its retry time, one attempt counted");
    assertEquals(List.of(A1, A2.refused(), B1, A3), log().pendingNotices(10), "still pending, in its place");

    committed(() -> log().markRefused(A2.center(), A2.id(), at(40)));
    assertEquals(2, log().pendingNotices(10).get(1).attempts());
    committed(() -> log().markDelivered(A2.center(), A2.id()));
    assertEquals(List.of(A1, B1, A3), claimed(10, at(50)));
    assertDoesNotThrow(() -> committed(() -> log().markRefused(CENTER_A, new NoticeId("no-such-notice"), at(60))));
  }

  @Test
  @DisplayName("a refusal marked in a rolled-back transaction is undone: no attempt counted, due at once")
  void aRolledBackRefusalIsUndone() {
    fourNoticesPending();

    storage.transactions().inTransaction(() -> {
      log().markRefused(A1.center(), A1.id(), at(99));
      return Either.left(new Rejection.CaseNotFound(COMPLAINTS, "c-1"));
    });

    assertEquals(List.of(A1, A2, B1, A3), claimed(10, at(5)));
  }

  @Test
  @DisplayName("the same notice id in two centers is two notices: both kept, both claimed, each marked on its own")
  void theSameNoticeIdInTwoCentersIsTwoNotices() {
    // ids are unique within a center only (Ids): two centers counting from the same start share every id
    OutboxNotice ofA = notice("C-1", CENTER_A, "c-1", at(2));
    OutboxNotice ofB = notice("C-1", CENTER_B, "c-1", at(3));
    appended(entry(CENTER_A, "c-1", 2, ofA), entry(CENTER_B, "c-1", 2, ofB));

    assertEquals(List.of(ofA, ofB), log().pendingNotices(10), "neither center's notice hides the other's");
    assertEquals(List.of(ofA, ofB), claimed(10, at(10)));
    assertEquals(List.of(ofA), log().trail(CENTER_A, COMPLAINTS, "c-1").get(0).notices());
    assertEquals(List.of(ofB), log().trail(CENTER_B, COMPLAINTS, "c-1").get(0).notices());

    committed(() -> log().markRefused(CENTER_B, ofB.id(), at(20)));
    assertEquals(List.of(ofA, ofB.refused()), log().pendingNotices(10), "a refusal counts for that center's notice only");
    committed(() -> log().markDelivered(CENTER_A, ofA.id()));
    assertEquals(List.of(ofB.refused()), log().pendingNotices(10), "a delivery marks that center's notice only");
  }

  @Test
  @DisplayName("a notice id its center already used fails the unit of work loudly, and neither notice is lost")
  void aReusedNoticeIdInOneCenterIsALoudError() {
    OutboxNotice first = notice("C-1", CENTER_A, "c-1", at(2));
    appended(entry(CENTER_A, "c-1", 2, first));
    AuditEntry reusing = entry(CENTER_A, "c-2", 2, notice("C-1", CENTER_A, "c-2", at(3)));

    assertThrows(RuntimeException.class, () -> storage.transactions().inTransaction(() -> {
      log().append(reusing);
      return Either.right("committed");
    }), "a broken Ids port is infrastructure failing: an exception, never a silent drop");

    assertEquals(List.of(first), log().pendingNotices(10), "the first notice is still pending");
    assertEquals(List.of(), log().trail(CENTER_A, COMPLAINTS, "c-2"), "the failed unit of work left nothing");
  }

  @Test
  @DisplayName("the backlog counts undelivered notices across centers, refused ones too, and dates the oldest")
  void theBacklogCountsWhatWaits() {
    assertEquals(Backlog.EMPTY, log().backlog(), "an empty outbox");
    fourNoticesPending();

    assertEquals(new Backlog(4, Optional.of(at(2))), log().backlog());
    committed(() -> log().markRefused(B1.center(), B1.id(), at(30)));
    committed(() -> log().markDelivered(A1.center(), A1.id()));
    committed(() -> log().markDelivered(A2.center(), A2.id()));
    assertEquals(new Backlog(2, Optional.of(at(3))), log().backlog(), "B1, refused and waiting, is the oldest now");
    committed(() -> log().markDelivered(B1.center(), B1.id()));
    committed(() -> log().markDelivered(A3.center(), A3.id()));
    assertEquals(Backlog.EMPTY, log().backlog());
  }
}
