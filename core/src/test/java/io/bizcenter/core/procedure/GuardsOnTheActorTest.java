package io.bizcenter.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CaseId;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TimeLimit;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The mechanism's guards that look at who acts, on a toy sign-off sheet: a turn (the seat of the step due moves with
 * the case), a guard on the case and the actor (nobody signs twice), and one on the command and the actor. Legality,
 * available actions and the agenda all follow them (CS-3.1 is the rule that needs them).
 */
class GuardsOnTheActorTest {
  private static final CenterId TOWER = CenterId.of("tower");
  private static final Seat ENGINEERING = Seat.of(Department.ENGINEERING, Role.DEPARTMENT_MANAGER);
  private static final Seat SUPERVISOR = Seat.of(Department.BUSINESS_CENTER, Role.CUSTOMER_SERVICE_SUPERVISOR);
  /** The sheet is signed by Engineering's manager, then the business center's supervisor. */
  private static final List<Seat> CHAIN = List.of(ENGINEERING, SUPERVISOR);
  private static final Actor ENGINEER = Actor.of("e-1", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);
  private static final Actor SUPERVISING = Actor.of("s-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  /** The engineer again, now sitting as supervisor: the seat is due, but the person signed already. */
  private static final Actor ENGINEER_AS_SUPERVISOR = Actor.of("e-1", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, TOWER);
  private static final Actor CLEANER = Actor.of("c-1", Role.CLEANER, Department.BUSINESS_CENTER, TOWER);

  /** A sheet on a door: who has signed it so far. */
  record Sheet(Door state, List<String> signers) implements Case<Door, Sheet> {
    public CaseId id() {
      return () -> "sheet-1";
    }

    public CenterId center() {
      return TOWER;
    }

    public long version() {
      return signers.size() + 1;
    }

    public Instant stateEnteredAt() {
      return Instant.parse("2026-03-02T01:00:00Z");
    }

    public PolicyVersion policy() {
      return PolicyVersion.of("test");
    }

    public Sheet advancedTo(Door to, Instant at, PolicyVersion policy) {
      return new Sheet(to, signers);
    }

    Optional<Seat> due() {
      return signers.size() < CHAIN.size() ? Optional.of(CHAIN.get(signers.size())) : Optional.empty();
    }
  }

  record NotYourTurn(Role role) implements Rejection.RuleBroken {
    public String code() {
      return "NOT_YOUR_TURN";
    }

    public Clause clause() {
      return Clause.of("CS-3.1");
    }

    public List<Object> arguments() {
      return List.of(role);
    }
  }

  record SignedTwice(String staff) implements Rejection.RuleBroken {
    public String code() {
      return "SIGNED_TWICE";
    }

    public Clause clause() {
      return Clause.of("CS-3.1");
    }

    public List<Object> arguments() {
      return List.of(staff);
    }
  }

  private static final Who ANYONE = Who.anyOf(new Seat(Optional.empty(), Optional.empty()));

  /** LOCK is the signature (taken in turns, nobody twice); UNLOCK names in its command whose lock it undoes. */
  private static final ProcedureDefinition<Door, Move, Sheet, String> SIGN_OFF = ProcedureDefinition.<Door, Move, Sheet, String>declare("sign-offs", Door.class, Move.class).chooses(String.class, Move::valueOf)
      .opens(Move.FIT, String.class, Door.SHUT, Who.anyOf(ENGINEERING), "CS-1.1", Toy.openedNever())
      .step(Door.SHUT, Move.LOCK, String.class, Door.SHUT, ANYONE, "CS-3.1", Toy.judgedOnly(), Guard.turn("the seat due signs", "CS-3.1", sheet -> new Who(sheet.due().stream().toList()), (sheet, actor, rule) -> new NotYourTurn(actor.role())), Guard.onCase("nobody signs twice", "CS-3.1", (sheet, actor, rule) ->
              sheet.signers().contains(actor.staff().value()) ? Option.some(new SignedTwice(actor.staff().value())) : Option.none()))
      .step(Door.SHUT, Move.UNLOCK, String.class, Door.OPEN, ANYONE, "CS-3.1", Toy.judgedOnly(), Guard.withActor("only one's own lock", "CS-3.1", (sheet, command, actor, rule) ->
              command.equals(actor.staff().value()) ? Option.none() : Option.some(new SignedTwice(command))))
      .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, Who.anyOf(ENGINEERING), "CS-4.1", Toy.judgedOnly())
      .step(Door.OPEN, Move.CLOSE, String.class, Door.SHUT, ANYONE, "CS-3.1", Toy.judgedOnly())
      .step(Door.OPEN, Move.LOCK, String.class, Door.LOCKED, ANYONE, "CS-3.1", Toy.judgedOnly())
      .step(Door.LOCKED, Move.OPEN, String.class, Door.OPEN, ANYONE, "CS-3.1", Toy.judgedOnly())
      .finals(Door.GONE)
      .build();

  private static Sheet signedBy(String... staff) {
    return new Sheet(Door.SHUT, List.of(staff));
  }

  @Test
  @DisplayName("GS-2 a declaration with guards on the actor still passes its self-check")
  void selfCheck() {
    assertEquals(List.of(), SIGN_OFF.selfCheck());
  }

