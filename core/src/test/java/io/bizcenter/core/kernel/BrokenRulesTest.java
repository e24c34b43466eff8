package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A broken rule is declared once: its record holds its data, and its code and message arguments are read off it (the
 * family's clause prefix and the record's name; its components but the clause).
 */
class BrokenRulesTest {
  @RuleFamily("KY")
  sealed interface Doors extends Rejection.RuleBroken {}

  record MasterKeyCountReached(int allowed, Clause clause) implements Doors {}

  /** A record of a family that serves two procedures names its own. */
  @RuleFamily("MO")
  record KeysStillHeld(List<String> keys, String tenant, Clause clause) implements Doors {}

  /** A record that shows its data otherwise keeps its own arguments. */
  record NotAUnit(RoomId room, Clause clause) implements Doors {
    @Override
    public List<Object> arguments() {
      return List.of(room.value());
    }
  }

  record Orphan(Clause clause) implements Rejection.RuleBroken {}

  @Test
  @DisplayName("GS-1 a rejection's code is its family's prefix and its own name in capitals, its arguments its data but the clause")
  void readOffTheRecord() {
    MasterKeyCountReached reached = new MasterKeyCountReached(3, Clause.of("KY-1.4"));
    assertEquals("KY_MASTER_KEY_COUNT_REACHED", reached.code());
    assertEquals(List.of(3), reached.arguments());
    KeysStillHeld held = new KeysStillHeld(List.of("K-1"), "T-1", Clause.of("MO-3.3"));
    assertEquals("MO_KEYS_STILL_HELD", held.code());
    assertEquals(List.of(List.of("K-1"), "T-1"), held.arguments());
    NotAUnit notAUnit = new NotAUnit(RoomId.of("1203"), Clause.of("KY-2.1"));
    assertEquals("KY_NOT_A_UNIT", notAUnit.code(), "an 'A' between words is a word of its own");
    assertEquals(List.of("1203"), notAUnit.arguments());
  }

  @Test
  @DisplayName("GS-1 a broken rule of no family cannot be named: an error of the library, found by the first test that builds it")
  void aRuleOfNoFamily() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Orphan(Clause.of("GS-1")).code());
    assertEquals(Orphan.class.getName() + " is a broken rule of no @RuleFamily: its code cannot be named", e.getMessage());
  }
}
