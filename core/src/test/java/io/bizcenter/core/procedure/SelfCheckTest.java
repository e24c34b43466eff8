package io.bizcenter.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Seat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GS-2: the self-check passes a sound declaration and names each kind of fault in a broken one. */
class SelfCheckTest {
  private static final Who ENGINEERS = Who.anyOf(Seat.in(Department.ENGINEERING));

  private static ProcedureDefinition.Builder<Door, Move, String, String> door() {
    return ProcedureDefinition.<Door, Move, String, String>declare("doors", Door.class, Move.class).chooses(String.class, Move::valueOf);
  }

  /** The sound door with every state reachable, used as the base that each broken variant changes once. */
  private static ProcedureDefinition.Builder<Door, Move, String, String> soundDoor() {
    return door()
        .opens(Move.FIT, String.class, Door.SHUT, ENGINEERS, "KY-0.1", Toy.openedNever())
        .step(Door.SHUT, Move.OPEN, String.class, Door.OPEN, ENGINEERS, "KY-2.1", Toy.judgedOnly())
        .step(Door.OPEN, Move.CLOSE, String.class, Door.SHUT, ENGINEERS, "KY-2.1", Toy.judgedOnly())
        .step(Door.SHUT, Move.LOCK, String.class, Door.LOCKED, ENGINEERS, "KY-4.1", Toy.judgedOnly())
        .step(Door.LOCKED, Move.UNLOCK, String.class, Door.SHUT, ENGINEERS, "KY-4.1", Toy.judgedOnly())
        .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, ENGINEERS, "KY-0.1", Toy.judgedOnly())
        .finals(Door.GONE);
  }

  @Test
  @DisplayName("GS-2 a sound declaration has no defects")
  void sound_declaration_passes() {
    assertEquals(List.of(), soundDoor().build().selfCheck());
    assertEquals(List.of(), ProcedureDefinitionTest.DOOR.selfCheck());
  }

  @Test
  @DisplayName("GS-2 two outcomes for one state and action are found")
  void two_outcomes() {
    List<Defect> defects = soundDoor().step(Door.SHUT, Move.OPEN, String.class, Door.LOCKED, ENGINEERS, "KY-2.1", Toy.judgedOnly()).build().selfCheck();
    assertEquals(List.of(new Defect(Defect.Kind.TWO_OUTCOMES, "SHUT --OPEN-->")), defects);
  }

  @Test
  @DisplayName("GS-2 a state no opening step leads to is found")
  void unreachable_state() {
    List<Defect> defects = door()
        .opens(Move.FIT, String.class, Door.SHUT, ENGINEERS, "KY-0.1", Toy.openedNever())
        .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, ENGINEERS, "KY-0.1", Toy.judgedOnly())
        .step(Door.OPEN, Move.CLOSE, String.class, Door.SHUT, ENGINEERS, "KY-2.1", Toy.judgedOnly())
        .step(Door.LOCKED, Move.UNLOCK, String.class, Door.SHUT, ENGINEERS, "KY-4.1", Toy.judgedOnly())
        .finals(Door.GONE)
        .build()
        .selfCheck();
    assertEquals(List.of(new Defect(Defect.Kind.UNREACHABLE, "OPEN"), new Defect(Defect.Kind.UNREACHABLE, "LOCKED")), defects);
  }

  @Test
  @DisplayName("GS-2 a non-final state without a way out is found")
  void dead_end() {
    List<Defect> defects = door()
        .opens(Move.FIT, String.class, Door.SHUT, ENGINEERS, "KY-0.1", Toy.openedNever())
        .step(Door.SHUT, Move.OPEN, String.class, Door.OPEN, ENGINEERS, "KY-2.1", Toy.judgedOnly())
        .step(Door.SHUT, Move.LOCK, String.class, Door.LOCKED, ENGINEERS, "KY-4.1", Toy.judgedOnly())
        .step(Door.LOCKED, Move.UNLOCK, String.class, Door.SHUT, ENGINEERS, "KY-4.1", Toy.judgedOnly())
        .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, ENGINEERS, "KY-0.1", Toy.judgedOnly())
        .finals(Door.GONE)
        .build()
        .selfCheck();
    assertEquals(List.of(new Defect(Defect.Kind.DEAD_END, "OPEN")), defects);
  }

  @Test
  @DisplayName("GS-2 a final state with a way out is found")
  void final_with_exit() {
    List<Defect> defects = soundDoor().finals(Door.LOCKED).build().selfCheck();
    assertEquals(List.of(new Defect(Defect.Kind.FINAL_WITH_EXIT, "LOCKED --UNLOCK-->")), defects);
  }

  @Test
  @DisplayName("GS-2 a procedure nothing opens is found (and then nothing is reachable)")
  void no_opening() {
    List<Defect> defects = door()
        .step(Door.SHUT, Move.OPEN, String.class, Door.OPEN, ENGINEERS, "KY-2.1", Toy.judgedOnly())
        .step(Door.OPEN, Move.CLOSE, String.class, Door.SHUT, ENGINEERS, "KY-2.1", Toy.judgedOnly())
        .step(Door.SHUT, Move.LOCK, String.class, Door.LOCKED, ENGINEERS, "KY-4.1", Toy.judgedOnly())
        .step(Door.LOCKED, Move.UNLOCK, String.class, Door.SHUT, ENGINEERS, "KY-4.1", Toy.judgedOnly())
        .step(Door.SHUT, Move.REMOVE, String.class, Door.GONE, ENGINEERS, "KY-0.1", Toy.judgedOnly())
        .finals(Door.GONE)
        .build()
        .selfCheck();
    assertEquals(new Defect(Defect.Kind.NO_OPENING, "doors"), defects.get(0));
    assertEquals(1 + Door.values().length, defects.size(), defects.toString());
  }

  @Test
  @DisplayName("GS-2 a step nobody may take is found")
  void nobody_may_act() {
    List<Defect> defects = soundDoor().step(Door.OPEN, Move.LOCK, String.class, Door.LOCKED, Who.anyOf(), "KY-4.1", Toy.judgedOnly()).build().selfCheck();
    assertEquals(List.of(new Defect(Defect.Kind.NOBODY_MAY_ACT, "OPEN --LOCK-->")), defects);
  }
}
