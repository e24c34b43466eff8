package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.SamePerson;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Separation;
import io.bizcenter.testkit.ManualClock;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Separation of duties, generated from the declarations ({@code center.procedures()}): every step that approves, signs,
 * confirms or verifies someone else's step declares which earlier steps it keeps apart, and through the desks nobody takes
 * both. A full day of every procedure ({@link EveryProcedure}) is played; before each command that takes a step declaring
 * a separation, each member of staff who took a separated earlier step on the case sends it first, from the very seat the
 * script uses, and is refused with SAME_PERSON under the separation's clause, writing nothing. On memory, H2 and PostgreSQL.
 */
@DisplayName("Nobody checks their own step: every declared separation of duties, from the declarations and through the desks")
class SeparationOfDutiesFromDeclarationsTest {
  /** Words in an action's name that say it checks someone else's step. */
  private static final Pattern CHECKS = Pattern.compile("(^|_)(APPROVE|SIGN|SIGNED|SIGNATURE|CONFIRM|ENDORSE|VERIFY|ACCEPT|REVIEW|STAMP|INSPECT)(_|$)");

  /**
   * Reviewed: steps whose names say they check, but that check no step of another member of staff, each with the reason.
   * A new such step must declare a separation or be added here, read and agreed.
   */
  private static final Map<String, String> REVIEWED = Map.ofEntries(
      // the complainant's answer to the follow-up call, recorded by the handler
      Map.entry("complaints/CONFIRM_SOLVED", "the complainant confirms, the desk records it"),
      // the chain keeps its own guard, "nobody signs two steps", whose shared steps the policy names
      Map.entry("contracts/SIGN", "kept apart by the approval chain's own guard and policy"),
      // the tenant signs and signs for the payment notice; Operations records it
      Map.entry("contracts/RECORD_TENANT_SIGNATURE", "the tenant signs, Operations records it"),
      Map.entry("contracts/RECORD_PAYMENT_NOTICE_SIGNED_FOR", "the tenant signs for it, Operations records it"),
      // confirmed with the client two days before; it checks no staff step
      Map.entry("meetings/CONFIRM", "confirmed with the client"),
      // the source gives cleaning and its inspection to Service as one task
      Map.entry("meetings/CLEAN_AND_INSPECT_VENUE", "one task of the source, cleaning and inspecting"),
      // the user signs the Fee Settlement Form for his own use
      Map.entry("internal-uses/SIGN_FEE_SETTLEMENT", "the user signs for his own use"),
      // the client's documents, signatures and confirmations at move-in, taken down by Service
      Map.entry("move-ins/VERIFY_IDENTITY", "the client's identity document is checked"),
      Map.entry("move-ins/SIGN_MANAGEMENT_AGREEMENT", "signed with the client by the Management Office"),
      Map.entry("move-ins/INSPECT_UNIT", "the client inspects the unit, accompanied"),
      Map.entry("move-ins/ACCEPT_EQUIPMENT", "the client accepts the equipment"),
      Map.entry("move-ins/SIGN_KEY_HANDOVER_FORM", "the client signs for the keys"),
      Map.entry("move-ins/CONFIRM_METER_READING", "the client confirms the reading"));

  private static final AtomicInteger REFUSALS = new AtomicInteger();
  private static final Set<String> STORES_PROBED = new TreeSet<>();

  private static BusinessCenter center(Storage storage, CommandScopedIds ids) {
    return EveryProcedure.center(ids.around(storage), new ManualClock(EveryProcedure.START), ids, notice -> { });
  }

  /** Every declared separation, as "procedure/ACTION apart from EARLIER". */
  private static Set<String> declared(BusinessCenter center) {
    Set<String> pairs = new TreeSet<>();
    for (ProcedureDefinition<?, ?, ?, ?> definition : center.procedures()) {
      definition.separations().forEach((action, separation) ->
          separation.earlier().forEach(earlier -> pairs.add(pair(definition.name(), action, earlier))));
    }
    return pairs;
  }

