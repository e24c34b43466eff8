package io.bizcenter.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The two small extensions the service procedure needed, on the toy door: a step that opens a case may have guards
 * (given no case), and a guard may look at who acts (the applicant's own manager, SV-2.5).
 */
class GuardedOpeningsAndActorsTest {
  private static final CenterId TOWER = CenterId.of("tower");
  private static final Actor ENGINEER = Actor.of("e-1", Role.STAFF, Department.ENGINEERING, TOWER);
  private static final Actor ENGINEERING_MANAGER = Actor.of("e-9", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);
  private static final Actor SECURITY_MANAGER = Actor.of("s-9", Role.DEPARTMENT_MANAGER, Department.SECURITY, TOWER);

  private static final Guard<String, String> NOT_AT_NIGHT = Guard.of("not at night", "KY-4.1",
      (door, command, rule) -> command.equals("night") ? Option.some(new ProcedureDefinitionTest.NightRule()) : Option.none());
  /** The door's owner is its case (a department name); only that department's manager removes it. */
  private static final Guard<String, String> OWNERS_MANAGER = Guard.withActor("the owner's manager", "KY-4.1",
      (door, command, actor, rule) -> actor != null && actor.department().name().equals(door) ? Option.none()
          : Option.some(new ProcedureDefinitionTest.NightRule()));

  private static final ProcedureDefinition<Door, Move, String, String> DOOR =
      ProcedureDefinition.<Door, Move, String, String>declare("doors", Door.class, Move.class).chooses(String.class, Move::valueOf)
          .opens(Move.FIT, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.ENGINEERING)), "KY-0.1", Toy.openedNever(), NOT_AT_NIGHT)
          .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, Who.anyOf(Seat.as(Role.DEPARTMENT_MANAGER)), "KY-0.1", Toy.judgedOnly(), OWNERS_MANAGER)
          .finals(Door.GONE)
          .build();

  @Test
  @DisplayName("GS-2 an opening step's guard is asked with no case, after the seat check, and its rejection answers")
  void openingGuards() {
    assertTrue(DOOR.permitsOpening(Move.FIT, "day", ENGINEER).isRight());
    assertInstanceOf(ProcedureDefinitionTest.NightRule.class, DOOR.permitsOpening(Move.FIT, "night", ENGINEER).getLeft());
    Rejection wrongSeat = DOOR.permitsOpening(Move.FIT, "night", SECURITY_MANAGER).getLeft();
    assertInstanceOf(Rejection.ActorNotPermitted.class, wrongSeat, "who may act is checked before the guards");
    assertTrue(DOOR.checkOpening(Move.FIT, ENGINEER).isRight(), "checkOpening alone still ignores guards");
  }

  @Test
  @DisplayName("GS-5 a guard that looks at the actor binds a department, never a named person")
  void actorGuards() {
    assertTrue(DOOR.permits(Door.SHUT, "ENGINEERING", Move.REMOVE, "day", ENGINEERING_MANAGER).isRight());
    assertInstanceOf(ProcedureDefinitionTest.NightRule.class,
        DOOR.permits(Door.SHUT, "ENGINEERING", Move.REMOVE, "day", SECURITY_MANAGER).getLeft());
    Transition<Door, Move, String, String> remove = DOOR.step(java.util.Optional.of(Door.SHUT), Move.REMOVE).get();
    assertTrue(DOOR.guarded(remove, "ENGINEERING", "day", SECURITY_MANAGER).isLeft(), "the step's guards, asked directly");
    assertEquals(1, remove.guards().size());
  }
}
