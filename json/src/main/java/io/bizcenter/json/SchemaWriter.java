package io.bizcenter.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Walks a command record into its schema; see {@link CommandSchema}. */
final class SchemaWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /**
   * Core's id alphabet ({@link Field#id}): letters and decimal digits of any script ({@code Character.isLetterOrDigit}),
   * combining marks, and a little punctuation. Every pattern here means the same to java.util.regex and to ECMA-262 with
   * the {@code u} flag (as Ajv compiles them), which allows no escape of {@code _ : @ #}: in a class only {@code -},
   * {@code \}, {@code ]} and {@code ^} are escaped.
   */
  static final String ID = "^[\\p{L}\\p{Nd}\\p{Mn}\\p{Mc}" + Field.ID_PUNCTUATION.replaceAll("([-\\\\\\]^])", "\\\\$1") + "]+$";
  /** A single line ({@link Field#line}): no control character, no line or paragraph separator, no direction control. */
  static final String LINE = "^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*$";
  /** A text ({@link Field#text}): as a line, but tab and line breaks allowed. */
  static final String TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$";
  static final String MONEY = "^-?[0-9]{1," + Money.INTEGER_DIGITS + "}\\.[0-9]{2}$";
  static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";
  static final String LOCAL_DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$";

  private final Locale locale;
  private Probe probe;

  SchemaWriter(Locale locale) {
    this.locale = locale;
  }

  ObjectNode command(Class<? extends Command> command) {
    probe = new Probe(command);
    ObjectNode root = JSON.objectNode();
    root.put("$schema", CommandSchema.DIALECT);
    root.put("$id", "urn:bizcenter:command:" + ProcedureTypes.commandName(command));
    ProcedureTypes procedure = ProcedureTypes.ofCommand(command).orElseThrow();
    Set<Enum<?>> actions = CommandSchema.actions(command);
    root.put("title", title(actions, locale));
    ObjectNode titles = root.putObject("x-bizcenter-titles");
    for (Locale l : Labels.LANGUAGES) {
      titles.put(l.toLanguageTag(), title(actions, l));
    }
    ObjectNode about = root.putObject("x-bizcenter-command");
    about.put("name", ProcedureTypes.commandName(command));
    about.put("procedure", procedure.procedure());
    ArrayNode asks = about.putArray("actions");
    actions.forEach(a -> asks.add(a.name()));
    object(root, command, "");
    return root;
  }

  private static String title(Set<Enum<?>> actions, Locale locale) {
    return String.join(" / ", actions.stream().map(a -> Labels.of(a, locale)).toList());
  }

  private void object(ObjectNode node, Class<?> record, String path) {
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = node.putArray("required");
    for (RecordComponent component : record.getRecordComponents()) {
      String name = component.getName();
      String fallback = path.isEmpty() ? name : path + "." + name;
      Type generic = component.getGenericType();
      boolean optional = component.getType() == Optional.class;
      Type inner = optional ? ((ParameterizedType) generic).getActualTypeArguments()[0] : generic;
      Probe.Demands demands = probe.of(record, name, leaf(inner), fallback);
      ObjectNode property = properties.putObject(name);
      property.put("title", Labels.field(fallback, locale));
      ObjectNode titles = property.putObject("x-bizcenter-titles");
      for (Locale l : Labels.LANGUAGES) {
        titles.put(l.toLanguageTag(), Labels.field(fallback, l));
      }
      value(property, inner, demands, fallback);
      boolean isRequired = !optional && (component.getType().isPrimitive() || demands.required());
      if (isRequired) {
        required.add(name);
      } else {
        nullable(property);
      }
    }
    node.put("additionalProperties", false);
  }

  /** The class whose values sit in a component: a list's or a set's element, or the component's own. */
  private static Class<?> leaf(Type type) {
    if (type instanceof ParameterizedType p && (p.getRawType() == List.class || p.getRawType() == Set.class)) {
      return Probe.raw(p.getActualTypeArguments()[0]);
    }
    return Probe.raw(type);
  }

  private void value(ObjectNode node, Type type, Probe.Demands demands, String path) {
    Class<?> raw = Probe.raw(type);
    if (raw == List.class || raw == Set.class) {
      node.put("type", "array");
      if (raw == Set.class) {
        node.put("uniqueItems", true);
      }
      value(node.putObject("items"), ((ParameterizedType) type).getActualTypeArguments()[0], demands, path);
      return;
    }
    if (raw == String.class || ValueRecords.isValue(raw)) {
      text(node, raw, demands);
    } else if (raw == Money.class) {
      node.put("type", "object");
      ObjectNode parts = node.putObject("properties");
      parts.putObject("amount").put("type", "string").put("pattern", MONEY);
      parts.putObject("currency").put("const", MoneyJson.CURRENCY);
      node.putArray("required").add("amount").add("currency");
      node.put("additionalProperties", false);
      node.put("x-bizcenter-field", demands.path());
    } else if (raw == BigDecimal.class) {
      node.put("type", "string").put("pattern", DECIMAL);
    } else if (raw == Instant.class) {
      node.put("type", "string").put("format", "date-time");
    } else if (raw == LocalDate.class) {
      node.put("type", "string").put("format", "date");
    } else if (raw == LocalDateTime.class) {
      node.put("type", "string").put("pattern", LOCAL_DATE_TIME);
    } else if (raw == Duration.class) {
      node.put("type", "string").put("format", "duration");
    } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      node.put("type", "integer");
    } else if (raw == boolean.class || raw == Boolean.class) {
      node.put("type", "boolean");
    } else if (raw.isEnum()) {
      node.put("type", "string");
      ArrayNode values = node.putArray("enum");
      ObjectNode labels = node.putObject("x-bizcenter-labels");
      for (Object constant : raw.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        values.add(e.name());
        labels.put(e.name(), Labels.of(e, locale));
      }
    } else if (raw.isRecord()) {
      object(node, raw, path);
    } else {
      // an interface a front end cannot send (none in today's commands): any value, for core to refuse
      node.put("description", raw.getSimpleName());
    }
  }

  private static void text(ObjectNode node, Class<?> raw, Probe.Demands demands) {
    node.put("type", "string");
    node.put("x-bizcenter-field", demands.path());
    if (demands.max() != null) {
      node.put("minLength", 1);
      node.put("maxLength", demands.max());
    }
    if (demands.phone()) {
      node.put("pattern", "^" + Field.PHONE_CHARACTERS + "$");
    } else if (demands.id()) {
      node.put("pattern", ID);
    } else if (demands.max() != null) {
      node.put("pattern", demands.singleLine() ? LINE : TEXT);
    }
    if (raw == PersonName.class || raw == PhoneNumber.class || raw == io.bizcenter.core.kernel.IdentityNumber.class) {
      node.put("x-bizcenter-personal-data", true);
    }
    if (demands.singleLine() == false && demands.max() != null && !demands.id() && !demands.phone()) {
      node.put("x-bizcenter-multiline", true);
    }
  }

  /** Null where core does not require the field: the type takes null besides its own, an enum lists null. */
  private static void nullable(ObjectNode property) {
    if (property.has("type")) {
      property.set("type", JSON.arrayNode().add(property.get("type").asText()).add("null"));
    }
    if (property.has("enum")) {
      ((ArrayNode) property.get("enum")).addNull();
    }
  }

}