  @Test
  @DisplayName("CS-3.1 a turn admits only the seat the case says is due, and answers its own rejection to anyone else")
  void aTurnFollowsTheCase() {
    assertEquals(Door.SHUT, SIGN_OFF.permits(Door.SHUT, signedBy(), Move.LOCK, "", ENGINEER).get().to());
    assertEquals("NOT_YOUR_TURN", SIGN_OFF.permits(Door.SHUT, signedBy(), Move.LOCK, "", SUPERVISING).getLeft().code());

    assertEquals(Door.SHUT, SIGN_OFF.permits(Door.SHUT, signedBy("e-1"), Move.LOCK, "", SUPERVISING).get().to());
    Rejection early = SIGN_OFF.permits(Door.SHUT, signedBy("e-1"), Move.LOCK, "", ENGINEER).getLeft();
    assertEquals(new NotYourTurn(Role.DEPARTMENT_MANAGER), early);
    assertInstanceOf(NotYourTurn.class, SIGN_OFF.permits(Door.SHUT, signedBy("e-1", "s-1"), Move.LOCK, "", SUPERVISING).getLeft(),
        "once the chain is done, nobody's turn");
  }

  @Test
  @DisplayName("CS-3.1 a guard on the case and the actor sees the person: the engineer may not sign again from the supervisor's seat")
  void aGuardSeesThePerson() {
    assertEquals(new SignedTwice("e-1"), SIGN_OFF.permits(Door.SHUT, signedBy("e-1"), Move.LOCK, "", ENGINEER_AS_SUPERVISOR).getLeft());
    assertEquals(new SignedTwice("e-2"), SIGN_OFF.permits(Door.SHUT, signedBy(), Move.UNLOCK, "e-2", ENGINEER).getLeft(),
        "a guard on the command and the actor");
    assertEquals(Door.OPEN, SIGN_OFF.permits(Door.SHUT, signedBy(), Move.UNLOCK, "e-1", ENGINEER).get().to());
  }

  @Test
  @DisplayName("GS-3 available actions on a case leave out what a turn or a guard on the actor refuses, and keep steps whose guards read a command")
  void availableActionsFollowTheTurns() {
    assertEquals(List.of(Move.LOCK, Move.UNLOCK, Move.REMOVE), SIGN_OFF.availableActions(Door.SHUT, signedBy(), ENGINEER));
    assertEquals(List.of(Move.UNLOCK), SIGN_OFF.availableActions(Door.SHUT, signedBy(), SUPERVISING));
    assertEquals(List.of(Move.LOCK, Move.UNLOCK), SIGN_OFF.availableActions(Door.SHUT, signedBy("e-1"), SUPERVISING));
    assertEquals(List.of(Move.UNLOCK), SIGN_OFF.availableActions(Door.SHUT, signedBy("e-1"), ENGINEER_AS_SUPERVISOR));
    // without the case, only the seats are judged: what a screen asked before
    assertEquals(List.of(Move.LOCK, Move.UNLOCK), SIGN_OFF.availableActions(Door.SHUT, SUPERVISING));
  }

  @Test
  @DisplayName("GS-3 on every sheet and for every actor, a step needing no command is available exactly when it is permitted")
  void availableActionsAgreeWithPermits() {
    List<Sheet> sheets = List.of(signedBy(), signedBy("e-1"), signedBy("e-1", "s-1"), signedBy("s-1"));
    for (Sheet sheet : sheets) {
      for (Actor actor : List.of(ENGINEER, SUPERVISING, ENGINEER_AS_SUPERVISOR, CLEANER)) {
        for (Move move : List.of(Move.LOCK, Move.REMOVE, Move.CLOSE)) {
          boolean permitted = SIGN_OFF.permits(Door.SHUT, sheet, move, "", actor).isRight();
          assertEquals(permitted, SIGN_OFF.availableActions(Door.SHUT, sheet, actor).contains(move), sheet + " " + move + " " + actor);
        }
      }
    }
  }

  @Test
  @DisplayName("GS-7 the agenda owes a step taken in turns to the seat due only; other steps to their declared seats")
  void theAgendaOwesTheTurnToTheSeatDue() {
    DeclaredDuties<Door, Move, Sheet> duties = new DeclaredDuties<>(SIGN_OFF, (center, state) -> TimeLimit.ofDays(1));

    assertEquals(List.of(ENGINEERING), seatsOwing(duties.owed(signedBy(), ZoneOffset.UTC), Move.LOCK));
    assertEquals(List.of(SUPERVISOR), seatsOwing(duties.owed(signedBy("e-1"), ZoneOffset.UTC), Move.LOCK));
    assertEquals(List.of(), seatsOwing(duties.owed(signedBy("e-1", "s-1"), ZoneOffset.UTC), Move.LOCK));
    assertEquals(List.of(ENGINEERING), seatsOwing(duties.owed(signedBy("e-1", "s-1"), ZoneOffset.UTC), Move.REMOVE));
  }

  @Test
  @DisplayName("GS-3 for a declaration without guards on the actor, available actions on a case are those of its state")
  void withoutSuchGuardsNothingChanges() {
    for (Door state : Door.values()) {
      for (Actor actor : List.of(ENGINEER, SUPERVISING, CLEANER)) {
        assertEquals(ProcedureDefinitionTest.DOOR.availableActions(state, actor), ProcedureDefinitionTest.DOOR.availableActions(state, "door", actor));
      }
    }
  }

  private static List<Seat> seatsOwing(List<AgendaItem> items, Move move) {
    List<Seat> seats = new ArrayList<>();
    items.stream().filter(i -> i.actions().contains(move.name())).forEach(i -> seats.add(i.seat()));
    return seats;
  }
}
