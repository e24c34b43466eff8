package io.bizcenter.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two small extensions of the mechanism, on the toy door procedure: an opening step may have guards (they see the
 * command, and no case), and a guard that looks at the case alone is judged when a screen asks what may be done now.
 */
class GuardedOpeningsAndCaseGuardsTest {
  private static final CenterId TOWER = CenterId.of("tower");
  private static final Actor ENGINEER = Actor.of("e-1", Role.STAFF, Department.ENGINEERING, TOWER);
  private static final Actor SUPERVISOR = Actor.of("s-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);

  /** What the opening guard saw, to show it is handed no case. */
  private final List<String> seenCases = new ArrayList<>();

  /** "fire doors are fitted by the engineers, never a glass one", judged on the command alone */
  private final Guard<String, String> noGlassDoors = Guard.of("no glass doors", "KY-0.1", (door, command, rule) -> {
    seenCases.add(door);
    return command.equals("glass") ? Option.some(new Refused("KY-0.1")) : Option.none();
  });

  /** "an old door is not locked", judged on the case alone */
  private static final Guard<String, String> NOT_AN_OLD_DOOR = Guard.onCase("not an old door", "KY-4.1", (door, actor, rule) -> door.startsWith("old") ? Option.some(new Refused("KY-4.1")) : Option.none());

  private final ProcedureDefinition<Door, Move, String, String> doors = ProcedureDefinition.<Door, Move, String, String>declare("doors", Door.class, Move.class).chooses(String.class, Move::valueOf)
      .opens(Move.FIT, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.ENGINEERING)), "KY-0.1", Toy.openedNever(), noGlassDoors)
      .step(Door.SHUT, Move.OPEN, String.class, Door.OPEN, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-2.1", Toy.judgedOnly())
      .step(Door.OPEN, Move.CLOSE, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-2.1", Toy.judgedOnly())
      .step(Door.SHUT, Move.LOCK, String.class, Door.LOCKED, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-4.1", Toy.judgedOnly(), NOT_AN_OLD_DOOR)
      .step(Door.LOCKED, Move.UNLOCK, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-4.1", Toy.judgedOnly())
      .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, Who.anyOf(Seat.in(Department.ENGINEERING)), "KY-0.1", Toy.judgedOnly())
      .finals(Door.GONE)
      .build();

  record Refused(String rule) implements Rejection.RuleBroken {
    public String code() {
      return "REFUSED";
    }

    public Clause clause() {
      return Clause.of(rule);
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  @Test
  @DisplayName("GS-2 an opening step's guards judge the command, see no case, and come after the check of who may open")
  void openingGuards() {
    assertTrue(doors.permitsOpening(Move.FIT, "oak", ENGINEER).isRight());
    assertInstanceOf(Refused.class, doors.permitsOpening(Move.FIT, "glass", ENGINEER).getLeft());
    assertEquals(2, seenCases.size());
    assertNull(seenCases.get(0), "an opening guard is handed no case");

    assertInstanceOf(Rejection.ActorNotPermitted.class, doors.permitsOpening(Move.FIT, "glass", SUPERVISOR).getLeft());
    assertEquals(2, seenCases.size(), "the guard is not asked when the actor may not open");
    assertEquals(List.of(), doors.selfCheck());
  }

  @Test
  @DisplayName("GS-3 a guard on the case alone is judged by availableActions; command guards are not, since there is no command yet")
  void caseGuardsAreJudgedForTheScreen() {
    assertEquals(List.of(Move.OPEN, Move.LOCK), doors.availableActions(Door.SHUT, "new door", SUPERVISOR));
    assertEquals(List.of(Move.OPEN), doors.availableActions(Door.SHUT, "old door", SUPERVISOR));
    assertEquals(List.of(Move.OPEN, Move.LOCK), doors.availableActions(Door.SHUT, SUPERVISOR), "without the case, as before");
    assertEquals(List.of(Move.REMOVE), doors.availableActions(Door.SHUT, "old door", ENGINEER));
    assertInstanceOf(Refused.class, doors.permits(Door.SHUT, "old door", Move.LOCK, "any", SUPERVISOR).getLeft());
    assertFalse(NOT_AN_OLD_DOOR.readsCommand());
    assertTrue(noGlassDoors.readsCommand());
  }
}
