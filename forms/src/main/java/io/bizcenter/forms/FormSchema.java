package io.bizcenter.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a form as a JSON Schema (draft 2020-12), generated from the form's record, so a vendor's front end can
 * draw the form: every component is a property, required unless it is an {@code Optional}; what comes from the case
 * is {@code readOnly}; what the clerk fills in (the {@code filled} object, see {@link Filled}) carries the limits the
 * input check applies. Titles are the form's labels in the requested language; enums list their values with labels.
 * Money is {@code {"amount":"120.00","currency":"CNY"}} (exact CNY, never a JSON number), times are ISO-8601, an empty
 * optional is {@code null}. Keywords of our own start with {@code x-bizcenter-}: the form's clauses and copies, and which
 * fields hold personal data. {@code BizCenterJson.tree(form)} (bizcenter-json, the library's one wire format) writes a
 * form's values in exactly this shape.
 */
public final class FormSchema {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final FormType type;
  private final Locale locale;

  private FormSchema(FormType type, Locale locale) {
    this.type = type;
    this.locale = locale;
  }

  /** The schema of {@code type}'s fields, titled in {@code locale}. */
  public static ObjectNode of(FormType type, Locale locale) {
    if (!Formats.supported(locale)) {
      throw new IllegalArgumentException("forms are described in zh-CN or en, not " + locale);
    }
    FormSchema schema = new FormSchema(type, locale);
    ObjectNode root = JSON.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", "urn:bizcenter:form:" + type.name());
    root.put("title", type.title(locale));
    ObjectNode form = root.putObject("x-bizcenter-form");
    form.put("name", type.name());
    ArrayNode clauses = form.putArray("clauses");
    type.clauses().forEach(c -> clauses.add(c.id()));
    ArrayNode copies = form.putArray("copies");
    type.copies().recipients().forEach(r -> copies.add(r.label(locale)));
    schema.object(root, type.model(), false);
    return root;
  }

  /** The schema as indented JSON text. */
  public static String json(FormType type, Locale locale) {
    try {
      return WRITER.writeValueAsString(of(type, locale));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a schema is always writable", e);
    }
  }

  private void object(ObjectNode node, Class<?> record, boolean filledPart) {
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = node.putArray("required");
    for (RecordComponent component : record.getRecordComponents()) {
      Filled filled = component.getAnnotation(Filled.class);
      boolean input = filledPart || "filled".equals(component.getName());
      ObjectNode property = properties.putObject(component.getName());
      String key = type.name() + "." + component.getName();
      if (FormText.has(locale, key)) {
        property.put("title", FormText.text(locale, key));
      }
      Type generic = component.getGenericType();
      boolean optional = generic instanceof ParameterizedType p && p.getRawType() == Optional.class;
      value(property, optional ? ((ParameterizedType) generic).getActualTypeArguments()[0] : generic, filled, input);
      if (optional) {
        nullable(property);
      }
      if (!input) {
        property.put("readOnly", true);
      }
      if (!optional) {
        required.add(component.getName());
      }
    }
    node.put("additionalProperties", false);
  }

  /** An empty optional is written as {@code null}: its property takes null besides its own type. */
  private static void nullable(ObjectNode property) {
    if (property.has("type")) {
      ArrayNode types = JSON.arrayNode().add(property.get("type").asText()).add("null");
      property.set("type", types);
    }
    if (property.has("enum")) {
      ((ArrayNode) property.get("enum")).addNull();
    }
  }

  private void value(ObjectNode node, Type type, Filled filled, boolean input) {
    if (type instanceof ParameterizedType p && List.class.isAssignableFrom((Class<?>) p.getRawType())) {
      node.put("type", "array");
      value(node.putObject("items"), p.getActualTypeArguments()[0], null, input);
      return;
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      node.put("type", "string");
      if (filled != null) {
        node.put("minLength", 1);
        node.put("maxLength", filled.max());
        if (filled.multiline()) {
          node.put("x-bizcenter-multiline", true);
        }
      }
    } else if (raw == PersonName.class || raw == PhoneNumber.class || raw == IdentityNumber.class) {
      node.put("type", "string");
      node.put("x-bizcenter-personal-data", true);
      if (filled != null) {
        // the kernel's limits (Field.name, Field.phone), whatever the annotation says
        node.put("minLength", raw == PhoneNumber.class ? 5 : 1);
        node.put("maxLength", raw == PhoneNumber.class ? 20 : 50);
        if (raw == PhoneNumber.class) {
          node.put("pattern", "^[0-9+()\\- ]+$");
        }
      }
    } else if (raw == Money.class) {
      node.put("type", "object");
      ObjectNode parts = node.putObject("properties");
      parts.putObject("amount").put("type", "string").put("pattern", "^-?[0-9]+\\.[0-9]{2}$");
      parts.putObject("currency").put("const", "CNY");
      node.putArray("required").add("amount").add("currency");
      node.put("additionalProperties", false);
      node.put("x-bizcenter-currency", "CNY");
    } else if (raw == BigDecimal.class) {
      node.put("type", "string");
      node.put("pattern", "^-?[0-9]+(\\.[0-9]+)?$");
    } else if (raw == Instant.class) {
      node.put("type", "string");
      node.put("format", "date-time");
    } else if (raw == LocalDate.class) {
      node.put("type", "string");
      node.put("format", "date");
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
        labels.put(e.name(), FormText.label(e, locale));
      }
    } else if (raw.isRecord()) {
      object(node, raw, input);
    } else {
      throw new IllegalArgumentException(this.type.name() + ": a form holds text, numbers, money, times, enums, records and lists, not "
          + raw.getName());
    }
  }
}
