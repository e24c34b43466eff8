package io.bizcenter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.port.AuditEntry;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An entry of the audit trail: its fields as a record's, but each event as {@code {"type":"Triaged","event":{...}}},
 * the form the JDBC store keeps a trail's events in. The type name alone is not unique across procedures
 * ({@code MeterReadingRecorded}), so reading looks it up in the entry's own procedure.
 */
final class AuditEntryJson {
  private static final RecordComponent[] FIELDS = AuditEntry.class.getRecordComponents();

  private AuditEntryJson() {}

  static final class Writer extends StdSerializer<AuditEntry> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(AuditEntry.class);
    }

    @Override
    public void serialize(AuditEntry entry, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeStartObject();
      for (RecordComponent field : FIELDS) {
        out.writeFieldName(field.getName());
        if (field.getName().equals("events")) {
          writeEvents(entry.events(), out, provider);
        } else {
          provider.defaultSerializeValue(value(field, entry), out);
        }
      }
      out.writeEndObject();
    }
  }

  static void writeEvents(List<DomainEvent> events, JsonGenerator out, SerializerProvider provider) throws IOException {
    out.writeStartArray();
    for (DomainEvent event : events) {
      out.writeStartObject();
      out.writeStringField("type", event.type());
      out.writeFieldName("event");
      provider.defaultSerializeValue(event, out);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /** Events as {@link #writeEvents} writes them, of {@code procedure}'s family. */
  static List<DomainEvent> readEvents(String procedure, JsonNode events, DeserializationContext context) throws IOException {
    Map<String, Class<? extends DomainEvent>> types = ProcedureTypes.of(procedure).map(ProcedureTypes::eventRecords).orElse(Map.of());
    if (!events.isArray()) {
      return context.reportInputMismatch(List.class, "the events of an entry are a list");
    }
    List<DomainEvent> read = new ArrayList<>();
    for (JsonNode one : events) {
      JsonNode type = one.get("type");
      Class<? extends DomainEvent> record = type == null ? null : types.get(type.asText());
      if (record == null || one.get("event") == null || one.size() != 2) {
        return context.reportInputMismatch(DomainEvent.class, "no event of procedure %s is typed %s", procedure, type);
      }
      read.add(context.readTreeAsValue(one.get("event"), record));
    }
    return read;
  }

  static final class Reader extends StdDeserializer<AuditEntry> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(AuditEntry.class);
    }

    @Override
    public AuditEntry deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.isExpectedStartObjectToken()) {
        return (AuditEntry) context.handleUnexpectedToken(AuditEntry.class, parser);
      }
      JsonNode node = context.readTree(parser);
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (java.util.Arrays.stream(FIELDS).noneMatch(f -> f.getName().equals(name))) {
          context.handleUnknownProperty(parser, this, AuditEntry.class, name);
        }
      }
      Object[] values = new Object[FIELDS.length];
      Class<?>[] types = new Class<?>[FIELDS.length];
      String procedure = node.path("procedure").asText();
      for (int i = 0; i < FIELDS.length; i++) {
        types[i] = FIELDS[i].getType();
        JsonNode field = node.get(FIELDS[i].getName());
        if (FIELDS[i].getName().equals("events")) {
          values[i] = field == null ? List.of() : readEvents(procedure, field, context);
        } else {
          JavaType type = context.getTypeFactory().constructType(FIELDS[i].getGenericType());
          values[i] = field == null ? (types[i] == long.class ? 0L : null) : context.readTreeAsValue(field, type);
        }
      }
      try {
        return AuditEntry.class.getDeclaredConstructor(types).newInstance(values);
      } catch (java.lang.reflect.InvocationTargetException refused) {
        return context.reportInputMismatch(AuditEntry.class, "not an audit entry: %s", refused.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make an audit entry", e);
      }
    }
  }

  private static Object value(RecordComponent field, AuditEntry entry) {
    try {
      return field.getAccessor().invoke(entry);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + field.getName() + " of an audit entry", e);
    }
  }
}
