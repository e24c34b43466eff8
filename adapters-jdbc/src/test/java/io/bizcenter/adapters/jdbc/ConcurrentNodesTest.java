package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.Fixtures.CENTER;
import static io.bizcenter.adapters.jdbc.Fixtures.OPERATIONS;
import static io.bizcenter.adapters.jdbc.Fixtures.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintCommand.FollowUp;
import io.bizcenter.core.complaints.ComplaintCommand.InformComplainant;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPlan;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.Transactions;
import io.bizcenter.testkit.ForwardingStorage;
import io.bizcenter.testkit.ComplaintCommands;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.bizcenter.testkit.Texts;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application nodes on one PostgreSQL, and on one MariaDB, eight threads sending 500 commands each at the same three complaints:
 * no exception escapes, every refusal is a typed rejection, nothing deadlocks, and no update is lost: each case
 * is exactly what a serial replay of its accepted commands, in the order of its audit trail, makes of it. And the
 * same command sent through both nodes at once is applied once, every sending answered with the first answer.
 */
class ConcurrentNodesTest {
  private static final int THREADS = 8;
  private static final int COMMANDS_PER_THREAD = 500;
  private static final int CASES = 3;
  /** Generous for 4,000 commands on two cores; only a deadlock or a starved node should come near it. */
  private static final long LIMIT_SECONDS = 120;

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
  void twoNodesLoseNoUpdateAndAnswerEveryRaceWithATypedRejection(Dialect dialect) throws InterruptedException {
    DataSource database = Databases.empty(dialect);
    ManualClock clock = new ManualClock(Fixtures.NOW);
    CountingStorage storageA = new CountingStorage(JdbcStorage.on(database));
    CountingStorage storageB = new CountingStorage(JdbcStorage.on(database));
    BusinessCenter nodeA = Fixtures.center(storageA, new SequentialIds("A"), clock, notice -> { });
    BusinessCenter nodeB = Fixtures.center(storageB, new SequentialIds("B"), clock, notice -> { });
    List<BusinessCenter> nodes = List.of(nodeA, nodeB);

    // every command sent, by id, so that the trail's command ids can be replayed
    Map<CommandId, ComplaintCommand> sent = new ConcurrentHashMap<>();
    Map<String, LongAdder> acceptedOn = new ConcurrentHashMap<>();
    List<ComplaintId> cases = new ArrayList<>();
    List<ComplaintCommand.Opening> openings = new ArrayList<>();
    // all openings first, so that a replay through SequentialIds("A") hands out the same case ids
    for (int i = 0; i < CASES; i++) {
      ComplaintCommand.Opening opening = Fixtures.phoneComplaint();
      sent.put(opening.commandId(), opening);
      openings.add(opening);
      Complaint opened = accepted(nodeA.complaints().handle(opening, OPERATIONS));
      cases.add(opened.id());
      acceptedOn.computeIfAbsent(opened.id().value(), id -> new LongAdder()).increment();
    }
    for (ComplaintId id : cases) {
      for (Fixtures.Step step : Fixtures.toPhoneForwarded()) {
        ComplaintCommand command = step.apply(id);
        sent.put(command.commandId(), command);
        accepted(nodeA.complaints().handle(command, OPERATIONS));
        acceptedOn.get(id.value()).increment();
      }
    }
    storageA.conflicts.reset();

    long seed = System.nanoTime();
    System.out.println("[concurrency] " + dialect + ": seed " + seed);
    Map<String, LongAdder> rejections = new ConcurrentHashMap<>();
    long millis = onAllThreads(thread -> {
      RandomGenerator random = new SplittableRandom(seed + thread);
      for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
        ComplaintId on = cases.get(random.nextInt(CASES));
        ComplaintCommand command = loopStep(random, CommandId.of("t" + thread + "-" + i), on);
        sent.put(command.commandId(), command);
        Either<Rejection, Complaint> answer = nodes.get(random.nextInt(nodes.size())).complaints().handle(command, OPERATIONS);
        if (answer.isRight()) {
          acceptedOn.get(on.value()).increment();
        } else {
          rejections.computeIfAbsent(answer.getLeft().code(), code -> new LongAdder()).increment();
        }
      }
    });