  private static String pair(String procedure, Object action, Object earlier) {
    return procedure + "/" + action + " apart from " + earlier;
  }

  @Test
  @DisplayName("GS-5: every step whose name says it approves, signs, confirms, verifies, reviews or stamps declares a separation, or is a reviewed exception")
  void everyCheckingStepDeclaresItsSeparation() {
    BusinessCenter center = center(new InMemoryStorage(), new CommandScopedIds());
    Set<String> checking = new TreeSet<>();
    Set<String> undeclared = new TreeSet<>();
    for (ProcedureDefinition<?, ?, ?, ?> definition : center.procedures()) {
      definition.transitions().stream().map(t -> t.action()).distinct().filter(a -> CHECKS.matcher(a.name()).find()).forEach(a -> {
        String name = definition.name() + "/" + a.name();
        checking.add(name);
        if (!definition.separations().containsKey(a) && !REVIEWED.containsKey(name)) {
          undeclared.add(name);
        }
      });
      assertEquals(List.of(), definition.selfCheck(), definition.name() + ": a separation names declared steps only");
    }
    assertEquals(Set.of(), undeclared, "steps that check another's step without a declared separation");
    assertTrue(checking.containsAll(REVIEWED.keySet()), () -> "a reviewed exception that is no longer a step: " + REVIEWED.keySet());
    for (ProcedureDefinition<?, ?, ?, ?> definition : center.procedures()) {
      definition.separations().keySet().forEach(a -> assertFalse(REVIEWED.containsKey(definition.name() + "/" + a.name()),
          definition.name() + "/" + a + " is both declared and excused"));
    }
    System.out.printf("[separation] %d steps named as checks: %d declare a separation, %d reviewed exceptions%n",
        checking.size(), checking.size() - REVIEWED.size(), REVIEWED.size());
  }

