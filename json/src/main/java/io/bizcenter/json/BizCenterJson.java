package io.bizcenter.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection.InvalidInput;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;

/**
 * The library's one JSON wire format, for front ends and stores alike: every command, case, rejection, agenda item,
 * audit entry and available action. Ids are plain strings, money {@code {"amount":"150.00","currency":"CNY"}}, instants
 * ISO-8601 with their offset ({@code 2026-03-02T01:00:00Z}), dates ISO ({@code 2026-03-02}), durations ISO
 * ({@code PT30M}), enums by name, an empty optional {@code null}. Reading is strict: an unknown field is refused.
 *
 * <p>{@link #read} is for input from outside: malformed JSON, an unknown field, a wrong type or an oversize value is
 * answered with the same typed {@link InvalidInput} rejection as core's own checks give, naming the field by its JSON
 * path ({@code complainant.phone}, {@code items[2].name}), never with an exception.
 */
public final class BizCenterJson {
  /** The longest text a document from outside may hold, in characters: far above any field's limit, so core says TOO_LONG first. */
  public static final int LONGEST_TEXT = 64 * 1024;
  /** The largest document from outside, in bytes or characters. */
  public static final long LARGEST_DOCUMENT = 1024 * 1024;
  /** How deep objects and lists may nest in a document from outside; our deepest command nests four. */
  public static final int DEEPEST_NESTING = 32;
  /** The longest number in a document from outside, in digits. */
  public static final int LONGEST_NUMBER = 100;

  private static final ObjectMapper INPUT = configure(new ObjectMapper());
  private static final ObjectMapper STORED = storage(configure(new ObjectMapper()));

  private BizCenterJson() {}

  /**
   * A mapper for the wire format with the limits of input from outside ({@link #LONGEST_TEXT}, {@link #LARGEST_DOCUMENT},
   * ...): a copy of its own, configure it further as you like.
   */
  public static ObjectMapper mapper() {
    return INPUT.copy();
  }

  /**
   * A mapper for documents the library wrote itself (a store's rows): the same format, Jackson's default limits only,
   * decimals in trees kept as written ({@code 0.30}, never a double), and money as stored before this module
   * ({@code {"amount":150.00}}, a JSON number and no currency) read as yuan.
   */
  public static ObjectMapper storageMapper() {
    return STORED.copy();
  }

  /** Sets {@code mapper} up for the wire format, input limits included, and answers it. */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(LONGEST_TEXT)
        .maxDocumentLength(LARGEST_DOCUMENT)
        .maxNestingDepth(DEEPEST_NESTING)
        .maxNumberLength(LONGEST_NUMBER)
        .build());
    // {"commandId":"c-1","commandId":"c-2"} would read as c-2: a front end and a gateway could each see another command
    mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // every decimal as a string, as money's amount: a front end's JavaScript would take a number for a double
    mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    // a wrong type is refused, not guessed at: no number for a text, no "12" for a number, no 0 for an enum
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    for (LogicalType numberOrTruth : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper.coercionConfigFor(numberOrTruth).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    // but a decimal is written as a string, so it reads from one (and, as stored before, from a number)
    mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    return mapper
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .registerModule(new BizCenterModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // decimals must stay BigDecimal, scale and all (0.30 is not 0.3), never pass through double
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        // core's records name their parts without prefixes; an isZero() of Money is a question, not a part
        .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .setAccessorNaming(new ValueNaming())
        .setAnnotationIntrospector(new ValueIntrospector());
  }

  private static ObjectMapper storage(ObjectMapper mapper) {
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.defaults());
    // a store reads only what Jackson wrote, which never repeats a name: no need to look for repeats in every row
    mapper.getFactory().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // stored key holders from before KY-1.1 named no employer, stored money a number and no currency; input from
    // outside must say them as today, so only here
    return mapper.registerModule(new SimpleModule("stored-documents").addDeserializer(Holder.class, new HolderJson())
        .addDeserializer(Money.class, new MoneyJson.Reader(true)));
  }

  /** {@code value} as JSON text. */
  public static String write(Object value) {
    try {
      return INPUT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // every type of the library is writable (the round-trip tests show it): this is a defect, not bad input
      throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName(), e);
    }
  }

  /** {@code value} as a JSON tree. */
  public static JsonNode tree(Object value) {
    return INPUT.valueToTree(value);
  }

  /** A {@code type} read from JSON text from outside, or every problem with it as {@link InvalidInput}. */
  public static <T> Either<InvalidInput, T> read(String json, Class<T> type) {
    if (json == null) {
      return Either.left(InputErrors.missing());
    }
    try (JsonParser parser = INPUT.createParser(json)) {
      return read(parser, type);
    } catch (IOException e) {
      return Either.left(InputErrors.of(e, null));
    }
  }

  /** A {@code type} read from UTF-8 JSON bytes from outside (a request body), or every problem with it as {@link InvalidInput}. */
  public static <T> Either<InvalidInput, T> read(byte[] json, Class<T> type) {
    if (json == null) {
      return Either.left(InputErrors.missing());
    }
    if (json.length > LARGEST_DOCUMENT) {
      return Either.left(InputErrors.tooLarge());
    }
    try (JsonParser parser = INPUT.createParser(json)) {
      return read(parser, type);
    } catch (IOException e) {
      return Either.left(InputErrors.of(e, null));
    }
  }

  /** A {@code type} read from a JSON tree from outside, or every problem with it as {@link InvalidInput}. */
  public static <T> Either<InvalidInput, T> read(JsonNode json, Class<T> type) {
    if (json == null || json.isMissingNode()) {
      return Either.left(InputErrors.missing());
    }
    try (JsonParser parser = INPUT.treeAsTokens(json)) {
      return read(parser, type);
    } catch (IOException e) {
      return Either.left(InputErrors.of(e, null));
    }
  }

  private static <T> Either<InvalidInput, T> read(JsonParser parser, Class<T> type) {
    try {
      if (parser.nextToken() == null) {
        return Either.left(InputErrors.missing());
      }
      T value = INPUT.readValue(parser, type);
      return value == null ? Either.left(InputErrors.missing()) : Either.right(value);
    } catch (IOException | IllegalArgumentException | IllegalStateException | NullPointerException | DateTimeException
        | ArithmeticException e) {
      // a value's own constructor may refuse what it was given (a malformed clause, a missing attribute): bad input too
      return Either.left(InputErrors.of(e, parser));
    }
  }
}
