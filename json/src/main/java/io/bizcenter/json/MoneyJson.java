package io.bizcenter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.bizcenter.core.kernel.Money;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Money on the wire: {@code {"amount":"150.00","currency":"CNY"}}, the amount a decimal string so that no front end
 * takes it for a floating-point number, and input from outside must say both. Documents stored before this module hold
 * {@code {"amount":150.00}}: a JSON number and no currency, which only the storage mapper reads, as yuan. The amount is
 * read as given; whether it is exact is for core's input check to say.
 */
final class MoneyJson {
  static final String CURRENCY = "CNY";
  /** A decimal a clerk typed is short; a longer one is refused before BigDecimal spends time on it. */
  static final int LONGEST_AMOUNT = 100;

  private MoneyJson() {}

  static final class Writer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money money, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeStartObject();
      // toString, not toPlainString: an inexact 1E+10000000 stays eleven characters
      out.writeStringField("amount", money.amount().toString());
      out.writeStringField("currency", CURRENCY);
      out.writeEndObject();
    }
  }

  /** Money from outside ({@code stored} false): amount a string, currency named; or as a store holds it, either may be older. */
  static final class Reader extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;
    private final boolean stored;

    Reader(boolean stored) {
      super(Money.class);
      this.stored = stored;
    }

    @Override
    public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.isExpectedStartObjectToken()) {
        return (Money) context.handleUnexpectedToken(Money.class, parser);
      }
      BigDecimal amount = null;
      boolean currency = false;
      for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        try {
          if (name.equals("amount")) {
            amount = amount(parser, context, value);
          } else if (name.equals("currency")) {
            if (value != JsonToken.VALUE_STRING || !CURRENCY.equals(parser.getText())) {
              return context.reportInputMismatch(Money.class, "the currency is %s", CURRENCY);
            }
            currency = true;
          } else {
            context.handleUnknownProperty(parser, this, Money.class, name);
          }
        } catch (JsonMappingException e) {
          // the part to blame, as a front end's form names it: monthlyCharge.amount, not monthlyCharge
          e.prependPath(Money.class, name);
          throw e;
        }
      }
      missing(parser, amount != null, "amount");
      missing(parser, currency || stored, "currency");
      return new Money(amount);
    }

    private static void missing(JsonParser parser, boolean given, String part) throws MissingPart {
      if (!given) {
        MissingPart missing = new MissingPart(parser, "an amount of money without its " + part);
        missing.prependPath(Money.class, part);
        throw missing;
      }
    }

    private BigDecimal amount(JsonParser parser, DeserializationContext context, JsonToken value) throws IOException {
      if (stored && (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT)) {
        return parser.getDecimalValue();
      }
      if (value != JsonToken.VALUE_STRING) {
        return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
      }
      String text = parser.getText();
      if (text.length() > LONGEST_AMOUNT) {
        return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text.substring(0, 20) + "...", "an amount of %d characters",
            text.length());
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "not a decimal amount");
      }
    }
  }

  /** A part of an amount of money not given: {@code MISSING} at the part's path, as core says of a required field. */
  static final class MissingPart extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    MissingPart(JsonParser parser, String message) {
      super(parser, message, Money.class);
    }
  }
}
