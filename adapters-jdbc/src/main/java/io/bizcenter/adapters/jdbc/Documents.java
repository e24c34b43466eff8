package io.bizcenter.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.json.BizCenterJson;
import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON documents the adapter stores: cases, events, receipts' answers and lists, in the library's one wire format
 * ({@link BizCenterJson}), which also reads the documents stored before it. Each procedure's case type and sealed family
 * of events come from its descriptor ({@link Procedures#ALL}, and any other the storage is asked to keep, {@link #know});
 * an event is stored with its type name, so a new event, or a new procedure, needs no code here.
 */
final class Documents {
  private record Types(Class<?> caseType, Map<String, Class<? extends DomainEvent>> events) {}

  // the library wrote these documents itself: the wire format without the limits on input from outside
  private final ObjectMapper json = BizCenterJson.storageMapper();

  private final Map<String, Types> procedures = new ConcurrentHashMap<>();
  private final DocumentCipher cipher;

  Documents() {
    this(DocumentCipher.NONE);
  }

  Documents(DocumentCipher cipher) {
    this.cipher = cipher;
    Procedures.ALL.forEach(this::know);
  }

  /**
   * Reads and writes the cases and events of {@code procedure} from now on: a procedure the library does not list,
   * whose store the adapter builds from its descriptor. A second descriptor of another case type under a known name is
   * refused: its documents would be read as the first one's.
   */
  void know(Procedure<?, ?, ?, ?> procedure) {
    Types known = procedures.computeIfAbsent(procedure.name(), name -> new Types(procedure.caseType(), procedure.eventRecords()));
    if (known.caseType() != procedure.caseType()) {
      throw new IllegalArgumentException("the procedure " + procedure.name() + " keeps " + known.caseType().getSimpleName() + " cases, not "
          + procedure.caseType().getSimpleName());
    }
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

  private Types procedure(String name) {
    Types p = procedures.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no documents for procedure " + name);
    }
    return p;
  }
}