    long acceptedInRun = acceptedOn.values().stream().mapToLong(LongAdder::sum).sum() - CASES * (1L + Fixtures.toPhoneForwarded().size());
    long conflictedAttempts = storageA.conflicts.sum() + storageB.conflicts.sum();
    long conflictsReturned = count(rejections, "VERSION_CONFLICT");
    System.out.printf("[concurrency] " + dialect + ": %d commands in %d ms: %d accepted, %d ACTION_NOT_ALLOWED, %d VERSION_CONFLICT returned after "
            + "the retries; %d attempts ended in a conflict, so %d were decided again%n",
        THREADS * COMMANDS_PER_THREAD, millis, acceptedInRun, count(rejections, "ACTION_NOT_ALLOWED"), conflictsReturned,
        conflictedAttempts, conflictedAttempts - conflictsReturned);
    assertEquals(Map.of(), withoutExpected(rejections), "rejections other than ACTION_NOT_ALLOWED and VERSION_CONFLICT");
    assertEquals(THREADS * COMMANDS_PER_THREAD, acceptedInRun + count(rejections, "ACTION_NOT_ALLOWED") + conflictsReturned);
    assertTrue(acceptedInRun > 0, "no command got through");

    InMemoryStorage memory = new InMemoryStorage();
    BusinessCenter replay = Fixtures.center(memory, new SequentialIds("A"), clock, notice -> { });
    for (int i = 0; i < CASES; i++) {
      assertEquals(cases.get(i), accepted(replay.complaints().handle(openings.get(i), OPERATIONS)).id(), "the replay's case ids");
    }
    for (ComplaintId id : cases) {
      Complaint stored = nodeB.complaints().find(OPERATIONS, CENTER, id).get();
      List<AuditEntry> trail = nodeB.complaints().trail(OPERATIONS, CENTER, id).get();
      long accepted = acceptedOn.get(id.value()).sum();
      assertEquals(accepted, stored.version(), id + ": the version counts every accepted command, the opening included");
      assertEquals(LongStream.rangeClosed(1, accepted).boxed().toList(), trail.stream().map(AuditEntry::version).toList(),
          id + ": one trail entry per version, in order");

      for (AuditEntry entry : trail.subList(1, trail.size())) {
        ComplaintCommand command = sent.get(entry.commandId());
        accepted(replay.complaints().handle(command, OPERATIONS));
      }
      assertEquals(replay.complaints().find(OPERATIONS, CENTER, id).get(), stored, id + ": the serial replay's state");
      List<AuditEntry> replayed = replay.complaints().trail(OPERATIONS, CENTER, id).get();
      assertEquals(notices(replayed), notices(trail), id + ": notices written");
      assertEquals(replayed.stream().map(AuditEntry::commandId).toList(), trail.stream().map(AuditEntry::commandId).toList(),
          id + ": the replay's trail");
      String procedure = ComplaintProcedure.DEFINITION.name();
      assertEquals(memory.agenda().forCase(CENTER, procedure, id.value()), storageA.agenda().forCase(CENTER, procedure, id.value()),
          id + ": agenda");
    }
    assertEquals(memory.eventLog().pendingNotices(100_000).size(), storageA.eventLog().pendingNotices(100_000).size(),
        "pending notices");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
  void theSameCommandSentThroughBothNodesAtOnceIsAppliedOnce(Dialect dialect) throws InterruptedException {
    DataSource database = Databases.empty(dialect);
    ManualClock clock = new ManualClock(Fixtures.NOW);
    List<BusinessCenter> nodes = List.of(
        Fixtures.center(JdbcStorage.on(database), new SequentialIds("A"), clock, notice -> { }),
        Fixtures.center(JdbcStorage.on(database), new SequentialIds("B"), clock, notice -> { }));
    // a front end that gave up waiting sends again, and its load balancer picks the other node
    List<ComplaintCommand> openings = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      openings.add(Fixtures.phoneComplaint());
    }
    Map<CommandId, Queue<Either<Rejection, Complaint>>> answers = new ConcurrentHashMap<>();
    onAllThreads(thread -> {
      for (ComplaintCommand command : openings) {
        answers.computeIfAbsent(command.commandId(), id -> new ConcurrentLinkedQueue<>())
            .add(nodes.get(thread % 2).complaints().handle(command, OPERATIONS));
      }
    });
    List<ComplaintCommand> triages = new ArrayList<>();
    for (ComplaintCommand opening : openings) {
      Set<Either<Rejection, Complaint>> distinct = Set.copyOf(answers.get(opening.commandId()));
      assertEquals(1, distinct.size(), () -> opening.commandId() + ": every sending got the first answer, not " + distinct);
      triages.add(new Triage(Fixtures.commandId(), CENTER, distinct.iterator().next().get().id(), Remit.OUTSIDE));
    }
    assertEquals(openings.size(), JdbcStorage.on(database).complaints().all(CENTER).size(), "one case per opening");

