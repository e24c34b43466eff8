package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bizcenter.core.kernel.Rejection.InvalidInput;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Instants are read and written digit by digit ({@link InstantJson}) where jsr310 went through DateTimeFormatter: the
 * text written and the instant read must be exactly jsr310's, and what jsr310 refuses must still be refused.
 */
class InstantsTest {
  /** jsr310 alone, with the library's settings for dates: what the library answered before. */
  private static final ObjectMapper JSR310 = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final List<ObjectMapper> OURS = List.of(BizCenterJson.mapper(), BizCenterJson.storageMapper());
  // years -1000 to 12000: the fast path's 1000 to 9999 and jsr310's beyond on both sides
  private static final long FIRST = Instant.parse("-1000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("+12000-12-31T23:59:59Z").getEpochSecond();

  @Test
  @DisplayName("any instant is written as jsr310 writes it (Instant.toString) and read back to itself")
  void anyInstantWritesAsBeforeAndReadsBack() {
    qt().withExamples(20_000).forAll(longs().between(FIRST, LAST), integers().between(0, 3), integers().between(0, 999_999_999))
        .checkAssert((second, precision, nanos) -> {
          // whole seconds, milli-, micro- and nanoseconds: each writes its own number of digits
          int nano = precision == 0 ? 0 : precision == 1 ? nanos / 1_000_000 * 1_000_000 : precision == 2 ? nanos / 1000 * 1000 : nanos;
          Instant instant = Instant.ofEpochSecond(second, nano);
          String before = write(JSR310, instant);
          for (ObjectMapper ours : OURS) {
            assertEquals(before, write(ours, instant));
            assertEquals(instant, read(ours, before));
          }
          assertEquals(Either.right(instant), BizCenterJson.read(before, Instant.class));
        });
  }

  @Test
  @DisplayName("any text near an instant reads to jsr310's instant, or is refused as jsr310 refuses it")
  void textNearAnInstantReadsAsBefore() {
    String alphabet = "0123456789-:.TZtz+ x";
    int[] refused = {0};
    int[] read = {0};
    qt().withExamples(50_000).forAll(longs().between(FIRST, LAST), integers().between(0, 999_999_999), integers().between(0, 35),
        integers().between(0, alphabet.length() - 1)).checkAssert((second, nano, at, c) -> {
          // an instant as written, with one character changed, removed or added (some still instants, most not)
          String text = Instant.ofEpochSecond(second, nano % 3 == 0 ? 0 : nano).toString();
          String near = switch (c % 3) {
            case 0 -> at < text.length() ? text.substring(0, at) + alphabet.charAt(c) + text.substring(at + 1) : text;
            case 1 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text + alphabet.charAt(c);
            default -> text.substring(0, Math.min(at, text.length())) + alphabet.charAt(c) + text.substring(Math.min(at, text.length()));
          };
          String json = "\"" + near + "\"";
          Instant before = read(JSR310, json);
          for (ObjectMapper ours : OURS) {
            assertEquals(before, read(ours, json), near);
          }
          Either<InvalidInput, Instant> answer = BizCenterJson.read(json, Instant.class);
          if (before == null) {
            refused[0]++;
            assertTrue(answer.isLeft(), near);
            assertEquals("INVALID_INPUT", answer.getLeft().code(), near);
          } else {
            read[0]++;
            assertEquals(Either.right(before), answer, near);
          }
        });
    assertTrue(refused[0] > 1000 && read[0] > 1000, refused[0] + " refused, " + read[0] + " read");
  }

  @Test
  @DisplayName("the fast path is taken: the library's form reads without DateTimeFormatter, a leap second or an offset with it")
  void theFastPathIsTakenOnlyForTheLibrarysForm() {
    assertEquals(Instant.parse("2026-03-10T11:05:00Z"), InstantJson.parse("2026-03-10T11:05:00Z"));
    assertEquals(Instant.parse("2024-02-29T23:59:59.000000001Z"), InstantJson.parse("2024-02-29T23:59:59.000000001Z"));
    assertEquals(null, InstantJson.parse("2026-02-29T00:00:00Z"));
    assertEquals(null, InstantJson.parse("2026-03-10T11:05:00+01:00"));
    assertEquals(null, InstantJson.parse("2026-03-10T23:59:60Z"));
    assertNotNull(read(JSR310, "\"2026-03-10T11:05:00+01:00\""));
    assertEquals(read(JSR310, "\"2026-03-10T11:05:00+01:00\""), read(BizCenterJson.storageMapper(), "\"2026-03-10T11:05:00+01:00\""));
    assertEquals("2026-03-10T11:05:00.120Z", InstantJson.format(Instant.parse("2026-03-10T11:05:00.12Z")));
    assertEquals(null, InstantJson.format(Instant.parse("+10000-01-01T00:00:00Z")));
  }

  private static String write(ObjectMapper mapper, Instant instant) {
    try {
      return mapper.writeValueAsString(instant);
    } catch (Exception e) {
      throw new AssertionError(String.valueOf(instant), e);
    }
  }

  /** {@code json} read as an instant, or null if the mapper refused it. */
  private static Instant read(ObjectMapper mapper, String json) {
    try {
      return Objects.requireNonNull(mapper.readValue(json, Instant.class));
    } catch (Exception refused) {
      return null;
    }
  }
}
