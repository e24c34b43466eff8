package io.bizcenter.examples.webdesk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Labelled;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.port.AuditEntry;
import io.vavr.control.Either;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The web desk's JSON edge, in one class so that it can move onto {@code bizcenter-json} in one place: commands read
 * from the page's JSON (any problem is a typed {@code INVALID_INPUT} naming the field's path, never an exception), the
 * schema a form is drawn from, and the library's values as the page reads them. Until that module is merged this reads
 * a command record by its components, as core's own records declare them.
 */
final class WireFormat {
  /** The longest text the page may send in one field: core's own limits are lower, this bounds what is parsed at all. */
  private static final int LONGEST_TEXT = 100_000;

  private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(LONGEST_TEXT).maxNumberLength(40).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  ObjectNode object() {
    return json.createObjectNode();
  }

  ArrayNode array() {
    return json.createArrayNode();
  }

  String write(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** A command of {@code type} from the page's JSON body; malformed JSON, an unknown field or a wrong type is bad input. */
  <M extends Command> Either<Rejection, M> command(Class<M> type, byte[] body) {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (JsonProcessingException e) {
      return invalid("$", Problem.MALFORMED);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a byte array could not be read", e);
    }
    if (tree == null || !tree.isObject()) {
      return invalid("$", Problem.MALFORMED);
    }
    List<FieldError> errors = new ArrayList<>();
    Object command = read(tree, type, "", errors);
    return errors.isEmpty() ? Either.right(type.cast(command)) : Either.left(new Rejection.InvalidInput(errors));
  }

  private static <T> Either<Rejection, T> invalid(String field, Problem problem) {
    return Either.left(new Rejection.InvalidInput(List.of(FieldError.of(field, problem))));
  }

  /** The value of {@code type} at {@code path}; a null or missing value stays null, for core's checks to name. */
  private Object read(JsonNode node, Type type, String path, List<FieldError> errors) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return Optional.ofNullable(read(node, argument(type), path, errors));
    }
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    String field = path.isEmpty() ? "$" : path;
    try {
      if (raw == String.class) {
        return node.isTextual() ? node.textValue() : wrong(field, errors);
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return node.isBoolean() ? node.booleanValue() : wrong(field, errors);
      }
      if (raw == int.class || raw == Integer.class) {
        return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : wrong(field, errors);
      }
      if (raw == long.class || raw == Long.class) {
        return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : wrong(field, errors);
      }
      if (raw == BigDecimal.class) {
        return node.isNumber() ? node.decimalValue() : node.isTextual() ? new BigDecimal(node.textValue()) : wrong(field, errors);
      }
      if (raw == Instant.class) {
        return node.isTextual() ? OffsetDateTime.parse(node.textValue()).toInstant() : wrong(field, errors);
      }
      if (raw == LocalDate.class) {
        return node.isTextual() ? LocalDate.parse(node.textValue()) : wrong(field, errors);
      }
      if (raw == LocalTime.class) {
        return node.isTextual() ? LocalTime.parse(node.textValue()) : wrong(field, errors);
      }
      if (raw == Duration.class) {
        return node.isTextual() ? Duration.parse(node.textValue()) : wrong(field, errors);
      }
      if (raw.isEnum()) {
        return node.isTextual() ? constant(raw, node.textValue(), field, errors) : wrong(field, errors);
      }
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        if (!node.isArray()) {
          return wrong(field, errors);
        }
        Collection<Object> all = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
          all.add(read(node.get(i), argument(type), path + "[" + i + "]", errors));
        }
        return raw == Set.class ? Set.copyOf(all) : java.util.Collections.unmodifiableList(new ArrayList<>(all));
      }
      if (raw.isRecord()) {
        return record(node, raw, path, errors);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return wrong(field, errors);
    }
    throw new IllegalStateException("the web desk reads no " + raw.getName() + " (" + field + ")");
  }

  /** A record from an object by its components; a one-component value (an id, a name, money) also from its bare value. */
  private Object record(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    if (components.length == 1 && !node.isObject()) {
      arguments[0] = read(node, components[0].getGenericType(), path, errors);
    } else if (!node.isObject()) {
      return wrong(path.isEmpty() ? "$" : path, errors);
    } else {
      Set<String> names = new LinkedHashSet<>();
      for (int i = 0; i < components.length; i++) {
        names.add(components[i].getName());
        arguments[i] = read(node.get(components[i].getName()), components[i].getGenericType(), join(path, components[i].getName()), errors);
      }
      for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
        String name = fields.next();
        if (!names.contains(name)) {
          errors.add(FieldError.of(join(path, name), Problem.NOT_ALLOWED));
        }
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    try {
      Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof NullPointerException) {
        // the record refuses the value itself (an id's form): the field is malformed, not the server broken
        return wrong(path.isEmpty() ? "$" : path, errors);
      }
      throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  private static Object constant(Class<?> type, String name, String field, List<FieldError> errors) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    errors.add(FieldError.of(field, Problem.NOT_ALLOWED));
    return null;
  }

  private static Object wrong(String field, List<FieldError> errors) {
    errors.add(FieldError.of(field, Problem.MALFORMED));
    return null;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  /**
   * The JSON Schema (2020-12) the page draws a command's form from: one property per component, required unless
   * optional, enums with their labels in {@code locale}.
   */
  ObjectNode schema(Class<?> type, Locale locale) {
    ObjectNode schema = schemaOf(type, type, locale);
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", type.getSimpleName());
    return schema;
  }

  private ObjectNode schemaOf(Type type, Class<?> owner, Locale locale) {
    Class<?> raw = raw(type);
    ObjectNode schema = json.createObjectNode();
    if (raw == Optional.class) {
      return schemaOf(argument(type), owner, locale);
    }
    if (raw == String.class) {
      schema.put("type", "string");
    } else if (raw == boolean.class || raw == Boolean.class) {
      schema.put("type", "boolean");
    } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      schema.put("type", "integer");
    } else if (raw == BigDecimal.class) {
      schema.put("type", "string").put("format", "decimal");
    } else if (raw == Instant.class) {
      schema.put("type", "string").put("format", "date-time");
    } else if (raw == LocalDate.class) {
      schema.put("type", "string").put("format", "date");
    } else if (raw == LocalTime.class) {
      schema.put("type", "string").put("format", "time");
    } else if (raw == Duration.class) {
      schema.put("type", "string").put("format", "duration");
    } else if (raw.isEnum()) {
      schema.put("type", "string");
      ArrayNode names = schema.putArray("enum");
      ArrayNode labels = schema.putArray("x-labels");
      for (Object constant : raw.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
        labels.add(Messages.label((Enum<?>) constant, locale));
      }
    } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
      schema.put("type", "array");
      schema.set("items", schemaOf(argument(type), owner, locale));
      if (raw == Set.class) {
        schema.put("uniqueItems", true);
      }
    } else if (raw.isRecord() && raw.getRecordComponents().length == 1 && !raw.getRecordComponents()[0].getType().isRecord()) {
      return schemaOf(raw.getRecordComponents()[0].getGenericType(), owner, locale);
    } else if (raw.isRecord()) {
      schema.put("type", "object");
      schema.put("additionalProperties", false);
      ObjectNode properties = schema.putObject("properties");
      ArrayNode required = schema.putArray("required");
      for (RecordComponent component : raw.getRecordComponents()) {
        ObjectNode property = schemaOf(component.getGenericType(), raw, locale);
        property.put("title", component.getName());
        properties.set(component.getName(), property);
        if (component.getType() != Optional.class) {
          required.add(component.getName());
        }
      }
    } else {
      throw new IllegalStateException("the web desk has no schema for " + raw.getName());
    }
    return schema;
  }

  /** A rejection as the page shows it: code, clause, and the message in both languages. */
  ObjectNode rejection(Rejection rejection) {
    ObjectNode out = json.createObjectNode();
    out.put("code", rejection.code());
    out.put("clause", rejection.clause().id());
    ArrayNode arguments = out.putArray("arguments");
    rejection.arguments().forEach(argument -> arguments.add(text(argument, Messages.EN)));
    ObjectNode message = out.putObject("message");
    message.put("zh-CN", rejection.message(Messages.ZH_CN));
    message.put("en", rejection.message(Messages.EN));
    if (rejection instanceof Rejection.InvalidInput invalid) {
      ArrayNode fields = out.putArray("fields");
      invalid.errors().forEach(error -> fields.addObject().put("field", error.field()).put("problem", error.problem().name()));
    }
    return out;
  }

  /** A case as the page shows it: its id, its state and its version; the rest as the case tells itself, masked. */
  ObjectNode caseOf(Case<?, ?> c, Locale locale) {
    ObjectNode out = json.createObjectNode();
    out.put("id", c.id().value());
    out.put("state", c.state().name());
    out.put("stateLabel", Messages.label(c.state(), locale));
    out.put("version", c.version());
    out.put("since", c.stateEnteredAt().toString());
    out.put("summary", c.toString());
    return out;
  }

  ArrayNode trail(List<AuditEntry> trail, Locale locale) {
    ArrayNode out = json.createArrayNode();
    for (AuditEntry entry : trail) {
      ObjectNode one = out.addObject();
      one.put("at", entry.at().toString());
      one.put("staff", entry.staff().value());
      one.put("role", Messages.label(entry.role(), locale));
      one.put("department", Messages.label(entry.department(), locale));
      one.put("action", entry.action());
      one.put("clause", entry.clause().id());
      one.put("from", entry.from().orElse(""));
      one.put("to", entry.to());
    }
    return out;
  }

  ArrayNode agenda(List<AgendaItem> items, Locale locale) {
    ArrayNode out = json.createArrayNode();
    for (AgendaItem item : items) {
      ObjectNode one = out.addObject();
      one.put("procedure", item.procedure());
      one.put("caseId", item.caseId());
      one.put("state", item.state());
      ArrayNode actions = one.putArray("actions");
      item.actions().forEach(actions::add);
      one.put("seat", seat(item.seat(), locale));
      one.put("availableFrom", item.availableFrom().toString());
      one.put("dueAt", item.dueAt().toString());
      one.put("clause", item.clause().id());
    }
    return out;
  }

  private static String seat(Seat seat, Locale locale) {
    return String.join(" · ", java.util.stream.Stream.of(seat.department().map(d -> Messages.label(d, locale)),
        seat.role().map(r -> Messages.label(r, locale))).flatMap(Optional::stream).toList());
  }

  private static String text(Object argument, Locale locale) {
    if (argument instanceof Enum<?> constant) {
      return Messages.label(constant, locale);
    }
    if (argument instanceof Labelled labelled) {
      return labelled.label(locale);
    }
    return String.valueOf(argument);
  }
}
