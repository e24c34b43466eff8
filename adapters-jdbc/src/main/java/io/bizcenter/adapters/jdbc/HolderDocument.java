package io.bizcenter.adapters.jdbc;

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
import java.util.Set;

/**
 * Reads a key holder from a stored document. Documents written before a staff holder named its employer (KY-1.1) have
 * none: such a holder reads back as the business center's own staff, the only staff the register then took, so a key
 * already held stays as it was recorded. Reading grants nothing: every hand-out names the employer in its command, and a
 * contractor is refused there.
 */
final class HolderDocument extends StdDeserializer<Holder> {
  private static final long serialVersionUID = 1L;
  private static final Set<String> FIELDS = Set.of("kind", "id", "role", "department", "employer");

  HolderDocument() {
    super(Holder.class);
  }

  @Override
  public Holder deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = parser.readValueAsTree();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        // as strict as every other document: an unknown field is a document this version cannot read
        return context.reportInputMismatch(Holder.class, "unknown field %s of a key holder", name);
      }
    }
    HolderKind kind = value(node, "kind", HolderKind.class);
    Employer employer = value(node, "employer", Employer.class);
    if (kind == HolderKind.STAFF && employer == null) {
      employer = Employer.CENTER_STAFF;
    }
    JsonNode id = node.get("id");
    return new Holder(kind, id == null || id.isNull() ? null : id.asText(), value(node, "role", Role.class),
        value(node, "department", Department.class), employer);
  }

  private static <E extends Enum<E>> E value(JsonNode node, String field, Class<E> type) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : Enum.valueOf(type, v.asText());
  }
}
