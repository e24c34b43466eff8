package io.bizcenter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.ProcedureName;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Core's one-text values on the wire: ids ({@code ComplaintId}, {@code CenterId}, ...), names, phone and identity numbers,
 * policy versions, clauses and procedure names are a plain JSON string. Documents stored before this module wrote them
 * as an object of their one component ({@code {"value":"ui-4711"}}, {@code {"id":...}} for a clause): such an object still reads.
 */
final class ValueRecords {
  private ValueRecords() {}

  /** Whether {@code type} is written as a plain string: a record of one text named {@code value}, a clause or a procedure name. */
  static boolean isValue(Class<?> type) {
    if (type == Clause.class || type == ProcedureName.class) {
      return true;
    }
    if (!type.isRecord() || !type.getPackageName().startsWith("io.bizcenter.core")) {
      return false;
    }
    RecordComponent[] components = type.getRecordComponents();
    return components.length == 1 && components[0].getType() == String.class && components[0].getName().equals("value");
  }

  static final class Writer extends StdSerializer<Record> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Record.class);
    }

    @Override
    public void serialize(Record value, JsonGenerator out, SerializerProvider provider) throws IOException {
      try {
        Object text = value.getClass().getRecordComponents()[0].getAccessor().invoke(value);
        if (text == null) {
          out.writeNull();
        } else {
          out.writeString((String) text);
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + value.getClass().getSimpleName(), e);
      }
    }
  }

  static final class Reader extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient RecordComponent component;

    Reader(Class<?> type) {
      super(type);
      this.component = type.getRecordComponents()[0];
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text;
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        text = parser.getText();
      } else if (parser.currentToken() == JsonToken.START_OBJECT) {
        text = legacy(parser, context);
      } else {
        return context.handleUnexpectedToken(handledType(), parser);
      }
      try {
        Constructor<?> canonical = handledType().getDeclaredConstructor(String.class);
        canonical.setAccessible(true);
        return canonical.newInstance(text);
      } catch (InvocationTargetException refused) {
        return context.handleWeirdStringValue(handledType(), text, "not a %s: %s", handledType().getSimpleName(),
            refused.getCause() == null ? "refused" : refused.getCause().getMessage());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make a " + handledType().getSimpleName(), e);
      }
    }

    /** {@code {"value":"ui-4711"}}, as documents were stored before ids were plain strings. */
    private String legacy(JsonParser parser, DeserializationContext context) throws IOException {
      String text = null;
      for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
        String name = parser.currentName();
        parser.nextToken();
        if (!name.equals(component.getName())) {
          context.handleUnknownProperty(parser, this, handledType(), name);
          continue;
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          return (String) context.handleUnexpectedToken(String.class, parser);
        }
        text = parser.getText();
      }
      if (text == null) {
        return context.reportInputMismatch(handledType(), "a %s without its %s", handledType().getSimpleName(), component.getName());
      }
      return text;
    }
  }
}
