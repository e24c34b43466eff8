package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.COMPLAINTS;
import static io.bizcenter.testkit.contract.Samples.at;
import static io.bizcenter.testkit.contract.Samples.complaint;
import static io.bizcenter.testkit.contract.Samples.entry;
import static io.bizcenter.testkit.contract.Samples.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Rejection.VersionConflict;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.vavr.control.Either;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Thread safety: many threads sending commands at once through one store, as the nodes of a vendor's cluster do.
 * Optimistic locking (GS-2) may answer conflicts, which the writer retries; nothing is lost and no exception
 * escapes.
 */
public abstract class ConcurrencyContract extends PortContract {
  private static final int THREADS = 8;
  private static final int INCREMENTS = 200;
  /** A writer that conflicts this often in a row is starved, which is a failure too. */
  private static final int MAX_ATTEMPTS = 10_000;
  /** Generous: the in-memory store takes milliseconds; the limit only stops a deadlocked store from hanging the build. */
  private static final long LIMIT_SECONDS = 60;

  /** Runs {@code work(thread)} on {@code THREADS} threads released together; fails on the first throwable any of them raised. */
  private static void onAllThreads(IntConsumer work) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    Queue<Throwable> escaped = new ConcurrentLinkedQueue<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        pool.execute(() -> {
          try {
            start.await();
            work.accept(thread);
          } catch (Throwable e) {
            escaped.add(e);
          }
        });
      }
      start.countDown();
      pool.shutdown();
      assertTrue(pool.awaitTermination(LIMIT_SECONDS, TimeUnit.SECONDS), "the threads did not finish within " + LIMIT_SECONDS + " s");
    } finally {
      pool.shutdownNow();
    }
    if (!escaped.isEmpty()) {
      fail(escaped.size() + " thread(s) ended in an exception; the first is the cause", escaped.peek());
    }
  }

  /** The same complaint one version on, as a command that changes nothing but the version would save it. */
  private static Complaint bumped(Complaint c) {
    return c.advancedTo(c.state(), c.stateEnteredAt(), c.policy());
  }

  @Test
  @DisplayName("GS-2 " + THREADS + " threads x " + INCREMENTS + " read-modify-write saves of one case: the version counts every successful save")
  void readModifyWriteLosesNoUpdate() throws InterruptedException {
    committed(() -> assertTrue(storage.complaints().save(complaint(CENTER_A, "c-1", 1), 0).isRight()));
    AtomicInteger saves = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();

    onAllThreads(thread -> {
      for (int n = 0; n < INCREMENTS; n++) {
        for (int attempt = 1; ; attempt++) {
          Either<Rejection, Complaint> answer = storage.transactions().inTransaction(() -> {
            Complaint current = storage.complaints().find(CENTER_A, "c-1").get();
            return storage.complaints().save(bumped(current), current.version()).mapLeft(conflict -> conflict);
          });
          if (answer.isRight()) {
            saves.incrementAndGet();
            break;
          }
          assertInstanceOf(VersionConflict.class, answer.getLeft());
          conflicts.incrementAndGet();
          assertTrue(attempt < MAX_ATTEMPTS, "a writer conflicted " + MAX_ATTEMPTS + " times in a row");
        }
      }
    });

    assertEquals(THREADS * INCREMENTS, saves.get());
    assertEquals(1 + saves.get(), storage.complaints().find(CENTER_A, "c-1").get().version(),
        () -> "after " + saves.get() + " saves and " + conflicts.get() + " conflicts");
  }

  @Test
  @DisplayName("GS-2 threads racing to create the same new case: exactly one wins, the others get a conflict")
  void racingCreationsHaveOneWinner() throws InterruptedException {
    int cases = 50;
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();

    onAllThreads(thread -> {
      for (int n = 0; n < cases; n++) {
        // each thread's candidate differs (receivedAt), so the stored case shows who won
        Complaint candidate = complaint(CENTER_A, "race-" + n, 1, at(thread));
        Either<Rejection, Complaint> answer =
            storage.transactions().inTransaction(() -> storage.complaints().save(candidate, 0).mapLeft(conflict -> conflict));
        if (answer.isRight()) {
          wins.incrementAndGet();
        } else {
          VersionConflict conflict = assertInstanceOf(VersionConflict.class, answer.getLeft());
          assertEquals(0, conflict.expected());
          assertEquals(1, conflict.actual());
          conflicts.incrementAndGet();
        }
      }
    });

    assertEquals(cases, wins.get());
    assertEquals(cases * (THREADS - 1), conflicts.get());
    List<Complaint> stored = storage.complaints().all(CENTER_A);
    assertEquals(cases, stored.size());
    stored.forEach(c -> assertEquals(1, c.version()));
  }

  @Test
  @DisplayName("GS-6 concurrent appends lose no entry and no notice, and each case's trail and notices stay in order")
  void concurrentAppendsLoseNothing() throws InterruptedException {
    int perThread = 50;

    onAllThreads(thread -> {
      String caseId = "t-" + thread;
      for (int v = 1; v <= perThread; v++) {
        AuditEntry e = entry(CENTER_A, caseId, v, notice("n-" + caseId + "-" + v, CENTER_A, caseId, at(v)));
        committed(() -> storage.eventLog().append(e));
      }
    });

    List<OutboxNotice> pending = storage.eventLog().pendingNotices(THREADS * perThread + 10);
    assertEquals(THREADS * perThread, pending.size());
    for (int t = 0; t < THREADS; t++) {
      String caseId = "t-" + t;
      List<Long> versions = storage.eventLog().trail(CENTER_A, COMPLAINTS, caseId).stream().map(AuditEntry::version).toList();
      assertEquals(LongStream.rangeClosed(1, perThread).boxed().toList(), versions, caseId + "'s trail");
      List<String> noticeIds = pending.stream().filter(n -> n.caseId().equals(caseId)).map(n -> n.id().value()).toList();
      assertEquals(LongStream.rangeClosed(1, perThread).mapToObj(v -> "n-" + caseId + "-" + v).toList(), noticeIds,
          caseId + "'s notices, oldest first");
    }
  }

  @Test
  @DisplayName("relays on several threads deliver every notice exactly once: no notice is held by two claims at once")
  void concurrentRelaysNeverShareANotice() throws InterruptedException {
    int notices = 200;
    for (int n = 0; n < notices; n++) {
      AuditEntry e = entry(CENTER_A, "r-" + n, 1, notice("n-r-" + n, CENTER_A, "r-" + n, at(1)));
      committed(() -> storage.eventLog().append(e));
    }
    java.util.Set<String> delivered = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Queue<String> twice = new ConcurrentLinkedQueue<>();

    onAllThreads(thread -> {
      for (boolean more = true; more; ) {
        more = storage.transactions().inTransaction(() -> {
          List<OutboxNotice> claimed = storage.eventLog().claimDue(5, at(2));
          for (OutboxNotice n : claimed) {
            if (!delivered.add(n.id().value())) {
              twice.add(n.id().value());
            }
            storage.eventLog().markDelivered(n.center(), n.id());
          }
          return Either.<Rejection, Boolean>right(!claimed.isEmpty());
        }).get();
      }
    });

    assertEquals(List.of(), List.copyOf(twice), "notices claimed by two relays");
    assertEquals(notices, delivered.size());
    assertEquals(List.of(), storage.eventLog().pendingNotices(10));
  }

  @Test
  @DisplayName("units of work holding the same exclusive resource never overlap, on any node")
  void exclusiveSectionsDoNotOverlap() throws InterruptedException {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();

    onAllThreads(thread -> {
      for (int n = 0; n < 25; n++) {
        storage.transactions().inTransaction(() -> {
          storage.transactions().exclusive(CENTER_A, "meeting-room-3");
          if (inside.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
          }
          Thread.onSpinWait();
          // a write inside the section, as a booking would make, so the section does real work
          storage.agenda().replace(CENTER_A, COMPLAINTS, "lock-" + thread, List.of());
          inside.decrementAndGet();
          done.incrementAndGet();
          return Either.<Rejection, String>right("held");
        });
      }
    });

    assertEquals(0, overlaps.get(), "sections that overlapped");
    assertEquals(THREADS * 25, done.get());
  }

  @Test
  @DisplayName("an exclusive resource outside any unit of work is a no-op, not a failure")
  void exclusiveOutsideAUnitOfWork() {
    storage.transactions().exclusive(CENTER_A, "meeting-room-3");
    committed(() -> storage.transactions().exclusive(CENTER_A, "meeting-room-3"));
  }
}
