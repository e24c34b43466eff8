package io.bizcenter.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.kernel.Command;
import java.util.Locale;

/** Walks a command record into its schema; see {@link CommandSchema}. */
final class SchemaWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final Locale locale;

  SchemaWriter(Locale locale) {
    this.locale = locale;
  }

  ObjectNode command(Class<? extends Command> command) {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", CommandSchema.DIALECT);
    root.put("$id", "urn:bizcenter:command:" + ProcedureTypes.commandName(command));
    root.put("type", "object");
    return root;
  }
}