    onAllThreads(thread -> {
      for (ComplaintCommand command : triages) {
        answers.computeIfAbsent(command.commandId(), id -> new ConcurrentLinkedQueue<>())
            .add(nodes.get(thread % 2).complaints().handle(command, OPERATIONS));
      }
    });
    for (ComplaintCommand triage : triages) {
      Set<Either<Rejection, Complaint>> distinct = Set.copyOf(answers.get(triage.commandId()));
      assertEquals(1, distinct.size(), () -> triage.commandId() + ": every sending got the first answer, not " + distinct);
      Complaint triaged = distinct.iterator().next().get();
      assertEquals(2, triaged.version(), "applied once");
      assertEquals(2, nodes.get(1).complaints().trail(OPERATIONS, CENTER, triaged.id()).get().size(), "one trail entry for it");
    }
  }

  /**
   * Runs {@code work(thread)} on {@value #THREADS} threads released together; fails if one of them throws or they
   * do not all finish within {@value #LIMIT_SECONDS} s. Answers how long they took, in milliseconds.
   */
  private static long onAllThreads(IntConsumer work) throws InterruptedException {
    Queue<Throwable> escaped = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.execute(() -> {
        try {
          start.await();
          work.accept(thread);
        } catch (Throwable e) {
          escaped.add(e);
        }
      });
    }
    long began = System.nanoTime();
    start.countDown();
    threads.shutdown();
    boolean finished = threads.awaitTermination(LIMIT_SECONDS, TimeUnit.SECONDS);
    threads.shutdownNow();
    assertTrue(finished, "the threads did not finish within " + LIMIT_SECONDS + " s: a deadlock or a starved node");
    if (!escaped.isEmpty()) {
      fail(escaped.size() + " thread(s) ended in an exception; the first is the cause", escaped.peek());
    }
    return (System.nanoTime() - began) / 1_000_000;
  }

  /** One of the three steps that loop PHONE_FORWARDED -> PHONE_PLAN_KNOWN -> PHONE_COMPLAINANT_INFORMED -> PHONE_FORWARDED. */
  private static ComplaintCommand loopStep(RandomGenerator random, CommandId id, ComplaintId on) {
    return switch (random.nextInt(3)) {
      case 0 -> new RecordPlan(id, CENTER, on, Texts.plain(random, 100), ComplaintCommands.handler(random));
      case 1 -> new InformComplainant(id, CENTER, on);
      default -> new FollowUp(id, CENTER, on, false, Texts.plain(random, 100));
    };
  }

  private static long count(Map<String, LongAdder> rejections, String code) {
    LongAdder n = rejections.get(code);
    return n == null ? 0 : n.sum();
  }

  private static Map<String, Long> withoutExpected(Map<String, LongAdder> rejections) {
    Map<String, Long> others = new ConcurrentHashMap<>();
    rejections.forEach((code, n) -> {
      if (!code.equals("ACTION_NOT_ALLOWED") && !code.equals("VERSION_CONFLICT")) {
        others.put(code, n.sum());
      }
    });
    return others;
  }

  private static int notices(List<AuditEntry> trail) {
    return trail.stream().mapToInt(e -> e.notices().size()).sum();
  }

  /** A node's storage that counts the units of work ending in a version conflict, each of which the desk may decide again. */
  private static final class CountingStorage extends ForwardingStorage {
    private final LongAdder conflicts = new LongAdder();
    private final Transactions transactions;

    CountingStorage(Storage storage) {
      super(storage);
      this.transactions = new Transactions() {
        @Override
        public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
          Either<Rejection, T> answer = storage.transactions().inTransaction(work);
          if (answer.isLeft() && answer.getLeft() instanceof Rejection.VersionConflict) {
            conflicts.increment();
          }
          return answer;
        }

        @Override
        public void exclusive(CenterId center, String resource) {
          storage.transactions().exclusive(center, resource);
        }
      };
    }

    @Override
    public Transactions transactions() {
      return transactions;
    }




  }
}
