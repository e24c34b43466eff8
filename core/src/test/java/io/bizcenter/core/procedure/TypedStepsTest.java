package io.bizcenter.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The command is the step's trigger: a declaration names, for each step, the command type that triggers it and the
 * decision that decides it. Shown on a toy door whose commands are records: the table finds a command's action by its
 * type (or by the declaration's chooser), its guards are typed to it and enforce the step's clause unless they state
 * their own, its rules that span cases name what they hold, and the self-check refuses a table that could not dispatch.
 */
class TypedStepsTest {
  private static final CenterId TOWER = CenterId.of("tower");
  private static final Who ENGINEERS = Who.anyOf(Seat.in(Department.ENGINEERING));
  private static final Actor ENGINEER = Actor.of("e-1", Role.STAFF, Department.ENGINEERING, TOWER);

  sealed interface DoorCommand {}

  record Fit(String wood) implements DoorCommand {}

  /** One command, two steps: swinging open or shut, as the command says. */
  record Swing(boolean open) implements DoorCommand {}

  /** Commands that need the door's key ring alone while they are decided. */
  sealed interface OnTheKeyRing extends DoorCommand {
    String ring();
  }

  record Lock(String ring, String bolt) implements OnTheKeyRing {}

  record Unlock(String ring) implements OnTheKeyRing {}

  record Remove() implements DoorCommand {}

  record Refused(String why, Clause clause) implements Rejection.RuleBroken {
    @Override
    public String code() {
      return "REFUSED";
    }
  }

  /** The toy case: a door's history as text. */
  private static Decision<String> swung(String door, Swing swing, Step<Door> step) {
    return new Decision<>(door + (swing.open() ? " opened" : " shut") + " under " + step.clause(), List.of(), List.of());
  }

  private static Decision<String> fitted(Fit fit, Step<Door> step) {
    return new Decision<>(fit.wood() + " door", List.of(), List.of());
  }

  /** Guarded under the step's own clause: the rule it is handed is the step's. */
  private static final Guard<String, Lock> A_BOLT = Guard.of("a bolt is named", (door, lock, rule) ->
      lock.bolt().isBlank() ? Option.some(new Refused("no bolt", rule)) : Option.none());

  /** A rule of its own, on a step of another clause. */
  private static final Guard<String, Fit> NO_GLASS = Guard.of("no glass doors", "KY-0.1", (door, fit, rule) ->
      fit.wood().equals("glass") ? Option.some(new Refused("glass", rule)) : Option.none());

  private static ProcedureDefinition.Builder<Door, Move, String, DoorCommand> door() {
    return ProcedureDefinition.<Door, Move, String, DoorCommand>declare("doors", Door.class, Move.class)
        .opens(Move.FIT, Fit.class, Door.SHUT, ENGINEERS, "KY-2.1", TypedStepsTest::fitted, NO_GLASS)
        .step(Door.SHUT, Move.OPEN, Swing.class, Door.OPEN, ENGINEERS, "KY-2.1", TypedStepsTest::swung)
        .step(Door.OPEN, Move.CLOSE, Swing.class, Door.SHUT, ENGINEERS, "KY-2.1", TypedStepsTest::swung)
        .step(Door.SHUT, Move.LOCK, Lock.class, Door.LOCKED, ENGINEERS, "KY-4.1", (door, lock, step) -> new Decision<>(door, List.of(), List.of()),
            A_BOLT)
        .step(Door.LOCKED, Move.UNLOCK, Unlock.class, Door.SHUT, ENGINEERS, "KY-4.1", (door, unlock, step) -> new Decision<>(door, List.of(), List.of()))
        .step(Door.SHUT, Move.REMOVE, Remove.class, Door.GONE, ENGINEERS, "KY-0.1", (door, remove, step) -> new Decision<>(door, List.of(), List.of()))
        .finals(Door.GONE);
  }

  private static final ProcedureDefinition<Door, Move, String, DoorCommand> DOOR = door()
      .chooses(Swing.class, swing -> swing.open() ? Move.OPEN : Move.CLOSE)
      .holds("key-ring", "KY-4.1", OnTheKeyRing.class, command -> List.of("ring:" + command.ring(), "ring:all"))
      .build();

  @Test
  @DisplayName("GS-2 a command's action is its type's step, or the declaration's choice for a type of several steps")
  void actionOfCommand() {
    assertEquals(List.of(), DOOR.selfCheck());
    assertEquals(Move.FIT, DOOR.actionOf(new Fit("oak")));
    assertEquals(Move.LOCK, DOOR.actionOf(new Lock("r1", "b")));
    assertEquals(Move.OPEN, DOOR.actionOf(new Swing(true)));
    assertEquals(Move.CLOSE, DOOR.actionOf(new Swing(false)));
    assertTrue(DOOR.triggeredBy(new Remove()));
  }

  @Test
  @DisplayName("GS-2 the step found for a command decides it with the decision the table names beside it")
  void decisionBesideTheStep() {
    Transition<Door, Move, String, DoorCommand> close = DOOR.permits(Door.OPEN, "oak door", Move.CLOSE, new Swing(false), ENGINEER).get();
    Step<Door> step = new Step<>("d-1", TOWER, ENGINEER, Instant.EPOCH, Optional.of(Door.OPEN), close.to(), close.clause(), null);
    assertEquals("oak door shut under KY-2.1", close.decision().decide("oak door", new Swing(false), step).state());
    Transition<Door, Move, String, DoorCommand> fit = DOOR.permitsOpening(Move.FIT, new Fit("oak"), ENGINEER).get();
    assertEquals("oak door", fit.decision().decide(null, new Fit("oak"), step).state());
  }

  @Test
  @DisplayName("GS-1 a guard without a clause enforces its step's, a guard with one its own: the rejection names the rule once stated")
  void guardsAreHandedTheirClause() {
    Rejection noBolt = DOOR.permits(Door.SHUT, "oak door", Move.LOCK, new Lock("r1", " "), ENGINEER).getLeft();
    assertEquals(new Refused("no bolt", Clause.of("KY-4.1")), noBolt);
    Rejection glass = DOOR.permitsOpening(Move.FIT, new Fit("glass"), ENGINEER).getLeft();
    assertEquals(new Refused("glass", Clause.of("KY-0.1")), glass, "the opening step is KY-2.1, the guard's own rule KY-0.1");
    assertEquals(Clause.of("KY-4.1"), DOOR.step(Optional.of(Door.SHUT), Move.LOCK).get().guards().get(0).clause());
  }

  @Test
  @DisplayName("GS-5 a rule that spans cases is declared in the table: the commands it binds hold its resources, sorted, and the diagram shows it")
  void holdingsAreDeclared() {
    assertEquals(List.of("ring:all", "ring:r1"), DOOR.exclusiveTo(new Lock("r1", "b")));
    assertEquals(List.of("ring:all", "ring:r2"), DOOR.exclusiveTo(new Unlock("r2")));
    assertEquals(List.of(), DOOR.exclusiveTo(new Swing(true)));
    String diagram = DOOR.mermaid(Messages.EN);
    assertTrue(diagram.lines().anyMatch(l -> l.contains("SHUT --> LOCKED") && l.contains("⊘ key-ring (KY-4.1)")), diagram);
    assertTrue(diagram.lines().noneMatch(l -> l.contains("SHUT --> OPEN") && l.contains("⊘")), diagram);
  }

  @Test
  @DisplayName("GS-2 the self-check refuses a command type of several steps without a choice, and an action two command types trigger")
  void selfCheckRefusesATableThatCannotDispatch() {
    assertEquals(List.of(new Defect(Defect.Kind.COMMAND_WITHOUT_CHOICE, "Swing -> [CLOSE, OPEN]")), door().build().selfCheck());
    assertNull(door().build().actionOf(new Swing(true)), "no step is guessed for a command the table cannot place");

    List<Defect> defects = door()
        .chooses(Swing.class, swing -> swing.open() ? Move.OPEN : Move.CLOSE)
        .step(Door.LOCKED, Move.REMOVE, Unlock.class, Door.GONE, ENGINEERS, "KY-0.1", (door, unlock, step) -> new Decision<>(door, List.of(), List.of()))
        .build().selfCheck();
    assertEquals(List.of(new Defect(Defect.Kind.ACTION_OF_TWO_COMMANDS, "REMOVE: Remove, Unlock"),
        new Defect(Defect.Kind.COMMAND_WITHOUT_CHOICE, "Unlock -> [UNLOCK, REMOVE]")), defects);
  }
}
