package io.bizcenter.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CaseId;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.kernel.TimeLimit;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GS-7: the agenda owes the steps a seat could take now, not every step the state has. */
class DeclaredDutiesTest {
  private static final CenterId TOWER = CenterId.of("tower");
  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

  /** A toy door case: whether it is an old door decides whether it may be locked. */
  record ToyDoor(CaseId id, CenterId center, long version, Door state, Instant stateEnteredAt, PolicyVersion policy, boolean old)
      implements Case<Door, ToyDoor> {
    public ToyDoor advancedTo(Door to, Instant at, PolicyVersion policy) {
      return new ToyDoor(id, center, version + 1, to, at, policy, old);
    }
  }

  record OnlyOldDoors() implements Rejection.RuleBroken {
    public String code() {
      return "ONLY_OLD_DOORS";
    }

    public Clause clause() {
      return Clause.of("KY-4.1");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  private static final ProcedureDefinition<Door, Move, ToyDoor, String> DOORS =
      ProcedureDefinition.<Door, Move, ToyDoor, String>declare("doors", Door.class, Move.class).chooses(String.class, Move::valueOf)
          .opens(Move.FIT, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.ENGINEERING)), "KY-0.1", Toy.openedNever())
          .step(Door.SHUT, Move.OPEN, String.class, Door.OPEN, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-2.1", Toy.judgedOnly())
          .step(Door.OPEN, Move.CLOSE, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.BUSINESS_CENTER)), "KY-2.1", Toy.judgedOnly())
          .step(Door.SHUT, Move.LOCK, String.class, Door.LOCKED, Who.anyOf(Seat.in(Department.SECURITY)), "KY-4.1", Toy.judgedOnly(), Guard.onCase("only old doors are locked", "KY-4.1", (door, actor, rule) -> door.old() ? Option.none() : Option.some(new OnlyOldDoors())))
          .step(Door.LOCKED, Move.UNLOCK, String.class, Door.SHUT, Who.anyOf(Seat.in(Department.SECURITY)), "KY-4.1", Toy.judgedOnly())
          .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, Who.anyOf(Seat.in(Department.ENGINEERING)), "KY-0.1", Toy.judgedOnly(), Guard.of("a reason is given", "KY-0.1", (door, command, rule) -> Option.none()))
          .finals(Door.GONE)
          .build();

  private static final DeclaredDuties<Door, Move, ToyDoor> DUTIES = new DeclaredDuties<>(DOORS, (center, state) -> TimeLimit.ofHours(4));

  private static List<String> owedBy(ToyDoor door, Department department) {
    return DUTIES.owed(door, ZoneId.of("Asia/Shanghai")).stream()
        .filter(i -> i.seat().department().orElseThrow() == department)
        .flatMap(i -> i.actions().stream())
        .toList();
  }

  private static ToyDoor door(boolean old) {
    return new ToyDoor(() -> "d-1", TOWER, 1, Door.SHUT, AT, PolicyVersion.of("p"), old);
  }

  @Test
  @DisplayName("GS-7 a step whose case-only guard refuses is not owed: a new door owes no locking to Security")
  void caseOnlyGuardsDecideWhatIsOwed() {
    assertEquals(List.of(), owedBy(door(false), Department.SECURITY));
    assertEquals(List.of("LOCK"), owedBy(door(true), Department.SECURITY));
  }

  @Test
  @DisplayName("GS-7 a guard that reads a command cannot be judged yet, so its step stays owed; due after the policy's time")
  void commandGuardsLeaveTheStepOwed() {
    assertEquals(List.of("REMOVE"), owedBy(door(false), Department.ENGINEERING));
    assertEquals(List.of("OPEN"), owedBy(door(false), Department.BUSINESS_CENTER));
    AgendaItem item = DUTIES.owed(door(false), ZoneId.of("Asia/Shanghai")).get(0);
    assertEquals(AT, item.availableFrom());
    assertEquals(AT.plusSeconds(4 * 3600), item.dueAt());
  }
}
