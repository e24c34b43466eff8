package io.bizcenter.adapters.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintEvent;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractEvent;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceEvent;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseEvent;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderEvent;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingEvent;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyEvent;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInEvent;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutEvent;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents the adapter stores: cases, events, receipts' answers and lists, encoded by Jackson, never
 * by hand. Each procedure names its case type and its sealed family of events here; an event is stored with its
 * type name, so a new event needs no code in the adapter.
 */
final class Documents {
  private record Procedure(Class<?> caseType, Map<String, Class<? extends DomainEvent>> events) {}

  private final ObjectMapper json = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .registerModule(new SimpleModule("holders").addDeserializer(Holder.class, new HolderDocument()))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // events go through a tree: decimals must stay BigDecimal, scale and all (0.30 is not 0.3), never pass through double
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      // a record's isX() (Money.isZero) is a question about the value, not a part of it
      // core's records name their parts without prefixes; an isZero() of Money is a question, not a part
      .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .setAccessorNaming(new ValueNaming())
      .setAnnotationIntrospector(new ValueIntrospector());

  private final Map<String, Procedure> procedures = new HashMap<>();
  private final DocumentCipher cipher;

  Documents() {
    this(DocumentCipher.NONE);
  }

  Documents(DocumentCipher cipher) {
    this.cipher = cipher;
    procedures.put("complaints", new Procedure(Complaint.class, events(ComplaintEvent.class)));
    procedures.put("equipment", new Procedure(Device.class, events(DeviceEvent.class)));
    procedures.put("service-orders", new Procedure(ServiceOrder.class, events(ServiceOrderEvent.class)));
    procedures.put("internal-uses", new Procedure(InternalUse.class, events(InternalUseEvent.class)));
    procedures.put("meetings", new Procedure(Meeting.class, events(MeetingEvent.class)));
    procedures.put("keys", new Procedure(Key.class, events(KeyEvent.class)));
    procedures.put("contracts", new Procedure(Contract.class, events(ContractEvent.class)));
    procedures.put("move-ins", new Procedure(MoveIn.class, events(MoveInEvent.class)));
    procedures.put("renewal-visits", new Procedure(RenewalVisit.class, events(RenewalVisitEvent.class)));
    procedures.put("move-outs", new Procedure(MoveOut.class, events(MoveOutEvent.class)));
  }

  String write(Object value) {
    try {
      return sealed(json.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new StorageFailure("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  <T> T read(String document, Class<T> type) {
    try {
      return json.readValue(opened(document), type);
    } catch (JsonProcessingException e) {
      throw new StorageFailure("cannot decode a " + type.getSimpleName(), e);
    }
  }

  List<String> readStrings(String document) {
    try {
      return json.readValue(opened(document), new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new StorageFailure("cannot decode a list", e);
    }
  }

  /** The case a procedure's receipts answer with. */
  Object readCase(String procedure, String document) {
    return read(document, procedure(procedure).caseType());
  }

  String writeEvents(List<DomainEvent> events) {
    ArrayNode all = json.createArrayNode();
    for (DomainEvent e : events) {
      ObjectNode one = all.addObject();
      one.put("type", e.type());
      one.set("event", json.valueToTree(e));
    }
    return sealed(all.toString());
  }

  /**
   * The document as stored: in clear without a cipher; sealed, as a JSON string, with one. A JSON string, so that a
   * database that checks its document columns hold JSON (MariaDB's and MySQL's {@code JSON_VALID}) takes it, and so that
   * it is told from a document in clear, which is always an object or an array.
   */
  private String sealed(String text) {
    if (cipher == DocumentCipher.NONE) {
      return text;
    }
    try {
      return json.writeValueAsString(cipher.seal(text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a sealed document could not be written as a JSON string", e);
    }
  }

  /** The JSON text of a stored document: as it is when written in clear (an object or an array), else opened. */
  private String opened(String stored) {
    char first = stored.isEmpty() ? ' ' : stored.charAt(0);
    if (first == '{' || first == '[') {
      return stored;
    }
    try {
      return cipher.open(json.readValue(stored, String.class));
    } catch (JsonProcessingException e) {
      throw new StorageFailure("a stored document is neither JSON in clear nor a sealed document", e);
    }
  }

  List<DomainEvent> readEvents(String procedure, String document) {
    Map<String, Class<? extends DomainEvent>> types = procedure(procedure).events();
    try {
      List<DomainEvent> events = new ArrayList<>();
      for (JsonNode one : json.readTree(opened(document))) {
        Class<? extends DomainEvent> type = types.get(one.get("type").asText());
        if (type == null) {
          throw new StorageFailure("unknown " + procedure + " event " + one.get("type"), null);
        }
        events.add(json.treeToValue(one.get("event"), type));
      }
      return events;
    } catch (JsonProcessingException e) {
      throw new StorageFailure("cannot decode " + procedure + " events", e);
    }
  }

  private Procedure procedure(String name) {
    Procedure p = procedures.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no documents for procedure " + name);
    }
    return p;
  }

  /** A sealed family of events by their type names. */
  private static Map<String, Class<? extends DomainEvent>> events(Class<? extends DomainEvent> family) {
    Map<String, Class<? extends DomainEvent>> byName = new HashMap<>();
    for (Class<?> type : family.getPermittedSubclasses()) {
      byName.put(type.getSimpleName(), type.asSubclass(DomainEvent.class));
    }
    return byName;
  }
}
