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
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
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

  /** The text of a value of {@code type}: its one component's accessor, looked up once (a lookup per value cost more than the rest of the write). */
  private static MethodHandle accessor(Class<?> type) {
    try {
      Method accessor = type.getRecordComponents()[0].getAccessor();
      accessor.setAccessible(true);
      return MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(String.class, Object.class));
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("cannot read a " + type.getSimpleName(), e);
    }
  }

  /** A value of {@code type} from its text: its canonical constructor, looked up once. */
  private static MethodHandle constructor(Class<?> type) {
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(String.class);
      canonical.setAccessible(true);
      return MethodHandles.lookup().unreflectConstructor(canonical).asType(MethodType.methodType(Object.class, String.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
    }
  }

  static final class Writer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient MethodHandle text;

    @SuppressWarnings("unchecked")
    Writer(Class<?> type) {
      super((Class<Object>) type);
      this.text = accessor(type);
    }

    @Override
    public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
      String text;
      try {
        text = (String) this.text.invokeExact(value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + value.getClass().getSimpleName(), e);
      }
      if (text == null) {
        out.writeNull();
      } else {
        out.writeString(text);
      }
    }
  }

  static final class Reader extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient RecordComponent component;
    private final transient MethodHandle canonical;

    Reader(Class<?> type) {
      super(type);
      this.component = type.getRecordComponents()[0];
      this.canonical = constructor(type);
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
        return (Object) canonical.invokeExact(text);
      } catch (RuntimeException refused) {
        return context.handleWeirdStringValue(handledType(), text, "not a %s: %s", handledType().getSimpleName(), refused.getMessage());
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
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
