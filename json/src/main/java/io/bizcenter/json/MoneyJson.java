package io.bizcenter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.bizcenter.core.kernel.Money;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Money on the wire: {@code {"amount":"150.00","currency":"CNY"}}, the amount a decimal string so that no front end
 * takes it for a floating-point number. Documents stored before this module hold {@code {"amount":150.00}}: a JSON number
 * and no currency, read as yuan. The amount is read as given; whether it is exact is for core's input check to say.
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

  static final class Reader extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.isExpectedStartObjectToken()) {
        return (Money) context.handleUnexpectedToken(Money.class, parser);
      }
      BigDecimal amount = null;
      for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("amount")) {
          amount = amount(parser, context, value);
        } else if (name.equals("currency")) {
          if (value != JsonToken.VALUE_STRING || !CURRENCY.equals(parser.getText())) {
            return context.reportInputMismatch(Money.class, "the currency is %s", CURRENCY);
          }
        } else {
          context.handleUnknownProperty(parser, this, Money.class, name);
        }
      }
      if (amount == null) {
        return context.reportInputMismatch(Money.class, "an amount of money without its amount");
      }
      return new Money(amount);
    }

    private static BigDecimal amount(JsonParser parser, DeserializationContext context, JsonToken value) throws IOException {
      if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
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
}