  /** Where a command of the day stood: its procedure, case and step, read from its own trail entry. */
  private record Taken(String procedure, String caseId, String action) {}

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"memory", "H2", "PostgreSQL"})
  @DisplayName("GS-5 SV-2.4 SV-2.5 CS-1.1 CS-4.1 CS-5.1 KY-1.3: through the desks, whoever took a separated earlier step is refused the step that checks it, writing nothing")
  void whoeverTookTheEarlierStepIsRefused(String store) {
    // first the day as it should go, in memory, to learn which step each command takes on which case
    InMemoryStorage firstStorage = new InMemoryStorage();
    CommandScopedIds firstIds = new CommandScopedIds();
    Map<String, Taken> taken = new HashMap<>();
    EveryProcedure.play(center(firstStorage, firstIds), new ManualClock(EveryProcedure.START), new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        firstIds.sending(command.commandId().value());
        T answer = AuthorisationFromDeclarationsTest.accepted(desk.handle(command, actor), command);
        taken.put(command.commandId().value(), takenBy(firstStorage, (Case<?, ?>) answer, command));
        return answer;
      }
    });

    // then the same day on the store under test, each separated step sent first by whoever took the steps it checks
    Storage storage = switch (store) {
      case "memory" -> new InMemoryStorage();
      case "H2" -> Databases.freshH2();
      default -> Databases.emptyPostgres();
    };
    CommandScopedIds ids = new CommandScopedIds();
    BusinessCenter center = center(storage, ids);
    Map<String, ProcedureDefinition<?, ?, ?, ?>> definitions = new HashMap<>();
    center.procedures().forEach(d -> definitions.put(d.name(), d));
    Set<String> probed = new LinkedHashSet<>();
    int[] refusals = new int[1];
    EveryProcedure.play(center, new ManualClock(EveryProcedure.START), new EveryProcedure.Sender() {
      @Override
      public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
        ids.sending(command.commandId().value());
        Taken step = taken.get(command.commandId().value());
        ProcedureDefinition<?, ?, ?, ?> definition = definitions.get(step.procedure());
        Optional<? extends Separation<?>> separation = separationOf(definition, step.action());
        if (separation.isPresent()) {
          List<AuditEntry> trail = storage.eventLog().trail(CENTER, step.procedure(), step.caseId());
          StoreContents before = StoreContents.of(storage, CENTER, List.of(), List.of(command.commandId()));
          for (StaffId staff : tookEarlier(separation.get(), trail)) {
            Enum<?> earlier = firstTakenBy(separation.get(), trail, staff);
            // the same member of staff, in the seat the script itself uses for the step: only the separation can refuse
            Actor samePerson = new Actor(staff, actor.role(), actor.department(), actor.centers());
            Either<Rejection, T> answer = desk.handle(command, samePerson);
            Enum<?> action = definition.separations().keySet().stream().filter(a -> a.name().equals(step.action())).findFirst().orElseThrow();
            assertEquals(Either.left(new SamePerson(step.procedure(), action, earlier, separation.get().clause())), answer,
                () -> command + " sent by " + staff.value() + ", who took " + earlier);
            assertFalse(answer.getLeft().message(Messages.ZH_CN).isBlank());
            probed.add(pair(step.procedure(), step.action(), earlier));
            refusals[0]++;
          }
          before.assertSameAs(StoreContents.of(storage, CENTER, List.of(), List.of(command.commandId())), command + ": the refusals wrote nothing");
        }
        return AuthorisationFromDeclarationsTest.accepted(desk.handle(command, actor), command);
      }
    });
    assertEquals(declared(center), new TreeSet<>(probed), "every declared separation was tried through the desks on " + store);
    REFUSALS.addAndGet(refusals[0]);
    STORES_PROBED.add(store);
  }

  @AfterAll
  static void figures() {
    BusinessCenter center = center(new InMemoryStorage(), new CommandScopedIds());
    long procedures = center.procedures().stream().filter(d -> !d.separations().isEmpty()).count();
    System.out.printf("[separation] %d separations declared in %d procedures, %d refusals through the desks on %s%n",
        declared(center).size(), procedures, REFUSALS.get(), STORES_PROBED.size() == 3 ? "memory, H2 and PostgreSQL" : STORES_PROBED);
  }

  private static Optional<? extends Separation<?>> separationOf(ProcedureDefinition<?, ?, ?, ?> definition, String action) {
    return definition.separations().entrySet().stream().filter(e -> e.getKey().name().equals(action)).map(Map.Entry::getValue).findFirst();
  }

  /** The staff who took one of the separated earlier steps on the case, in the order of the trail. */
  private static Set<StaffId> tookEarlier(Separation<?> separation, List<AuditEntry> trail) {
    Set<StaffId> staff = new LinkedHashSet<>();
    trail.stream().filter(e -> separation.earlier().stream().anyMatch(a -> a.name().equals(e.action()))).forEach(e -> staff.add(e.staff()));
    return staff;
  }

  /** The first of the separation's earlier steps, in declared order, that {@code staff} took on the case. */
  private static Enum<?> firstTakenBy(Separation<?> separation, List<AuditEntry> trail, StaffId staff) {
    Supplier<AssertionError> none = () -> new AssertionError(staff + " took none of " + separation.earlier());
    return separation.earlier().stream()
        .filter(a -> trail.stream().anyMatch(e -> e.action().equals(a.name()) && e.staff().equals(staff)))
        .findFirst().orElseThrow(none);
  }

  private static Taken takenBy(Storage storage, Case<?, ?> answer, Command command) {
    for (String procedure : StoreContents.STORES.keySet()) {
      for (AuditEntry entry : storage.eventLog().trail(CENTER, procedure, answer.id().value())) {
        if (entry.commandId().equals(command.commandId())) {
          return new Taken(procedure, answer.id().value(), entry.action());
        }
      }
    }
    throw new AssertionError("no trail entry of " + command);
  }
}
