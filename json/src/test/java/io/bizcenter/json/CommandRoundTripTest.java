package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection.InvalidInput;
import io.bizcenter.testkit.EveryCommand;
import io.vavr.control.Either;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every command of every procedure, as testkit's generators make them, is read back from its JSON as it was sent. */
class CommandRoundTripTest {
  private static final List<CenterId> CENTERS = List.of(CenterId.of("harbour-tower"), CenterId.of("园区-2"));
  private static final int PER_TYPE = 60;

  @Test
  @DisplayName("the wire format knows every command family and record that testkit generates")
  void everyCommandIsKnown() {
    List<Class<? extends Command>> known = ProcedureTypes.ALL.stream().flatMap(p -> p.commandRecords().stream()).toList();
    assertEquals(new HashSet<>(EveryCommand.records()), new HashSet<>(known));
    assertEquals(EveryCommand.FAMILIES, ProcedureTypes.ALL.stream().map(ProcedureTypes::commands).toList());
    for (Class<? extends Command> record : known) {
      assertEquals(record, ProcedureTypes.command(ProcedureTypes.commandName(record)).orElseThrow(), "names are unique");
    }
  }

  @Test
  @DisplayName("every command round-trips whatever is in its fields (nulls, hostile text, extreme instants and decimals); only text over the input limit is refused, as TOO_LONG")
  void everyCommandRoundTrips() {
    int equal = 0;
    int refused = 0;
    for (Class<? extends Command> type : EveryCommand.records()) {
      SplittableRandom random = new SplittableRandom(type.getName().hashCode());
      for (int i = 0; i < PER_TYPE; i++) {
        Command sent = EveryCommand.arbitrary(random, type, CENTERS, List.of("c-1", "c-2"));
        String json = BizCenterJson.write(sent);
        Either<InvalidInput, ? extends Command> read = BizCenterJson.read(json, type);
        if (read.isRight() && sent.equals(read.get())) {
          equal++;
        } else if (read.isRight()) {
          // only a null inside may travel differently: an id holding no text ({@code PhoneNumber(null)}) or a null optional
          // is null in JSON; the same JSON comes back, and core says the same of it but for a null optional, which JSON
          // cannot tell from an empty one
          assertTrue(holdsAnEmptyValue(sent), () -> printable(sent + "\n" + read.get()));
          assertEquals(json, BizCenterJson.write(read.get()));
          if (!holdsANullOptional(sent)) {
            assertEquals(check(sent), check(read.get()), json);
          }
          equal++;
        } else {
          // the generator sends a million characters now and then: more than a document from outside may hold
          assertTrue(json.length() > BizCenterJson.LONGEST_TEXT, () -> type.getSimpleName() + " refused " + read.getLeft() + ": " + json);
          assertTrue(read.getLeft().errors().stream().allMatch(e -> e.problem() == FieldError.Problem.TOO_LONG), read.getLeft()::toString);
          refused++;
        }
      }
    }
    assertTrue(equal > 10 * refused, equal + " read back, " + refused + " too long");
  }

  /** Whether a one-text value ({@code ComplaintId}, {@code PhoneNumber}, ...) somewhere in {@code value} holds null, or an optional is null. */
  static boolean holdsAnEmptyValue(Object value) {
    if (value instanceof Record record) {
      if (ValueRecords.isValue(record.getClass())) {
        return component(record, record.getClass().getRecordComponents()[0]) == null;
      }
      return java.util.Arrays.stream(record.getClass().getRecordComponents())
          .anyMatch(c -> c.getType() == java.util.Optional.class && component(record, c) == null || holdsAnEmptyValue(component(record, c)));
    }
    if (value instanceof java.util.Collection<?> items) {
      return items.stream().anyMatch(CommandRoundTripTest::holdsAnEmptyValue);
    }
    return value instanceof java.util.Optional<?> optional && optional.isPresent() && holdsAnEmptyValue(optional.get());
  }

  static boolean holdsANullOptional(Object value) {
    if (value instanceof Record record) {
      return java.util.Arrays.stream(record.getClass().getRecordComponents())
          .anyMatch(c -> c.getType() == java.util.Optional.class && component(record, c) == null || holdsANullOptional(component(record, c)));
    }
    if (value instanceof java.util.Collection<?> items) {
      return items.stream().anyMatch(CommandRoundTripTest::holdsANullOptional);
    }
    return value instanceof java.util.Optional<?> optional && optional.isPresent() && holdsANullOptional(optional.get());
  }

  private static Object component(Record record, java.lang.reflect.RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String printable(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints().limit(3000).forEach(c -> shown.append(c < 0x20 || c >= 0x7f
        ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
    return shown.toString();
  }

  /** What core's own check says of a command: its field errors, or that it passes. */
  static String check(Command command) {
    try {
      Object checked = command.getClass().getMethod("check").invoke(command);
      io.vavr.control.Validation<?, ?> validation = (io.vavr.control.Validation<?, ?>) checked;
      return validation.isValid() ? "valid" : validation.getError().toString();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("the limit itself is honest: text up to LONGEST_TEXT reads, one character more is TOO_LONG naming the field")
  void theTextLimitIsWhereItSays() {
    String at = "{\"commandId\":\"c-1\",\"center\":\"harbour-tower\",\"complaintId\":\"k-1\",\"fix\":\"%s\"}";
    Class<? extends Command> tellFix = ProcedureTypes.command("ComplaintCommand.TellFix").orElseThrow();
    assertTrue(BizCenterJson.read(at.formatted("修".repeat(BizCenterJson.LONGEST_TEXT)), tellFix).isRight());
    InvalidInput over = BizCenterJson.read(at.formatted("修".repeat(BizCenterJson.LONGEST_TEXT + 1)), tellFix).getLeft();
    assertEquals(List.of(FieldError.of("fix", FieldError.Problem.TOO_LONG, (long) BizCenterJson.LONGEST_TEXT)), over.errors());
  }
}
