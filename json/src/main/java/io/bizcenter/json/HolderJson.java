package io.bizcenter.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.HolderKind;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a key holder from a stored document (the storage mapper only). Documents written before a staff holder named its employer (KY-1.1) have none: such a holder
 * reads back as the business center's own staff, the only staff the register then took, so a key already held stays as
 * it was recorded. Reading grants nothing: every hand-out names the employer in its command, and a contractor is
 * refused there.
 */
final class HolderJson extends StdDeserializer<Holder> {
  private static final long serialVersionUID = 1L;
  private static final Set<String> FIELDS = Set.of("kind", "id", "role", "department", "employer");

  HolderJson() {
    super(Holder.class);
  }

  @Override
  public Holder deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.isExpectedStartObjectToken()) {
      return (Holder) context.handleUnexpectedToken(Holder.class, parser);
    }
    JsonNode node = context.readTree(parser);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        // as strict as every other type: an unknown field is input this version cannot read
        throw com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.from(parser, Holder.class, name, List.copyOf(FIELDS));
      }
    }
    HolderKind kind = value(node, "kind", HolderKind.class, context);
    Employer employer = value(node, "employer", Employer.class, context);
    if (kind == HolderKind.STAFF && employer == null) {
      employer = Employer.CENTER_STAFF;
    }
    JsonNode id = node.get("id");
    if (id != null && !id.isNull() && !id.isTextual()) {
      return context.reportInputMismatch(Holder.class, "the id of a key holder is text");
    }
    try {
      return new Holder(kind, id == null || id.isNull() ? null : id.asText(), value(node, "role", Role.class, context),
          value(node, "department", Department.class, context), employer);
    } catch (IllegalArgumentException | NullPointerException refused) {
      return context.reportInputMismatch(Holder.class, "not a key holder: %s", refused.getMessage());
    }
  }

  private static <E extends Enum<E>> E value(JsonNode node, String field, Class<E> type, DeserializationContext context)
      throws IOException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (v.isTextual() && constant.name().equals(v.asText())) {
        return constant;
      }
    }
    return context.reportInputMismatch(type, "%s of a key holder is none of %s", field, java.util.Arrays.toString(type.getEnumConstants()));
  }
}
