package io.bizcenter.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The mechanism on a toy procedure: legality, who may act, guards, available actions and the diagram. */
class ProcedureDefinitionTest {
  private static final CenterId TOWER = CenterId.of("tower");
  private static final Actor CLEANER = Actor.of("c-1", Role.CLEANER, Department.BUSINESS_CENTER, TOWER);
  private static final Actor SUPERVISOR = Actor.of("s-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  private static final Actor ENGINEER = Actor.of("e-1", Role.STAFF, Department.ENGINEERING, TOWER);

  /** A locked door stays locked for a cleaner: only the supervisor unlocks; nobody locks an open door. */
  private static final Guard<String, String> NOT_AT_NIGHT = Guard.of("not at night", "KY-4.1",
      (door, command, rule) -> command.equals("night") ? Option.some(new NightRule()) : Option.none());

  static final ProcedureDefinition<Door, Move, String, String> DOOR = ProcedureDefinition.<Door, Move, String, String>declare("doors", Door.class, Move.class).chooses(String.class, Move::valueOf)
      .opens(Move.FIT, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.ENGINEERING)), "KY-0.1", Toy.openedNever())
      .step(Door.SHUT, Move.OPEN, String.class, Door.OPEN, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-2.1", Toy.judgedOnly(), NOT_AT_NIGHT)
      .step(Door.OPEN, Move.CLOSE, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-2.1", Toy.judgedOnly())
      .step(Door.SHUT, Move.LOCK, String.class, Door.LOCKED, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-4.1", Toy.judgedOnly())
      .step(Door.LOCKED, Move.UNLOCK, String.class, Door.SHUT, Who.anyOf(Seat.of(Department.BUSINESS_CENTER, Role.CUSTOMER_SERVICE_SUPERVISOR)), "KY-4.1", Toy.judgedOnly())
      .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, Who.anyOf(Seat.in(Department.ENGINEERING)), "KY-0.1", Toy.judgedOnly())
      .finals(Door.GONE)
      .build();

  record NightRule() implements Rejection.RuleBroken {
    public String code() {
      return "NIGHT";
    }

    public Clause clause() {
      return Clause.of("KY-4.1");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  @Test
  @DisplayName("GS-2 a step the declaration lacks is refused, naming the state, the action and the state's clause")
  void undeclared_step_names_state_and_action() {
    Rejection r = DOOR.check(Door.OPEN, Move.LOCK, CLEANER).getLeft();
    Rejection.ActionNotAllowed notAllowed = assertInstanceOf(Rejection.ActionNotAllowed.class, r);
    assertEquals(Door.OPEN, notAllowed.state());
    assertEquals(Move.LOCK, notAllowed.action());
    assertEquals("doors", notAllowed.procedure());
    assertEquals(Clause.of("KY-2.1"), notAllowed.clause(), "the clause of the step that led into OPEN");
    assertEquals("案件处于“开着”状态，不能进行“锁门”。", r.message(Messages.ZH_CN));
    assertEquals("The step \"lock\" cannot be taken while the case is \"open\".", r.message(Messages.EN));
  }

  @Test
  @DisplayName("GS-5 a declared step from the wrong seat is refused with the step's clause, role and department")
  void wrong_seat_is_refused_with_the_steps_clause() {
    Rejection r = DOOR.check(Door.LOCKED, Move.UNLOCK, CLEANER).getLeft();
    Rejection.ActorNotPermitted refused = assertInstanceOf(Rejection.ActorNotPermitted.class, r);
    assertEquals(Clause.of("KY-4.1"), refused.clause());
    assertEquals(Role.CLEANER, refused.role());
    assertEquals(Department.BUSINESS_CENTER, refused.department());
    assertEquals(Door.SHUT, DOOR.check(Door.LOCKED, Move.UNLOCK, SUPERVISOR).get().to());
  }

  @Test
  @DisplayName("GS-5 the same command from the same role gets the same answer, whoever the person is")
  void rules_bind_roles_not_people() {
    Actor anotherCleaner = Actor.of("c-2", Role.CLEANER, Department.BUSINESS_CENTER, CenterId.of("elsewhere"));
    assertEquals(DOOR.check(Door.LOCKED, Move.UNLOCK, CLEANER), DOOR.check(Door.LOCKED, Move.UNLOCK, anotherCleaner));
  }

  @Test
  @DisplayName("a guard that objects answers its own rejection; without objection the step is permitted")
  void guards_decide_after_state_and_seat() {
    assertEquals("NIGHT", DOOR.permits(Door.SHUT, "door", Move.OPEN, "night", CLEANER).getLeft().code());
    assertEquals(Door.OPEN, DOOR.permits(Door.SHUT, "door", Move.OPEN, "day", CLEANER).get().to());
    // the seat is judged before the guard: an engineer hears about the seat, not the night
    assertInstanceOf(Rejection.ActorNotPermitted.class, DOOR.permits(Door.SHUT, "door", Move.OPEN, "night", ENGINEER).getLeft());
  }

  @Test
  @DisplayName("GS-3 available actions are what the actor's seat may do from the state, in declared order")
  void available_actions_follow_the_declaration() {
    assertEquals(List.of(Move.OPEN, Move.LOCK), DOOR.availableActions(Door.SHUT, CLEANER));
    assertEquals(List.of(Move.REMOVE), DOOR.availableActions(Door.SHUT, ENGINEER));
    assertEquals(List.of(), DOOR.availableActions(Door.LOCKED, CLEANER));
    assertEquals(List.of(Move.UNLOCK), DOOR.availableActions(Door.LOCKED, SUPERVISOR));
    assertEquals(List.of(), DOOR.availableActions(Door.GONE, SUPERVISOR));
    assertEquals(List.of(Move.FIT), DOOR.openingActions(ENGINEER));
    assertEquals(List.of(), DOOR.openingActions(CLEANER));
  }

  @Test
  @DisplayName("GS-3 available actions agree with the legality check for every state, action and seat")
  void available_actions_agree_with_check() {
    for (Actor actor : List.of(CLEANER, SUPERVISOR, ENGINEER)) {
      for (Door state : Door.values()) {
        for (Move move : Move.values()) {
          boolean allowed = DOOR.check(state, move, actor).isRight();
          assertEquals(allowed, DOOR.availableActions(state, actor).contains(move), state + " " + move + " " + actor.role());
        }
      }
    }
  }

  @Test
  @DisplayName("the diagram shows every state with its label, every step with its clause, and the final states")
  void mermaid_draws_the_declaration() {
    String zh = DOOR.mermaid(Messages.ZH_CN);
    assertTrue(zh.startsWith("stateDiagram-v2\n"));
    assertTrue(zh.contains("  [*] --> SHUT : 装门 (KY-0.1)\n"), zh);
    assertTrue(zh.contains("  LOCKED --> SHUT : 开锁 (KY-4.1)\n"), zh);
    assertTrue(zh.contains("  GONE --> [*]\n"), zh);
    assertTrue(zh.contains("  OPEN : 开着\n"), zh);
    assertTrue(DOOR.mermaid(Messages.EN).contains("  SHUT --> OPEN : open (KY-2.1)\n"));
    assertEquals(DOOR.transitions().size() + Door.values().length + 2, zh.lines().count(), "one line per state, step and final, plus the header");
  }
}
