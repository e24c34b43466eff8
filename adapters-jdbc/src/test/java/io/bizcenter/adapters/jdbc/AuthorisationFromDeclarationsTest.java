package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.testkit.ManualClock;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * GS-5, generated from the declarations ({@code center.procedures()}): for every procedure, every declared step and every
 * role in every department that the step's Who does not admit, the step is refused with ACTOR_NOT_PERMITTED naming the
 * step's own clause. Checked on the declarations themselves, and through the desks at every step of a full day of every
 * procedure ({@link EveryProcedure}): before each command is sent by its seat, every other seat sends it and is refused.
 */
@DisplayName("Nobody acts where they do not belong: every step, every seat not admitted (GS-5)")
class AuthorisationFromDeclarationsTest {
  private static final AtomicInteger STEPS = new AtomicInteger();
  private static final AtomicInteger REFUSED_BY_DECLARATIONS = new AtomicInteger();

  /** Every role in every department: 130 seats. */
  static List<Actor> everySeat() {
    List<Actor> seats = new ArrayList<>();
    for (Department department : Department.values()) {
      for (Role role : Role.values()) {
        seats.add(Actor.of("seat-" + department.ordinal() + "-" + role.ordinal(), role, department, CENTER));
      }
    }
    return List.copyOf(seats);
  }

  private static BusinessCenter center(Storage storage, CommandScopedIds ids) {
    return EveryProcedure.center(ids.around(storage), new ManualClock(EveryProcedure.START), ids, notice -> { });
  }

  @TestFactory
  @DisplayName("GS-5: ProcedureDefinition.check refuses every seat a step's Who does not admit, with the step's clause")
  Stream<DynamicTest> everyDeclaredStepRefusesEverySeatItDoesNotAdmit() {
    BusinessCenter center = center(new InMemoryStorage(), new CommandScopedIds());
    assertEquals(StoreContents.STORES.keySet(), center.procedures().stream().map(ProcedureDefinition::name)
        .collect(Collectors.toSet()), "the procedures declared are the ones the tests know");
    return center.procedures().stream().flatMap(AuthorisationFromDeclarationsTest::testsOf);
  }

  private static <S extends Enum<S>, A extends Enum<A>, C, M> Stream<DynamicTest> testsOf(ProcedureDefinition<S, A, C, M> definition) {
    return definition.transitions().stream().map(t -> dynamicTest(definition.name() + ": "
        + t.from().map(Enum::name).orElse("[*]") + " -" + t.action() + "-> " + t.to() + " " + t.who() + " " + t.clause(), () -> {
          int admitted = 0;
          for (Actor seat : everySeat()) {
            if (t.who().admits(seat)) {
              admitted++;
              continue;
            }
            Either<Rejection, Transition<S, A, C, M>> answer = t.from().isEmpty()
                ? definition.checkOpening(t.action(), seat)
                : definition.check(t.from().get(), t.action(), seat);
            assertEquals(Either.left(new Rejection.ActorNotPermitted(t.action(), seat.role(), seat.department(), t.clause())), answer,
                () -> seat.role() + " of " + seat.department());
            REFUSED_BY_DECLARATIONS.incrementAndGet();
          }
          assertTrue(admitted > 0, "someone may take the step (GS-2)");
          STEPS.incrementAndGet();
        }));
  }

  @AfterAll
  static void figures() {
    System.out.printf("[authorisation] from the declarations: %d steps of %d procedures, %d (step, seat) pairs refused with the step's clause%n",
        STEPS.get(), StoreContents.STORES.size(), REFUSED_BY_DECLARATIONS.get());
  }

  /** Where a command of the day stood, read from its own trail entry after it was accepted. */
  private record Taken(String procedure, Optional<String> from, String action) {}

  @Test
  @DisplayName("GS-5: through the desks, at every step of a full day of every procedure, every seat not admitted is refused with the step's clause and writes nothing")
  void theDesksRefuseEverySeatAtEveryStepOfAFullDay() {
    // first the day as it should go, to learn which step each command takes from which state
    InMemoryStorage firstStorage = new InMemoryStorage();
    CommandScopedIds firstIds = new CommandScopedIds();
    BusinessCenter first = center(firstStorage, firstIds);
    Map<String, Taken> taken = new HashMap<>();
    EveryProcedure.play(first, new ManualClock(EveryProcedure.START), new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        firstIds.sending(command.commandId().value());
        T answer = accepted(desk.handle(command, actor), command);
        taken.put(command.commandId().value(), takenBy(firstStorage, (Case<?, ?>) answer, command));
        return answer;
      }
    });

    // then the same day again, every other seat trying each command first
    InMemoryStorage storage = new InMemoryStorage();
    CommandScopedIds ids = new CommandScopedIds();
    BusinessCenter center = center(storage, ids);
    Map<String, ProcedureDefinition<?, ?, ?, ?>> definitions = new HashMap<>();
    center.procedures().forEach(d -> definitions.put(d.name(), d));
    List<Actor> seats = everySeat();
    int[] probed = new int[3];
    EveryProcedure.play(center, new ManualClock(EveryProcedure.START), new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        ids.sending(command.commandId().value());
        Taken step = taken.get(command.commandId().value());
        Transition<?, ?, ?, ?> t = transition(definitions.get(step.procedure()), step);
        StoreContents before = StoreContents.of(storage, CENTER, List.of(), List.of(command.commandId()));
        for (Actor seat : seats) {
          if (t.who().admits(seat)) {
            continue;
          }
          Either<Rejection, T> answer = desk.handle(command, seat);
          assertEquals(Either.left(new Rejection.ActorNotPermitted(t.action(), seat.role(), seat.department(), t.clause())), answer,
              () -> command + " sent by " + seat.role() + " of " + seat.department());
          probed[0]++;
        }
        before.assertSameAs(StoreContents.of(storage, CENTER, List.of(), List.of(command.commandId())), command + ": the refusals wrote nothing");
        probed[t.from().isEmpty() ? 1 : 2]++;
        return accepted(desk.handle(command, actor), command);
      }
    });
    System.out.printf("[authorisation] through the desks: %d refusals of seats not admitted, at %d opening steps and %d other steps%n",
        probed[0], probed[1], probed[2]);
    assertTrue(probed[1] >= 10, "every procedure's opening step was tried");
  }

  private static Transition<?, ?, ?, ?> transition(ProcedureDefinition<?, ?, ?, ?> definition, Taken step) {
    return definition.transitions().stream()
        .filter(t -> t.action().name().equals(step.action()) && t.from().map(Enum::name).equals(step.from()))
        .findFirst().orElseThrow(() -> new AssertionError("no declared step " + step));
  }

  private static Taken takenBy(Storage storage, Case<?, ?> answer, Command command) {
    for (String procedure : StoreContents.STORES.keySet()) {
      for (AuditEntry entry : storage.eventLog().trail(CENTER, procedure, answer.id().value())) {
        if (entry.commandId().equals(command.commandId())) {
          return new Taken(procedure, entry.from(), entry.action());
        }
      }
    }
    throw new AssertionError("no trail entry of " + command);
  }

  static <T> T accepted(Either<Rejection, T> answer, Command command) {
    assertTrue(answer.isRight(), () -> "expected " + command + " to be accepted, got " + answer.getLeft() + ": "
        + answer.getLeft().message(Locale.ENGLISH));
    return answer.get();
  }
}
