package io.bizcenter.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.SamePerson;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.port.AuditEntry;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GS-5, separation of duties as data: a step declares the earlier steps of its case it checks, and whoever took one of them
 * (read off the case's trail) may neither take it nor be offered it; the diagram and the self-check show it.
 */
class SeparationOfDutiesTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final Who ENGINEERS = Who.anyOf(Seat.in(Department.ENGINEERING));
  /** A lock is checked by someone other than whoever locked it. */
  private static final ProcedureDefinition<Door, Move, String, String> DOOR = ProcedureDefinition.<Door, Move, String, String>declare("doors",
          Door.class, Move.class).chooses(String.class, Move::valueOf)
      .opens(Move.FIT, String.class, Door.SHUT, ENGINEERS, "KY-0.1", Toy.openedNever())
      .step(Door.SHUT, Move.OPEN, String.class, Door.OPEN, ENGINEERS, "KY-2.1", Toy.judgedOnly())
      .step(Door.OPEN, Move.CLOSE, String.class, Door.SHUT, ENGINEERS, "KY-2.1", Toy.judgedOnly())
      .step(Door.SHUT, Move.LOCK, String.class, Door.LOCKED, ENGINEERS, "KY-4.1", Toy.judgedOnly())
      .step(Door.LOCKED, Move.UNLOCK, String.class, Door.SHUT, ENGINEERS, "KY-4.1", Toy.judgedOnly())
      .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, ENGINEERS, "KY-0.1", Toy.judgedOnly())
      .separate(Move.UNLOCK, "KY-4.1", Move.LOCK, Move.FIT)
      .finals(Door.GONE)
      .build();
  private static final Actor LOCKER = Actor.of("en-1", Role.STAFF, Department.ENGINEERING, TOWER);
  private static final Actor OTHER = Actor.of("en-2", Role.STAFF, Department.ENGINEERING, TOWER);

  private static AuditEntry took(Actor actor, Move action) {
    return new AuditEntry(TOWER, "doors", "D-1", 1, CommandId.of("c-" + action), actor.staff(), actor.role(), actor.department(), Instant.EPOCH,
        action.name(), Clause.of("KY-4.1"), PolicyVersion.of("p"), Optional.empty(), Door.SHUT.name(), List.of(), List.of());
  }

  @Test
  @DisplayName("GS-5 KY-4.1: whoever locked may not unlock, in whatever seat, with the separation's clause; someone else may; nothing else is kept apart")
  void whoeverTookTheEarlierStepIsRefused() {
    List<AuditEntry> trail = List.of(took(OTHER, Move.FIT), took(LOCKER, Move.LOCK));
    Actor lockerAsManager = Actor.of("en-1", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);

    assertEquals(Either.left(new SamePerson("doors", Move.UNLOCK, Move.LOCK, Clause.of("KY-4.1"))),
        DOOR.permits(Door.LOCKED, "door", Move.UNLOCK, "unlock", lockerAsManager, () -> trail).map(Transition::action));
    assertEquals(Either.left(new SamePerson("doors", Move.UNLOCK, Move.FIT, Clause.of("KY-4.1"))),
        DOOR.permits(Door.LOCKED, "door", Move.UNLOCK, "unlock", OTHER, () -> trail).map(Transition::action), "fitting is kept apart too");
    assertEquals(Either.right(Move.UNLOCK), DOOR.permits(Door.LOCKED, "door", Move.UNLOCK, "unlock",
        Actor.of("en-3", Role.STAFF, Department.ENGINEERING, TOWER), () -> trail).map(Transition::action));
    assertEquals(Either.right(Move.REMOVE), DOOR.permits(Door.SHUT, "door", Move.REMOVE, "remove", LOCKER, () -> {
      throw new AssertionError("the trail is read only for a step that declares a separation");
    }).map(Transition::action));
    assertEquals(Option.none(), DOOR.separated(DOOR.step(Optional.of(Door.SHUT), Move.REMOVE).get(), trail, LOCKER));
  }

  @Test
  @DisplayName("GS-3 GS-5: the step is not offered to whoever took the earlier step, and still offered to others")
  void notOfferedToTheSamePerson() {
    List<AuditEntry> trail = List.of(took(OTHER, Move.FIT), took(LOCKER, Move.LOCK));

    assertEquals(List.of(), DOOR.availableActions(Door.LOCKED, "door", LOCKER, () -> trail));
    assertEquals(List.of(Move.UNLOCK), DOOR.availableActions(Door.LOCKED, "door", Actor.of("en-3", Role.STAFF, Department.ENGINEERING, TOWER),
        () -> trail));
  }

  @Test
  @DisplayName("GS-1 GS-2: the separation is on every step of its action, drawn on the diagram, and a separation of an undeclared step is a defect")
  void declaredDrawnAndChecked() {
    assertTrue(DOOR.transitions().stream().filter(t -> t.action() == Move.UNLOCK).allMatch(t -> t.separation().isPresent()));
    assertEquals(new Separation<>(List.of(Move.LOCK, Move.FIT), Clause.of("KY-4.1")), DOOR.separations().get(Move.UNLOCK));
    assertTrue(DOOR.mermaid(Messages.EN).contains("  LOCKED --> SHUT : unlock (KY-4.1) ≠ lock, fit the door (KY-4.1)\n"), DOOR.mermaid(Messages.EN));
    assertEquals(List.of(), DOOR.selfCheck());

    List<Defect> defects = ProcedureDefinition.<Door, Move, String, String>declare("doors", Door.class, Move.class).chooses(String.class, Move::valueOf)
        .opens(Move.FIT, String.class, Door.SHUT, ENGINEERS, "KY-0.1", Toy.openedNever())
        .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, ENGINEERS, "KY-0.1", Toy.judgedOnly())
        .separate(Move.REMOVE, "KY-0.1", Move.LOCK)
        .separate(Move.FIT, "KY-0.1", Move.FIT)
        .finals(Door.GONE)
        .build()
        .selfCheck().stream().filter(d -> d.kind() == Defect.Kind.SEPARATION_WITHOUT_STEP).toList();
    assertEquals(List.of(new Defect(Defect.Kind.SEPARATION_WITHOUT_STEP, "REMOVE apart from [LOCK]"),
        new Defect(Defect.Kind.SEPARATION_WITHOUT_STEP, "FIT apart from [FIT]")), defects);
  }
}
