package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.ComplaintCommands;
import io.bizcenter.testkit.ContractCommands;
import io.bizcenter.testkit.EveryCommand;
import io.bizcenter.testkit.KeyCommands;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.MeetingCommands;
import io.bizcenter.testkit.SequentialIds;
import io.bizcenter.testkit.ServiceCommands;
import io.bizcenter.testkit.TenancyCommands;
import io.bizcenter.testkit.Texts;
import io.vavr.control.Either;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bad input, generated (QuickTheories; the commands from the testkit's plain generators), sent in lockstep to four
 * business centers: one in memory, one on H2, one on PostgreSQL and one on MariaDB. Each example first plays a full day
 * of every procedure ({@link EveryProcedure}) with its free text reworded into awkward text (SQL and JSON
 * metacharacters, emoji with joiners, right-to-left marks and scripts, combining marks, mixed scripts), then sends
 * commands of every type of every procedure with anything in any field (hostile text, control characters, lone
 * surrogates, strings of a million characters, impossible numbers and instants, unknown ids and ids of other centers)
 * by random actors, and repeats earlier commands. Every answer is a typed rejection or an acceptance, never an
 * exception, and the same on all four stores; an accepted case reads back from each database equal to the one kept in
 * memory, every text byte for byte, with a trail that follows it; at the end every store of both centers shows the same
 * on all four.
 */
@DisplayName("Bad input of every kind, every command type: a typed rejection or an acceptance, never an exception, never a corrupted case")
class BadInputPropertiesTest {
  private static final int EXAMPLES = Integer.getInteger("bizcenter.badinput.examples", 3);
  private static final int STEPS = Integer.getInteger("bizcenter.badinput.steps", 160);
  private static final CenterId OTHER = CenterId.of("night-harbour");
  private static final List<CenterId> CENTERS = List.of(CENTER, OTHER);
  /** Texts that name something another command refers to: reworded, they would only make the day's later steps fail. */
  private static final Set<String> REFERENCES = Set.of("equipment", "item", "meter", "templateVersion", "elevator");
  private static final Map<Class<?>, String> PROCEDURES = procedures();
  private static final List<Class<? extends Command>> RECORDS = EveryCommand.records();
  private static final List<CenterId> MOSTLY_THE_TOWER = List.of(CENTER, CENTER, CENTER, OTHER);
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final Map<String, Integer> TOTALS = new TreeMap<>();
  private static final String A_MILLION_CHARACTERS = Texts.ofLength(1 << 20);

  /** Each procedure's case type and name, from the descriptors. */
  private static Map<Class<?>, String> procedures() {
    Map<Class<?>, String> byType = new LinkedHashMap<>();
    Procedures.ALL.forEach(p -> byType.put(p.caseType(), p.name()));
    return byType;
  }

  @Test
  @DisplayName("GS-1: a day in awkward text, then anything at all by anyone: typed rejections or acceptances, the same in memory, on H2, PostgreSQL and MariaDB")
  void badInputIsRefusedOrKeptNeverBroken() {
    long began = System.nanoTime();
    qt().withExamples(EXAMPLES).withShrinkCycles(5)
        .forAll(longs().all(), lists().of(longs().all()).ofSizeBetween(STEPS / 2, STEPS))
        .checkAssert((day, steps) -> new Example(day).play(steps));
    System.out.printf("[bad input] %d examples in %d ms: %s%n", EXAMPLES, (System.nanoTime() - began) / 1_000_000, TOTALS);
    assertTrue(TOTALS.getOrDefault("accepted with awkward text", 0) > 50, "awkward text was accepted and read back: " + TOTALS);
    assertTrue(TOTALS.getOrDefault("rejected INVALID_INPUT", 0) > 0, "bad input was refused: " + TOTALS);
  }

  private static synchronized void count(String what) {
    TOTALS.merge(what, 1, Integer::sum);
  }

  /** One example: four centers on fresh stores, kept in lockstep. */
  private static final class Example {
    private final long daySeed;
    private final ManualClock clock = new ManualClock(EveryProcedure.START);
    private final Map<String, Storage> stores = new LinkedHashMap<>();
    private final Map<String, BusinessCenter> centers = new LinkedHashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<String> known = new ArrayList<>();
    private final Map<String, List<String>> knownByProcedure = new TreeMap<>();

    private record Sent(Command command, Actor actor) {}

    Example(long daySeed) {
      this.daySeed = daySeed;
      String ids = "b" + RUNS.incrementAndGet();
      stores.put("memory", new InMemoryStorage());
      stores.put("H2", Databases.freshH2());
      stores.put("PostgreSQL", Databases.emptyPostgres());
      stores.put("MariaDB", Databases.emptyMariaDb());
      stores.forEach((name, storage) -> centers.put(name, EveryProcedure.center(storage, clock, new SequentialIds(ids), notice -> { })));
    }

    void play(List<Long> steps) {
      SplittableRandom wording = new SplittableRandom(daySeed);
      BusinessCenter memory = centers.get("memory");
      EveryProcedure.play(memory, clock, new EveryProcedure.Sender() {
        @Override
        @SuppressWarnings("unchecked")
        public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
          M awkward = EveryCommand.reworded(command, (owner, name, text) ->
              REFERENCES.contains(name) || wording.nextInt(5) == 0 ? text : Texts.awkward(wording, 1 + wording.nextInt(30), false));
          if (!awkward.equals(command)) {
            Either<Rejection, Object> answer = inLockstep(awkward, actor);
            if (answer.isRight()) {
              count("accepted with awkward text");
              return (T) answer.get();
            }
            count("refused with awkward text");
          }
          Either<Rejection, Object> answer = inLockstep(command, actor);
          assertTrue(answer.isRight(), () -> command + " refused: " + answer.getLeft());
          return (T) answer.get();
        }
      });
      // every text a million characters, in the first commands of the day that hold text: refused as input on every
      // store, whatever the random steps below happen to send
      int tooLong = 0;
      for (Sent earlier : List.copyOf(sent)) {
        Command huge = EveryCommand.reworded(earlier.command(), (owner, name, text) -> A_MILLION_CHARACTERS);
        if (tooLong < 5 && !huge.equals(earlier.command())) {
          Either<Rejection, Object> answer = inLockstep(huge, earlier.actor());
          assertEquals("INVALID_INPUT", answer.fold(Rejection::code, accepted -> "accepted"), () -> describe(huge));
          tooLong++;
        }
      }
      for (long step : steps) {
        SplittableRandom random = new SplittableRandom(step);
        Actor actor = Actors.any(random, CENTERS);
        int kind = random.nextInt(100);
        Either<Rejection, Object> answer;
        if (kind < 60) {
          // a command of any type, every type as likely, mostly about a case of its own procedure and of the tower
          Class<? extends Command> type = RECORDS.get(random.nextInt(RECORDS.size()));
          Command command = EveryCommand.arbitrary(random, type, MOSTLY_THE_TOWER, knownByProcedure.getOrDefault(procedureOf(type), List.of()));
          answer = inLockstep(command, random.nextBoolean() ? actor : admitted(random, command).orElse(actor));
        } else if (kind < 85) {
          Command command = procedureArbitrary(random);
          answer = inLockstep(command, random.nextBoolean() ? actor : admitted(random, command).orElse(actor));
        } else {
          Sent earlier = sent.get(random.nextInt(sent.size()));
          answer = inLockstep(earlier.command(), random.nextBoolean() ? earlier.actor() : actor);
        }
        count(answer.isRight() ? "anything at all: accepted" : "anything at all: refused");
      }
      for (CenterId center : CENTERS) {
        StoreContents expected = StoreContents.of(stores.get("memory"), center, List.of(), List.of());
        stores.forEach((name, storage) -> expected.assertSameAs(StoreContents.of(storage, center, List.of(), List.of()), name + ", " + center));
        expected.cases().forEach((procedure, cases) -> cases.forEach(c -> followsItsTrail(stores.get("H2"), procedure, c)));
      }
    }

    /** Someone a step of the command's action admits, working for the tower: so that some get past GS-5 to the rules. */
    private Optional<Actor> admitted(SplittableRandom random, Command command) {
      Object action;
      try {
        // the declaration that a step of names the command's type says which action it asks for
        action = centers.get("memory").procedures().stream().map(d -> actionOf(d, command)).filter(java.util.Objects::nonNull)
            .findFirst().orElse(null);
      } catch (RuntimeException e) {
        // an action read off a field the command left out
        return Optional.empty();
      }
      List<Seat> seats = centers.get("memory").procedures().stream().flatMap(d -> d.transitions().stream())
          .filter(t -> t.action().equals(action)).flatMap(t -> t.who().seats().stream()).toList();
      if (seats.isEmpty()) {
        return Optional.empty();
      }
      Seat seat = seats.get(random.nextInt(seats.size()));
      Actor any = Actors.any(random, List.of(CENTER));
      return Optional.of(Actor.of(any.staff().value(), seat.role().orElse(any.role()), seat.department().orElse(any.department()), CENTER));
    }

    /** One of the procedures' own generators of anything at all. */
    private Command procedureArbitrary(SplittableRandom random) {
      return switch (random.nextInt(9)) {
        case 0 -> ComplaintCommands.arbitrary(random, CENTERS, ids("complaints", ComplaintId::of));
        case 1 -> ContractCommands.arbitrary(random, CENTERS, ids("contracts", ContractId::of));
        case 2 -> KeyCommands.arbitrary(random, CENTERS, ids("keys", KeyId::of));
        case 3 -> MeetingCommands.arbitrary(random, CENTERS, clock.instant(), ids("meetings", MeetingId::of));
        case 4 -> ServiceCommands.arbitrary(random, CENTERS, known);
        case 5 -> TenancyCommands.arbitraryMoveIn(random, CENTERS, ids("move-ins", MoveInId::of));
        case 6 -> TenancyCommands.arbitraryLease(random, CENTERS, ids("renewal-visits", RenewalVisitId::of));
        case 7 -> TenancyCommands.arbitraryMoveOut(random, CENTERS, ids("move-outs", MoveOutId::of));
        default -> EveryCommand.arbitrary(random, CENTERS, List.of());
      };
    }

    private <I> List<I> ids(String procedure, Function<String, I> id) {
      return knownByProcedure.getOrDefault(procedure, List.of()).stream().map(id).toList();
    }

    /** Sends {@code command} to the four centers; they must answer alike, with no exception, and keep what they accept. */
    private Either<Rejection, Object> inLockstep(Command command, Actor actor) {
      sent.add(new Sent(command, actor));
      count("sent");
      if (holdsAMillionCharacters(command)) {
        count("sent with a text of a million characters");
      }
      Map<String, Either<Rejection, Object>> answers = new LinkedHashMap<>();
      centers.forEach((name, center) -> {
        try {
          answers.put(name, EveryProcedure.handle(center, command, actor));
        } catch (Throwable e) {
          fail(name + ": an exception escaped for " + describe(command) + " by " + actor, e);
        }
      });
      Either<Rejection, Object> answer = answers.get("memory");
      answers.forEach((name, other) -> assertEquals(answer, other, () -> name + " answered otherwise to " + describe(command)));
      if (answer.isLeft()) {
        Rejection r = answer.getLeft();
        assertNotNull(r.code());
        assertNotNull(r.clause());
        assertFalse(r.message(Messages.ZH_CN).isBlank());
        assertFalse(r.message(Messages.EN).isBlank());
        count("rejected " + r.code());
        return answer;
      }
      count("accepted");
      Case<?, ?> accepted = (Case<?, ?>) answer.get();
      String procedure = procedureOf(accepted);
      String id = accepted.id().value();
      if (!known.contains(id)) {
        known.add(id);
        knownByProcedure.computeIfAbsent(procedure, p -> new ArrayList<>()).add(id);
      }
      readsBackAlike(procedure, accepted, command);
      return answer;
    }

    /** The accepted case, read back from every store, equals the one in memory; its trail's texts are the same bytes. */
    private void readsBackAlike(String procedure, Case<?, ?> accepted, Command command) {
      Storage memory = stores.get("memory");
      Case<?, ?> kept = StoreContents.STORES.get(procedure).apply(memory).find(accepted.center(), accepted.id().value()).get();
      List<AuditEntry> trail = memory.eventLog().trail(accepted.center(), procedure, accepted.id().value());
      stores.forEach((name, storage) -> {
        if (name.equals("memory")) {
          return;
        }
        Case<?, ?> read = StoreContents.STORES.get(procedure).apply(storage).find(accepted.center(), accepted.id().value()).get();
        assertEquals(kept, read, () -> name + ": the case as read back, after " + describe(command));
        List<AuditEntry> readTrail = storage.eventLog().trail(accepted.center(), procedure, accepted.id().value());
        assertEquals(trail.size(), readTrail.size(), () -> name + ": the trail as read back, after " + describe(command));
        for (int i = 0; i < trail.size(); i++) {
          int entry = i;
          assertEquals(trail.get(i), readTrail.get(i), () -> name + ": entry " + (entry + 1) + " of the trail as read back, after " + describe(command));
        }
        List<String> texts = texts(trail.get(trail.size() - 1).events());
        List<String> readTexts = texts(readTrail.get(readTrail.size() - 1).events());
        assertEquals(texts.size(), readTexts.size());
        for (int i = 0; i < texts.size(); i++) {
          assertArrayEquals(texts.get(i).getBytes(UTF_8), readTexts.get(i).getBytes(UTF_8), name + ": text " + i + " as UTF-8");
        }
      });
      followsItsTrail(memory, procedure, kept);
    }

    /** The action a declaration reads off a command of a type its steps name; null for a command of another procedure. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object actionOf(ProcedureDefinition<?, ?, ?, ?> definition, Command command) {
      ProcedureDefinition raw = definition;
      return raw.triggeredBy(command) ? raw.actionOf(command) : null;
    }

    /** The procedure whose commands {@code type} is one of, by the descriptors. */
    private String procedureOf(Class<? extends Command> type) {
      return Procedures.ALL.stream().filter(p -> p.commands().isAssignableFrom(type)).findFirst()
          .orElseThrow(() -> new AssertionError("no procedure takes " + type)).name();
    }

    private static String procedureOf(Case<?, ?> c) {
      return PROCEDURES.entrySet().stream().filter(e -> e.getKey().isInstance(c)).map(Map.Entry::getValue).findFirst()
          .orElseThrow(() -> new AssertionError("no procedure keeps " + c.getClass()));
    }
  }

  /** A case's invariants against its trail: one entry per version, in order, the last one leading to where it stands. */
  private static void followsItsTrail(Storage storage, String procedure, Case<?, ?> c) {
    List<AuditEntry> trail = storage.eventLog().trail(c.center(), procedure, c.id().value());
    assertEquals(c.version(), trail.size(), () -> c.id() + ": one trail entry per version");
    for (int i = 0; i < trail.size(); i++) {
      assertEquals(i + 1, trail.get(i).version(), c.id() + ": the trail in order");
    }
    assertEquals(c.state().name(), trail.get(trail.size() - 1).to(), () -> c.id() + ": the case stands where its last step led");
    assertEquals(trail.get(trail.size() - 1).at(), c.stateEnteredAt(), () -> c.id() + ": since its last step");
  }

  /** Every text in {@code values}, records, lists and optionals walked, in order. */
  static List<String> texts(List<?> values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> collect(v, texts));
    return texts;
  }

  private static void collect(Object value, List<String> texts) {
    if (value instanceof String s) {
      texts.add(s);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, texts));
    } else if (value instanceof Iterable<?> l) {
      l.forEach(v -> collect(v, texts));
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          collect(c.getAccessor().invoke(value), texts);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static boolean holdsAMillionCharacters(Command command) {
    boolean[] big = new boolean[1];
    EveryCommand.reworded(command, (owner, name, text) -> {
      big[0] |= text != null && text.length() >= 1 << 20;
      return text;
    });
    return big[0];
  }

  /** A command as a failure message shows it: its type and its texts cut short. */
  private static String describe(Command command) {
    String text = String.valueOf(command);
    return text.length() > 2000 ? text.substring(0, 2000) + "... (" + text.length() + " characters)" : text;
  }
}
