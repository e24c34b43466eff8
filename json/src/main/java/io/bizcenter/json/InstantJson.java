package io.bizcenter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Instants as the library writes them ({@code 2026-03-10T11:05:00Z}, {@code 2026-03-10T11:05:00.123456Z}): written and
 * read digit by digit, the same text as {@link Instant#toString} and the same instant as {@link InstantDeserializer},
 * which parses through {@code DateTimeFormatter} and took about 40% of reading a stored case. Any other text (an
 * offset, a leap second, a year past 9999, a malformed one) and any other setting is left to jsr310's own reader and
 * writer, so what they accept, refuse and answer is unchanged.
 */
final class InstantJson {
  private InstantJson() {}

  /** {@code text} as an instant if it is in the form the library writes, else null. */
  static Instant parse(String text) {
    int length = text.length();
    // yyyy-MM-ddTHH:mm:ssZ, or with 1 to 9 digits of a second after a dot
    if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
        || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int nano = 0;
    if (length > 20) {
      if (text.charAt(19) != '.') {
        return null;
      }
      int fraction = digits(text, 20, length - 1);
      if (fraction < 0) {
        return null;
      }
      nano = fraction;
      for (int i = length - 21; i < 9; i++) {
        nano *= 10;
      }
    } else if (text.charAt(19) != 'Z') {
      return null;
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59 || day > java.time.Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
  }

  /** The number the decimal digits of {@code text} from {@code from} to {@code to} say, or -1 if one is not a digit. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** {@code instant} as {@link Instant#toString} writes it, or null for an instant outside the years 1000 to 9999. */
  static String format(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 1000 || year > 9999) {
      return null;
    }
    int nano = instant.getNano();
    char[] out = new char[nano == 0 ? 20 : nano % 1_000_000 == 0 ? 24 : nano % 1000 == 0 ? 27 : 30];
    put(out, 0, year, 4);
    out[4] = '-';
    put(out, 5, t.getMonthValue(), 2);
    out[7] = '-';
    put(out, 8, t.getDayOfMonth(), 2);
    out[10] = 'T';
    put(out, 11, t.getHour(), 2);
    out[13] = ':';
    put(out, 14, t.getMinute(), 2);
    out[16] = ':';
    put(out, 17, t.getSecond(), 2);
    if (nano != 0) {
      // in groups of three digits, as DateTimeFormatter.ISO_INSTANT: .123, .123456 or .123456789
      out[19] = '.';
      int digits = out.length - 21;
      put(out, 20, digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1000 : nano, digits);
    }
    out[out.length - 1] = 'Z';
    return new String(out);
  }

  private static void put(char[] out, int at, int value, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  static final class Writer extends StdSerializer<Instant> implements ContextualSerializer {
    private static final long serialVersionUID = 1L;
    private final JsonSerializer<Instant> jsr310 = InstantSerializer.INSTANCE;

    Writer() {
      super(Instant.class);
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
      JsonSerializer<?> contextual = ((ContextualSerializer) jsr310).createContextual(provider, property);
      // a format set for a property or for every instant (the library sets none) is jsr310's to honour
      return contextual == jsr310 ? this : contextual;
    }

    @Override
    public void serialize(Instant instant, JsonGenerator out, SerializerProvider provider) throws IOException {
      String text = provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) ? null : format(instant);
      if (text == null) {
        jsr310.serialize(instant, out, provider);
      } else {
        out.writeString(text);
      }
    }
  }

  static final class Reader extends StdDeserializer<Instant> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JsonDeserializer<Instant> jsr310 = InstantDeserializer.INSTANT;

    Reader() {
      super(Instant.class);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
      JsonDeserializer<?> contextual = ((ContextualDeserializer) jsr310).createContextual(context, property);
      return contextual == jsr310 ? this : contextual;
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        Instant instant = parse(parser.getText());
        if (instant != null) {
          return instant;
        }
      }
      return jsr310.deserialize(parser, context);
    }
  }
}
